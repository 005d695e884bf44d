// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import "controls.js" as Controls

// The shell at the four sizes it is built for. Narrow windows (phone 360x640, portrait
// tablet 800x1280) open the menu as a drawer from the menu button; wide ones (landscape
// tablet 1280x800, desktop 1920x1080) keep it beside the page. At every size each visible
// control is at least 48 px high (a finger, not a mouse pointer) and inside the window.
Item {
    id: root
    width: 1920
    height: 1280

    Component { id: shellComponent; AppShell {} }

    TestCase {
        name: "ShellLayout"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function cleanup() {
            Navigation.show("home")
        }

        function init_data() {
            return [
                { tag: "phone 360x640", width: 360, height: 640, wide: false },
                { tag: "portrait tablet 800x1280", width: 800, height: 1280, wide: false },
                { tag: "landscape tablet 1280x800", width: 1280, height: 800, wide: true },
                { tag: "desktop 1920x1080", width: 1920, height: 1080, wide: true },
            ]
        }

        function makeShell(data) {
            const shell = createTemporaryObject(shellComponent, root, { width: data.width, height: data.height })
            verify(shell)
            compare(shell.wide, data.wide)
            // Laid out before the first click, as a user sees it: until the header's row
            // is polished its buttons all sit at its left edge, over the menu button.
            waitForRendering(shell)
            return shell
        }

        function pageIsShown(shell, page) {
            const loader = findChild(shell, "pageLoader")
            return loader.status === Loader.Ready && loader.shownPage === page
        }

        function test_menu_data() { return init_data() }
        function test_menu(data) {
            const shell = makeShell(data)
            const menuButton = findChild(shell, "menuButton")
            const pinned = findChild(shell, "pinnedMenu")
            compare(Controls.shown(menuButton), !data.wide, "menu button only when narrow")
            compare(Controls.shown(pinned), data.wide, "menu beside the page only when wide")
            if (!data.wide) {
                mouseClick(menuButton)
                tryCompare(shell.menuDrawer, "opened", true, 5000)
            }
            // The entry to choose: in the drawer when narrow, in the pinned menu when wide.
            const entries = data.wide ? pinned : shell.menuDrawer.contentItem
            const planning = findChild(entries, "menu_planning")
            verify(Controls.shown(planning))
            mouseClick(planning)
            tryVerify(() => pageIsShown(shell, "planning"), 10000)
            tryCompare(shell.menuDrawer, "visible", false, 5000)
            if (!data.wide) {
                // Choosing the page already shown closes the drawer too.
                mouseClick(menuButton)
                tryCompare(shell.menuDrawer, "opened", true, 5000)
                mouseClick(findChild(shell.menuDrawer.contentItem, "menu_planning"))
                tryCompare(shell.menuDrawer, "visible", false, 5000)
            }
        }

        function test_touchTargets_data() { return init_data() }
        function test_touchTargets(data) {
            const shell = makeShell(data)
            for (const page of ["home", "planning", "contactDetails", "contactRequests", "absence"]) {
                Navigation.show(page)
                const loader = findChild(shell, "pageLoader")
                tryCompare(loader, "status", Loader.Ready, 10000)
                // Wait for the page's own controls (lists and cards fill in).
                tryVerify(() => Controls.visibleControls(loader).length > 0, 10000, page + ": controls found")
                wait(300)
                const controls = Controls.visibleControls(shell)
                for (const control of controls) {
                    const where = page + ": " + Controls.describe(control)
                    verify(control.height >= 48 - 0.5, where + " is " + control.height + " px high")
                    const p = control.mapToItem(shell, 0, 0)
                    verify(p.x >= -0.5 && p.x + control.width <= shell.width + 0.5,
                           where + " sticks out sideways at x=" + p.x)
                }
            }
        }
    }
}
