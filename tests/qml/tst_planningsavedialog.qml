// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal

// Issue 27, item 6: where the platform has no file dialog of its own, Qt's dialog asks
// where to save the planning in Dutch only: "Opslaan" on the save button (it said
// "Openen"), "Annuleren", the suggested file name whole, and Escape closes it unsaved.
Item {
    id: root
    width: 1024
    height: 720

    Component { id: pageComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        name: "PlanningSaveDialog"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        // Every visible text in the dialog (it lives in the window's overlay), with its item.
        function texts(item, found) {
            if (!item || !item.visible)
                return found
            if (typeof item.text === "string" && item.text.length > 0)
                found.push({ item: item, text: item.text })
            for (let i = 0; i < item.children.length; ++i)
                texts(item.children[i], found)
            return found
        }

        function openFor(kind, fileName) {
            const page = createTemporaryObject(pageComponent, root)
            const dialog = findChild(page, "exportSaveDialog")
            page.saveAs(kind, "", fileName)
            tryVerify(() => texts(root.Overlay.overlay, []).some(t => t.text === "Annuleren"), 5000)
            return { page: page, dialog: dialog }
        }

        function buttonWith(text) {
            const hit = texts(root.Overlay.overlay, []).find(t => t.text === text && t.item instanceof Button)
            return hit ? hit.item : null
        }

        function test_dutchAndWhole() {
            openFor("pdf", "planning-2026-12.pdf")
            const shown = texts(root.Overlay.overlay, []).map(t => t.text)
            for (const english of ["Open", "Openen", "Save", "Cancel", "File name", "Filter"])
                verify(shown.indexOf(english) < 0, "'" + english + "' in " + JSON.stringify(shown))
            verify(buttonWith("Opslaan"), JSON.stringify(shown))
            verify(buttonWith("Annuleren"), JSON.stringify(shown))
            verify(shown.indexOf("Bestandsnaam") >= 0, JSON.stringify(shown))
            const name = texts(root.Overlay.overlay, []).find(t => t.text === "planning-2026-12.pdf")
            verify(name, "the suggested name: " + JSON.stringify(shown))
            const field = name.item
            tryVerify(() => field.contentWidth <= field.width - field.leftPadding - field.rightPadding,
                      3000, "the name is whole: " + field.contentWidth + " in " + field.width)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !buttonWith("Opslaan"), 3000, "Escape closes the dialog")
        }

        function test_opslaanSaves() {
            const opened = openFor("month", "planning-test.ics")
            mouseClick(buttonWith("Opslaan"))
            const message = findChild(opened.page, "exportMessage")
            tryVerify(() => message.text.length > 0, 5000)
            compare(message.isError, false, message.text)
            verify(message.text.indexOf("planning-test.ics") >= 0, message.text)
        }
    }
}
