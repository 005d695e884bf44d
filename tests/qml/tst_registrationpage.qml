// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// "Aanmelden cliëntportaal" against the real server: a wrong e-mail address is named at
// its field before anything is sent; "for myself" needs no client data; a representative's
// request carries both; staff see the sent request in list-registrations.
Item {
    id: root
    width: 600
    height: 1100

    Component { id: pageComponent; RegistrationPage { anchors.fill: parent } }

    TestCase {
        name: "RegistrationPage"
        when: windowShown

        function typeInto(field, text) {
            findChild(field, field.objectName + "Input").forceActiveFocus()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function init() {
            App.registration.restart()
        }

        function fillRequester(page, email) {
            typeInto(findChild(page, "requesterFirstNameField"), "Anna")
            typeInto(findChild(page, "requesterSurnameField"), "Aanvrager")
            typeInto(findChild(page, "requesterPhoneField"), "06-11223344")
            typeInto(findChild(page, "requesterEmailField"), email)
        }

        function test_wrongAddressIsNamedBeforeSending() {
            const page = createTemporaryObject(pageComponent, root)
            fillRequester(page, "geen-adres")
            mouseClick(findChild(page, "sendRegistrationButton"))
            const field = findChild(page, "requesterEmailField")
            verify(field.shownError.length > 0)
            wait(200)
            compare(App.registration.sent, false)
        }

        function test_forMyselfNeedsNoClientData() {
            const page = createTemporaryObject(pageComponent, root)
            const relation = findChild(page, "relationBox")
            relation.currentIndex = 0
            compare(relation.currentValue, "self")
            verify(!findChild(page, "clientFirstNameField").visible)
            fillRequester(page, "zelf@example.nl")
            mouseClick(findChild(page, "sendRegistrationButton"))
            tryCompare(App.registration, "sent", true, 20000)
            verify(findChild(page, "registrationSentLabel").visible)
        }

        function test_representativeSendsTheClientToo() {
            const page = createTemporaryObject(pageComponent, root)
            const relation = findChild(page, "relationBox")
            relation.currentIndex = 1
            compare(relation.currentValue, "representative")
            fillRequester(page, "vertegenwoordiger@example.nl")
            mouseClick(findChild(page, "sendRegistrationButton"))
            compare(App.registration.sent, false) // the client's name is missing
            verify(findChild(page, "clientFirstNameField").shownError.length > 0)
            typeInto(findChild(page, "clientFirstNameField"), "Cor")
            typeInto(findChild(page, "clientSurnameField"), "Test")
            mouseClick(findChild(page, "sendRegistrationButton"))
            tryCompare(App.registration, "sent", true, 20000)
            const listing = TestServer.adminOutput(["list-registrations"])
            verify(listing.indexOf("vertegenwoordiger@example.nl") >= 0, listing)
            verify(listing.indexOf("Cor Test") >= 0, listing)
        }
    }
}
