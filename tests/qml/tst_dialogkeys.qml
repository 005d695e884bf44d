// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtTest
import CarePortal

// Issue 27, item 11: every dialog of qml/Dialogs takes the keyboard as every desktop dialog
// does. Enter does its main action, Escape cancels, wherever the focus is when it opens;
// a button that has the focus takes Enter for itself ("Nee" focused, Enter means no).
Item {
    id: root
    width: 800
    height: 600

    Component { id: confirmComponent; ConfirmDialog { text: "Weet u het zeker?" } }
    Component { id: logoutComponent; LogoutDialog {} }
    Component { id: queuedComponent; QueuedDialog {} }
    Component { id: displayComponent; DisplaySettingsDialog {} }
    Component { id: conflictComponent; ConflictDialog { model: Client.contactDetails; entryId: -1 } }
    Component { id: detailComponent; ContactDetailDialog {} }
    Component { id: pickerComponent; DatePickerDialog {} }
    Component { id: spyComponent; SignalSpy {} }

    // Where the focus was before the dialog opened: a field of the page behind it.
    TextField {
        id: pageField
        objectName: "pageField"
        width: 200
    }

    TestCase {
        name: "DialogKeys"
        when: windowShown

        function opened(component) {
            const dialog = createTemporaryObject(component, root)
            verify(dialog)
            pageField.forceActiveFocus()
            dialog.open()
            tryCompare(dialog, "opened", true, 5000)
            return dialog
        }

        function spy(target, signalName) {
            return createTemporaryObject(spyComponent, root, { target: target, signalName: signalName })
        }

        function test_enterAccepts_data() {
            return [
                { tag: "ConfirmDialog", component: confirmComponent, signal: "confirmed" },
                { tag: "LogoutDialog", component: logoutComponent, signal: "confirmed" },
                { tag: "QueuedDialog", component: queuedComponent, signal: "accepted" },
            ]
        }
        function test_enterAccepts(data) {
            for (const key of [Qt.Key_Return, Qt.Key_Enter]) {
                const dialog = opened(data.component)
                const accepted = spy(dialog, data.signal)
                keyClick(key)
                compare(accepted.count, 1, "Enter does the main action")
                tryCompare(dialog, "visible", false, 5000)
                compare(pageField.text, "", "nothing typed into the page behind")
            }
        }

        function test_escapeCancels_data() {
            return [
                { tag: "ConfirmDialog", component: confirmComponent, signal: "confirmed" },
                { tag: "LogoutDialog", component: logoutComponent, signal: "confirmed" },
                { tag: "QueuedDialog", component: queuedComponent, signal: "accepted" },
                { tag: "DisplaySettingsDialog", component: displayComponent, signal: "accepted" },
                { tag: "ConflictDialog", component: conflictComponent, signal: "accepted" },
            ]
        }
        function test_escapeCancels(data) {
            const dialog = opened(data.component)
            const accepted = spy(dialog, data.signal)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false, 5000)
            compare(accepted.count, 0, "Escape does not do the main action")
        }

        function test_enterClosesWhatOnlyInforms() {
            const dialog = opened(displayComponent)
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false, 5000)
        }

        function test_enterOnAFocusedButtonPressesThatButton() {
            const dialog = opened(confirmComponent)
            const confirmed = spy(dialog, "confirmed")
            const rejected = spy(dialog, "rejected")
            // Tab from the dialog to its first button, "Nee".
            keyClick(Qt.Key_Tab)
            const focused = dialog.contentItem.Window.activeFocusItem
            verify(focused instanceof T.AbstractButton, "a button has the focus: " + focused)
            compare((focused as T.AbstractButton).text, "Nee")
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false, 5000)
            compare(confirmed.count, 0)
            compare(rejected.count, 1)
        }

        // "Contactdetail toevoegen": Enter saves as Opslaan does, and not while it is greyed
        // out; Escape cancels.
        function test_contactDetailDialog() {
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            Client.contactDetails.reload()
            tryCompare(Client.contactDetails, "status", ClientListModel.Ready, 20000)
            const before = Client.contactDetails.rowCount()
            const dialog = createTemporaryObject(detailComponent, root)
            const saved = spy(Client.contactDetails, "saved")
            const input = findChild(dialog, "valueFieldInput")

            dialog.openFor("", "mobile-phone", "", "")
            tryCompare(input, "activeFocus", true, 5000)
            keyClick("0"); keyClick("6")
            keyClick(Qt.Key_Return) // Opslaan is greyed out: nothing happens
            wait(100)
            compare(dialog.visible, true)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false, 5000)
            compare(saved.count, 0)

            dialog.openFor("", "mobile-phone", "", "")
            tryCompare(input, "activeFocus", true, 5000)
            for (const c of "0612345678")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryCompare(saved, "count", 1, 20000)
            tryCompare(dialog, "visible", false, 5000)
            tryCompare(App.outbox, "waitingCount", 0, 20000)
            tryCompare(Client.contactDetails, "busy", false, 20000)
            tryVerify(() => Client.contactDetails.rowCount() === before + 1, 20000)

            // Back to the demo's details for the tests after this one.
            Client.contactDetails.remove(Client.contactDetails.data(
                Client.contactDetails.index(before, 0), ContactDetailsModel.IdRole))
            tryCompare(App.outbox, "waitingCount", 0, 20000)
            tryCompare(Client.contactDetails, "busy", false, 20000)
        }

        // "Kies een datum": Enter takes the day shown as chosen, Escape chooses nothing.
        function test_datePicker() {
            const picker = createTemporaryObject(pickerComponent, root)
            const picked = spy(picker, "picked")
            const day = new Date(2031, 4, 14)
            pageField.forceActiveFocus()
            picker.openAt(day)
            tryCompare(picker, "opened", true, 5000)
            keyClick(Qt.Key_Escape)
            tryCompare(picker, "visible", false, 5000)
            compare(picked.count, 0)

            picker.openAt(day)
            tryCompare(picker, "opened", true, 5000)
            keyClick(Qt.Key_Return)
            tryCompare(picker, "visible", false, 5000)
            compare(picked.count, 1)
            compare(picked.signalArguments[0][0].getTime(), day.getTime())
        }

        function test_conflictEnterSendsTheHighlightedChoice() {
            // Without an outbox entry there is nothing to send: the dialog only closes.
            const dialog = opened(conflictComponent)
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false, 5000)
        }
    }
}
