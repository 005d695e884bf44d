// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import "controls.js" as Controls
import "textfit.js" as TextFit

// Text at 200 % (the largest "Weergave" setting) on a phone and on a landscape tablet, and in
// high contrast: on every page no text is cut off (elided or clipped by its control), no
// two texts lie on top of each other, and no text or control runs out of the window.
Item {
    id: root
    width: 1280
    height: 1280

    // The shell as in the window: controls take their font from the window (Main.qml).
    Component {
        id: shellComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: AppShell {}
        }
    }

    TestCase {
        name: "LargeText"
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

        function checkScreen(shell, where) {
            const problems = TextFit.textProblems(shell).concat(TextFit.controlProblems(shell))
            verify(problems.length === 0, where + ": " + problems.join("; "))
        }

        function test_pages_data() {
            return [
                { tag: "phone 360x640 at 200 %", width: 360, height: 640, contrast: false },
                { tag: "landscape tablet 1280x800 at 200 %", width: 1280, height: 800, contrast: false },
                { tag: "phone 360x640 at 200 % in high contrast", width: 360, height: 640, contrast: true },
            ]
        }
        function test_pages(data) {
            App.display.textPercent = 200
            App.display.highContrast = data.contrast
            compare(Theme.fontSize, 36)
            const shell = createTemporaryObject(shellComponent, root, { width: data.width, height: data.height })
            verify(shell)
            const pages = ["home", "planning", "contactDetails", "contactPersons", "contactRequests", "absence", "dossier", "accessLog", "security", "about"]
            for (const page of pages) {
                Navigation.show(page)
                const loader = findChild(shell, "pageLoader")
                tryCompare(loader, "status", Loader.Ready, 10000)
                // "Over CarePortal" is text only: its version line says it is there.
                if (page === "about")
                    tryVerify(() => findChild(loader, "aboutVersion") !== null, 10000, page + ": text found")
                else
                    tryVerify(() => Controls.visibleControls(loader).length > 0, 10000, page + ": controls found")
                wait(300)
                checkScreen(shell, data.tag + ", " + page)
            }
            // The header's buttons inside the bar (at 200 % "Aa Weergave" stuck out of it).
            const header = findChild(shell, "pageHeader")
            for (const name of ["menuButton", "headerDisplayButton"]) {
                const button = findChild(header, name)
                if (!button.visible)
                    continue
                const top = button.mapToItem(header, 0, 0).y
                verify(top >= 0 && top + button.height <= header.height + 0.5,
                       data.tag + ": " + name + " from " + top + " to " + (top + button.height)
                       + " in a bar " + header.height + " high")
            }
        }

        // The forms behind the pages' buttons, where a phone at 200 % has the least room.
        function test_forms_data() {
            return [
                { tag: "contact person", page: "contactPersons", button: "addPersonButton", field: "nameFieldInput" },
                { tag: "contact request", page: "contactRequests", button: "newRequestButton", field: "subjectBox" },
                { tag: "absence", page: "absence", button: "newAbsenceButton", field: "absenceTypeBox" },
                { tag: "contact detail", page: "contactDetails", button: "addDetailButton", field: "valueFieldInput" },
            ]
        }
        // Whether a StackView under `item` is still moving a page in or out.
        function stackBusy(item) {
            if (item instanceof StackView && item.busy)
                return true
            for (let i = 0; i < item.children.length; ++i) {
                if (stackBusy(item.children[i]))
                    return true
            }
            return false
        }

        function test_forms(data) {
            App.display.textPercent = 200
            // A phone's width, tall enough to check the whole form at once, not only its top.
            const shell = createTemporaryObject(shellComponent, root, { width: 360, height: 1280 })
            Navigation.show(data.page)
            const loader = findChild(shell, "pageLoader")
            tryCompare(loader, "status", Loader.Ready, 10000)
            if (data.page === "contactDetails") {
                const edit = findChild(loader.item, "editDetailsButton")
                tryCompare(edit, "enabled", true, 20000)
                mouseClick(edit)
                waitForItemPolished(findChild(loader.item, "contactDetailsIntro").parent)
            }
            const button = findChild(loader.item, data.button)
            tryCompare(button, "enabled", true, 20000)
            mouseClick(button)
            tryVerify(() => findChild(shell, data.field) !== null, 10000, data.tag + ": the form opened")
            // A page pushed: the list stays visible until the stack's transition has ended,
            // which on a loaded machine can take longer than any fixed wait.
            tryVerify(() => !stackBusy(shell), 10000, data.tag + ": the transition ended")
            wait(500) // a dialog opened: its transition ends
            checkScreen(shell, "phone width at 200 %, form: " + data.tag)
        }

        function test_displayDialog() {
            const shell = createTemporaryObject(shellComponent, root, { width: 360, height: 640 })
            Navigation.displaySettingsRequested()
            const dialog = findChild(shell, "displaySettingsDialog")
            tryCompare(dialog, "opened", true, 3000)
            const larger = findChild(dialog.contentItem, "textLargerButton")
            for (let step = 0; step < 4; ++step)
                mouseClick(larger)
            compare(App.display.textPercent, 200)
            verify(!larger.enabled, "no larger than 200 %")
            compare(findChild(dialog.contentItem, "textPercentLabel").text, "200 %")
            mouseClick(findChild(dialog.contentItem, "highContrastSwitch"))
            verify(App.display.highContrast)
            compare(Theme.background, "#ffffff")
            wait(300)
            // The dialog itself at 200 % on a phone: it fits the phone, its buttons stay inside
            // it and are large enough.
            verify(dialog.width <= shell.width, "dialog " + dialog.width + " parent " + dialog.parent + " " + (dialog.parent ? dialog.parent.width : -1) + " shell " + shell.width)
            const box = dialog.contentItem.parent
            for (const control of Controls.visibleControls(box)) {
                const p = control.mapToItem(box, 0, 0)
                verify(p.x >= -0.5 && p.x + control.width <= box.width + 0.5,
                       Controls.describe(control) + " sticks out")
                verify(control.height >= 48 - 0.5, Controls.describe(control) + " too small")
            }
            mouseClick(findChild(dialog.footer, "displayDefaultsButton"))
            compare(App.display.textPercent, 100)
            verify(!App.display.highContrast)
            mouseClick(findChild(dialog.footer, "displayCloseButton"))
            tryCompare(dialog, "visible", false, 3000)
        }
    }
}
