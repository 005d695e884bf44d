// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// The organisation's look comes from its server: with its own colours and logo the header,
// the main buttons and the login screen wear them; without any, the neutral CarePortal
// look. Staff change them with `careportal-server admin set-branding`; the app restyles
// when it fetches the organisation (at start, here through Organisation.refresh()).
Item {
    id: root
    width: 800
    height: 700

    Component { id: headerComponent; PageHeader { width: 800; title: "Planning" } }
    Component { id: buttonComponent; PrimaryButton { text: "Inloggen" } }
    Component { id: loginComponent; LoginPage { width: 800; height: 700 } }

    TestCase {
        id: testCase
        name: "Branding"
        when: windowShown

        // The neutral CarePortal colours (AppController) and the demo's own (demoseeder.cpp).
        readonly property string neutralPrimary: "#1B6E8A"
        readonly property string neutralAccent: "#B36B00"
        readonly property string brandPrimary: "#6B2C5F"
        readonly property string brandAccent: "#2E7D32"
        readonly property string brandLogo: '<svg xmlns="http://www.w3.org/2000/svg" '
            + 'viewBox="0 0 64 64"><rect x="4" y="4" width="56" height="56" rx="12" '
            + 'fill="#6B2C5F"/></svg>'
        property string demoLogo

        function sameColour(actual, expected) {
            return Qt.colorEqual(actual, expected)
        }

        function restyle(options) {
            compare(TestServer.admin(["set-branding"].concat(options)), 0,
                    "set-branding " + options.join(" "))
            Organisation.refresh()
        }

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            tryCompare(Organisation, "name", "Thuiszorg De Linde", 20000)
            tryVerify(() => Organisation.logoUrl.toString().length > 0, 20000)
            const url = Organisation.logoUrl.toString()
            demoLogo = Qt.atob(url.substring(url.indexOf(",") + 1))
            verify(demoLogo.indexOf("<svg") >= 0)
        }

        function cleanupTestCase() {
            // The demo's branding back, for the tests that follow.
            restyle(["--primary-color", "#1B6E8A", "--accent-color", "#F2A541",
                     "--logo-file", TestServer.writeFile("demo-logo.svg", demoLogo)])
            tryVerify(() => Organisation.logoUrl.toString().indexOf(Qt.btoa(demoLogo)) > 0, 20000)
        }

        function test_1_theOrganisationsOwnLook() {
            const logoFile = TestServer.writeFile("brand-logo.svg", brandLogo)
            verify(logoFile.length > 0)
            restyle(["--primary-color", brandPrimary, "--accent-color", brandAccent,
                     "--logo-file", logoFile])
            tryVerify(() => sameColour(Appearance.primaryColor, brandPrimary), 20000,
                      "the app takes the server's primary colour")
            verify(sameColour(Appearance.accentColor, brandAccent))
            verify(sameColour(Theme.primary, brandPrimary))
            compare(Organisation.logoUrl.toString(), "data:image/svg+xml;base64," + Qt.btoa(brandLogo))

            const header = createTemporaryObject(headerComponent, root)
            verify(sameColour(header.background.color, brandPrimary), "header in the brand colour")

            const button = createTemporaryObject(buttonComponent, root)
            verify(sameColour(button.background.color, brandPrimary), "button in the brand colour")
            button.forceActiveFocus(Qt.TabFocusReason)
            tryCompare(button, "visualFocus", true)
            verify(sameColour(button.background.border.color, brandAccent), "focus ring in the accent")

            const login = createTemporaryObject(loginComponent, root)
            const logo = findChild(login, "organisationLogo")
            tryCompare(logo, "status", Image.Ready, 5000)
            verify(logo.visible)
            compare(logo.source, Organisation.logoUrl)
        }

        function test_2_withoutBrandingTheNeutralLook() {
            restyle(["--primary-color", "none", "--accent-color", "none", "--logo-file", "none"])
            tryVerify(() => sameColour(Appearance.primaryColor, neutralPrimary), 20000,
                      "no colour from the server: the neutral primary")
            verify(sameColour(Appearance.accentColor, neutralAccent))
            compare(Organisation.logoUrl.toString(), "")
            compare(Organisation.name, "Thuiszorg De Linde")

            const header = createTemporaryObject(headerComponent, root)
            verify(sameColour(header.background.color, neutralPrimary), "neutral header")
            const button = createTemporaryObject(buttonComponent, root)
            verify(sameColour(button.background.color, neutralPrimary), "neutral button")

            const login = createTemporaryObject(loginComponent, root)
            const logo = findChild(login, "organisationLogo")
            compare(logo.visible, false, "no logo")
        }

        function test_3_unreadableBrandColourIsDarkened() {
            // A pale yellow would make white text on buttons unreadable: the app darkens it.
            restyle(["--primary-color", "#FFE680"])
            tryVerify(() => !sameColour(Appearance.primaryColor, neutralPrimary), 20000)
            verify(!sameColour(Appearance.primaryColor, "#FFE680"))
            const c = Appearance.primaryColor
            verify(c.hslHue > 0.1 && c.hslHue < 0.2, "still yellow-ish: " + c)
            verify(c.hslLightness < 0.4, "dark enough for white text: " + c)
        }
    }
}
