// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import "controls.js" as Controls
import "textfit.js" as TextFit

// "Weergave" for the people who need it: found on every page, its A+ stays under the
// pointer, Ctrl++ / Ctrl+- / Ctrl+0 work as in a browser, and at large text the menu shows
// the whole name, keeps its entries' size and becomes a drawer sooner.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: shellComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: AppShell {}
        }
    }
    Component {
        id: windowComponent
        Main { visible: false }
    }

    TestCase {
        name: "DisplaySettings"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function cleanup() {
            App.display.restoreDefaults()
            Navigation.show("home")
        }

        function openDialog(shell) {
            const button = findChild(shell, "headerDisplayButton")
            verify(button && Controls.shown(button), "every page's header offers Weergave")
            mouseClick(button)
            const dialog = findChild(shell, "displaySettingsDialog")
            tryCompare(dialog, "opened", true, 3000)
            return dialog
        }

        function test_largerStaysUnderThePointer() {
            const shell = createTemporaryObject(shellComponent, root, { width: 1024, height: 720 })
            const dialog = openDialog(shell)
            const larger = findChild(dialog.contentItem, "textLargerButton")
            const at = larger.mapToItem(root, larger.width / 2, larger.height / 2)
            // Ten clicks on one spot, as a user who wants it large: 200 % after four.
            for (let click = 0; click < 10; ++click) {
                mouseClick(root, at.x, at.y)
                wait(50)
                const now = larger.mapToItem(root, larger.width / 2, larger.height / 2)
                verify(Math.abs(now.x - at.x) < 1 && Math.abs(now.y - at.y) < 1,
                       "A+ moved after click " + (click + 1) + " to " + now.x + "," + now.y)
            }
            compare(App.display.textPercent, 200)
            // The sample below grows with the choice; the dialog stays inside the window.
            compare(findChild(dialog.contentItem, "displaySample").font.pixelSize, 36)
            verify(dialog.y + dialog.height <= shell.height + 0.5)
        }

        function test_keyboardShortcuts() {
            const shell = createTemporaryObject(shellComponent, root, { width: 1024, height: 720 })
            forceActiveFocus(shell)
            keySequence("Ctrl++")
            compare(App.display.textPercent, 125)
            keySequence("Ctrl+=")
            compare(App.display.textPercent, 150)
            keySequence("Ctrl+-")
            compare(App.display.textPercent, 125)
            keySequence("Ctrl+0")
            compare(App.display.textPercent, 100)
        }

        function test_menuAtLargeText_data() {
            return [
                { tag: "100 % at 1024x720", percent: 100, width: 1024, wide: true },
                { tag: "150 % at 1280x800", percent: 150, width: 1280, wide: false },
                { tag: "200 % at 1280x800", percent: 200, width: 1280, wide: false },
                { tag: "200 % at 1920x1080", percent: 200, width: 1920, wide: true },
            ]
        }
        function test_menuAtLargeText(data) {
            App.display.textPercent = data.percent
            const shell = createTemporaryObject(shellComponent, root, { width: data.width, height: 800 })
            const appShell = shell.contentItem
            compare(appShell.wide, data.wide, "the pinned menu only where the page keeps its reading width")
            if (!data.wide)
                appShell.menuDrawer.open()
            const menu = data.wide ? findChild(shell, "pinnedMenu") : appShell.menuDrawer.contentItem
            tryVerify(() => Controls.shown(findChild(menu, "menu_contactPersons")), 3000)
            const name = findChild(menu, "menuName")
            verify(!name.truncated, "the whole name: " + name.text)
            // "Contactpersonen" as large as its neighbours.
            const persons = findChild(menu, "menu_contactPersons").contentItem
            const planning = findChild(menu, "menu_planning").contentItem
            compare(persons.font.pixelSize, planning.font.pixelSize)
            compare(findChild(menu, "menu_display").font.pixelSize, Theme.fontSize)
            const version = findChild(menu, "menuVersion")
            compare(version.text, "Versie 0.0-test")
            if (!data.wide)
                appShell.menuDrawer.close()
        }

        // Qt adds the application's name to the title itself: it must not appear twice.
        function test_windowTitle() {
            const window = createTemporaryObject(windowComponent, root)
            verify(window)
            verify(window.title.indexOf("CarePortal") < 0, window.title)
            compare(window.title, Organisation.name)
        }
    }
}
