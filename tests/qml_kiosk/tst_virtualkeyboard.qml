// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard.Settings
import QtTest
import CarePortal
import "../qml/controls.js" as Controls

// The kiosk's on-screen keyboard (the suite runs with QT_IM_MODULE=qtvirtualkeyboard, as the
// kiosk unit and a kiosk start set it): it appears when a field is tapped, has the Dutch
// layout (English with the app), types into the field, and the page moves the field being
// typed in above it.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; AppShell { anchors.fill: parent } }

    TestCase {
        name: "VirtualKeyboard"
        when: windowShown

        function initTestCase() {
            verify(App.kiosk)
            verify(App.virtualKeyboard)
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state === Session.LoggedIn)
                App.session.logout()
            tryCompare(App.session, "state", Session.LoggedOut, 10000)
        }

        function cleanup() {
            Qt.inputMethod.hide()
            App.language.code = "nl"
            Navigation.loginPage = "login"
        }

        function makeShell() {
            const shell = createTemporaryObject(shellComponent, root)
            verify(shell)
            const panel = findChild(shell, "keyboardPanel")
            verify(panel, "the keyboard is part of the kiosk's shell")
            return { shell: shell, panel: panel }
        }

        // A key of the keyboard by what it types (letters are lower case until Shift).
        function findKey(panel, text) {
            let found = null
            const walk = item => {
                if (found || !item.visible)
                    return
                if ("key" in item && "text" in item && "displayText" in item && item.text === text)
                    found = item
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(panel)
            return found
        }

        function key(panel, text) {
            // The layout loads once the keyboard is first shown.
            tryVerify(() => findKey(panel, text) !== null, 5000, "key '" + text + "' on the keyboard")
            return findKey(panel, text)
        }

        function keyboardTop(ui) {
            return ui.panel.mapToItem(ui.shell, 0, 0).y
        }

        function bottomOf(item, shell) {
            return item.mapToItem(shell, 0, item.height).y
        }

        function test_tapShowsDutchKeyboardThatTypes() {
            const ui = makeShell()
            const field = findChild(ui.shell, "usernameField")
            tryVerify(() => Controls.shown(field), 5000)
            verify(!ui.panel.active)
            mouseClick(field)
            tryCompare(ui.panel, "active", true, 5000)
            compare(VirtualKeyboardSettings.locale, "nl_NL")
            for (const letter of ["j", "a"])
                mouseClick(key(ui.panel, letter))
            compare(field.text, "ja")
            // The page shrank: nothing of it lies under the keyboard.
            tryVerify(() => keyboardTop(ui) < ui.shell.height, 3000)
            verify(bottomOf(field, ui.shell) <= keyboardTop(ui),
                   "field bottom " + bottomOf(field, ui.shell) + " above keyboard top " + keyboardTop(ui))
            const loader = findChild(ui.shell, "loginLoader")
            verify(bottomOf(loader, ui.shell) <= keyboardTop(ui) + 0.5)
        }

        function test_fieldLowOnThePageScrollsAboveTheKeyboard() {
            const ui = makeShell()
            Navigation.loginPage = "register"
            const loader = findChild(ui.shell, "loginLoader")
            tryVerify(() => loader.status === Loader.Ready
                      && loader.item instanceof RegistrationPage, 5000)
            wait(200)
            // A field in the lower half: where the keyboard is about to appear.
            const low = Controls.visibleControls(loader).filter(control =>
                ("echoMode" in control) && !control.readOnly && control.mapToItem(ui.shell, 0, 0).y > root.height / 2
                && bottomOf(control, ui.shell) < root.height)
            verify(low.length > 0, "a text field in the lower half of the registration form")
            const field = low[low.length - 1]
            mouseClick(field)
            tryCompare(ui.panel, "active", true, 5000)
            verify(field.activeFocus)
            tryVerify(() => bottomOf(field, ui.shell) <= keyboardTop(ui), 3000,
                      "the field moved above the keyboard")
            verify(field.mapToItem(ui.shell, 0, 0).y >= 0, "and is not pushed off the top")
        }

        function test_layoutFollowsTheLanguage() {
            const ui = makeShell()
            App.language.code = "en"
            tryCompare(VirtualKeyboardSettings, "locale", "en_GB", 2000)
            App.language.code = "nl"
            tryCompare(VirtualKeyboardSettings, "locale", "nl_NL", 2000)
        }
    }
}
