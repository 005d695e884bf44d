// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Mijn contactdetails against the demo data of J. Voorbeeld: the list, adding with inline
// validation (Opslaan disabled while wrong), the server's field error, and removing.
Item {
    id: root
    width: 900
    height: 700

    Component { id: pageComponent; ContactDetailsPage { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "ContactDetailsPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function openedPage() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.contactDetails, "status", ClientListModel.Ready, 20000)
            return page
        }

        function test_1_listShowsTheDetails() {
            const page = openedPage()
            const list = findChild(page, "contactDetailsList")
            tryCompare(list, "count", 1, 20000)
            compare(findChild(page, "addDetailButton").visible, false)
            mouseClick(findChild(page, "editDetailsButton"))
            compare(findChild(page, "addDetailButton").visible, true)
        }

        function test_2_addWithInlineValidation() {
            const page = openedPage()
            const list = findChild(page, "contactDetailsList")
            mouseClick(findChild(page, "editDetailsButton"))
            // The plus appears beside the text: click where the page's layout puts it.
            waitForItemPolished(findChild(page, "contactDetailsIntro").parent)
            mouseClick(findChild(page, "addDetailButton"))
            const input = findChild(page, "valueFieldInput")
            verify(input, "the dialog's value field")
            tryCompare(input, "activeFocus", true, 5000)
            const save = findChild(page, "saveDetailButton")
            const error = findChild(page, "valueFieldError")

            typeText("06-12")
            compare(save.enabled, false)
            compare(error.visible, false) // not while still typing
            keyClick(Qt.Key_Tab)
            compare(error.visible, true)
            verify(error.text.startsWith("Dit is geen geldig telefoonnummer"))

            mouseClick(input)
            keyClick(Qt.Key_End)
            typeText("345678")
            compare(error.visible, false)
            compare(save.enabled, true)
            mouseClick(save)
            tryCompare(list, "count", 2, 20000) // at once, waiting to be sent
            tryCompare(App.outbox, "waitingCount", 0, 20000)
            tryCompare(Client.contactDetails, "busy", false, 20000)
        }

        function test_3_serverRefusalIsShownAtTheField() {
            const page = openedPage()
            const spy = createTemporaryObject(signalSpy, root, { target: Client.contactDetails })
            // What the app's own check allows but the server refuses: an unknown kind.
            Client.contactDetails.save("", "fax", "020-1234567", "")
            spy.wait(20000)
            compare(spy.signalArguments[0][0].kind, "Deze keuze of tekst is niet toegestaan.")
            compare(findChild(page, "contactDetailsList").count, 2)
        }

        function test_4_removeAfterConfirmation() {
            const page = openedPage()
            const list = findChild(page, "contactDetailsList")
            tryCompare(list, "count", 2, 20000)
            mouseClick(findChild(page, "editDetailsButton"))
            const id = Client.contactDetails.data(Client.contactDetails.index(1, 0), ContactDetailsModel.IdRole)
            page.removeId = id
            findChild(page, "confirmRemoveDetail").open()
            const yes = findChild(page, "confirmYesButton")
            verify(yes)
            tryCompare(findChild(page, "confirmRemoveDetail"), "opened", true, 5000)
            mouseClick(yes)
            tryCompare(list, "count", 1, 20000)
        }

        // Issue 27, item 11: Enter saves as "Opslaan" does, Escape cancels.
        function test_5_enterSavesEscapeCancels() {
            const page = openedPage()
            const list = findChild(page, "contactDetailsList")
            tryCompare(list, "count", 1, 20000)
            mouseClick(findChild(page, "editDetailsButton"))
            waitForItemPolished(findChild(page, "contactDetailsIntro").parent)

            mouseClick(findChild(page, "addDetailButton"))
            const input = findChild(page, "valueFieldInput")
            tryCompare(input, "activeFocus", true, 5000)
            typeText("06-12")
            keyClick(Qt.Key_Return) // not while Opslaan is greyed out
            wait(200)
            verify(input.visible, "the dialog stays open")
            compare(list.count, 1)
            keyClick(Qt.Key_Escape)
            tryCompare(input, "visible", false, 5000)
            compare(list.count, 1, "Escape saved nothing")

            mouseClick(findChild(page, "addDetailButton"))
            tryCompare(input, "activeFocus", true, 5000)
            typeText("0612345678")
            keyClick(Qt.Key_Return)
            tryCompare(input, "visible", false, 5000)
            tryCompare(list, "count", 2, 20000)
            tryCompare(App.outbox, "waitingCount", 0, 20000)
            tryCompare(Client.contactDetails, "busy", false, 20000)

            // Back to the demo's one detail for the tests after this one.
            const id = Client.contactDetails.data(Client.contactDetails.index(1, 0), ContactDetailsModel.IdRole)
            Client.contactDetails.remove(id)
            tryCompare(list, "count", 1, 20000)
            tryCompare(App.outbox, "waitingCount", 0, 20000)
        }
    }

    Component { id: signalSpy; SignalSpy { signalName: "saveFailed" } }
}
