// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Contactpersonen against the demo data of J. Voorbeeld: list → detail → form and back,
// the form's required fields, a new primary person replacing the old one, and removing
// with confirmation.
Item {
    id: root
    width: 900
    height: 900

    Component { id: pageComponent; ContactPersonsPage { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "ContactPersonsPage"
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
            tryCompare(Client.contactPersons, "status", ClientListModel.Ready, 20000)
            return page
        }

        function test_1_addANewPrimaryPerson() {
            const page = openedPage()
            const stack = findChild(page, "contactPersonsStack")
            const list = findChild(page, "contactPersonsList")
            tryCompare(list, "count", 1, 20000)

            mouseClick(findChild(page, "addPersonButton"))
            tryCompare(stack, "busy", false, 5000)
            const form = stack.currentItem
            const save = findChild(form, "savePersonButton")
            compare(save.enabled, false) // Naam and Telefoonnummer 1 are required

            findChild(form, "nameFieldInput").forceActiveFocus()
            typeText("B. Buur")
            findChild(form, "phone1FieldInput").forceActiveFocus()
            typeText("06-1")
            keyClick(Qt.Key_Tab)
            compare(findChild(form, "phone1FieldError").visible, true)
            compare(save.enabled, false)
            findChild(form, "phone1FieldInput").forceActiveFocus()
            keyClick(Qt.Key_End)
            typeText("1223344")
            compare(save.enabled, true)
            mouseClick(findChild(form, "primarySwitch"))
            compare(findChild(form, "primarySwitch").checked, true)
            // The switch shows a note above the buttons: click where "Opslaan" is drawn.
            waitForItemPolished(findChild(form, "personFormColumn"))
            mouseClick(save)
            // A save starts at once (busy until the server answers); if it did not, say why.
            verify(Client.contactPersons.busy || stack.depth === 1,
                   "Opslaan started no save: enabled " + save.enabled + ", form valid " + form.valid
                   + ", type " + findChild(form, "typeBox").currentIndex + ", depth " + stack.depth)

            tryCompare(stack, "depth", 1, 20000)
            tryCompare(list, "count", 2, 20000)
            let primaries = 0
            for (let row = 0; row < Client.contactPersons.rowCount(); ++row) {
                if (Client.contactPersons.data(Client.contactPersons.index(row, 0), ContactPersonsModel.PrimaryRole))
                    ++primaries
            }
            compare(primaries, 1)
        }

        function test_2_detailThenRemove() {
            const page = openedPage()
            const stack = findChild(page, "contactPersonsStack")
            const list = findChild(page, "contactPersonsList")
            tryCompare(list, "count", 2, 20000)
            // The server lists the primary person first: the one added above.
            compare(Client.contactPersons.data(Client.contactPersons.index(0, 0), ContactPersonsModel.NameRole), "B. Buur")
            const newest = Client.contactPersons.data(Client.contactPersons.index(0, 0), ContactPersonsModel.IdRole)
            // As a tap on the row does it.
            stack.currentItem.openRequested(newest)
            tryCompare(stack, "busy", false, 5000)
            const detail = stack.currentItem
            compare(detail.person.name, "B. Buur")

            mouseClick(findChild(detail, "removePersonButton"))
            const confirm = findChild(detail, "confirmRemovePerson")
            tryCompare(confirm, "opened", true, 5000)
            mouseClick(findChild(detail, "confirmYesButton"))
            tryCompare(stack, "depth", 1, 20000)
            tryCompare(list, "count", 1, 20000)
        }
    }
}
