// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// Mijn gegevens of the business portal (seed 004) against the demo's Woonstichting De Kade:
// the beheerder M. Kademaker changes his own contact, reads the organisation, adds a
// colleague with portal access (the login e-mails leave), changes and removes one, and is
// refused when he, the last beheerder, takes his own right away; the medewerker
// T. Havenaar may not switch "Contactpersoon voor alle projecten" and sees the colleagues
// without add or edit buttons.
Item {
    id: root
    width: 900
    height: 2200 // the longest form whole: a click reaches every field and button

    Component { id: pageComponent; MyDetailsPage { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "MyDetailsPage"
        when: windowShown

        function logOutIfNeeded() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }
        function logInAs(username) {
            logOutIfNeeded()
            App.session.login(username, "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
            compare(App.session.accountKind, "business")
            // The demo's Woonstichting De Kade (the account may work for more than one).
            if (App.session.business.organisationId !== "demo-business-de-kade")
                App.session.business.chooseOrganisation("demo-business-de-kade")
            tryCompare(App.session.business, "organisationId", "demo-business-de-kade", 20000)
        }

        function initTestCase() { logInAs("m.kademaker@example.nl") }
        // The other pages' tests log in as a client.
        function cleanupTestCase() { logOutIfNeeded() }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function typeInto(item, field, text) {
            const input = findChild(item, field + "Input")
            input.forceActiveFocus()
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Delete)
            typeText(text)
        }
        function opened(tile) {
            const page = createTemporaryObject(pageComponent, root)
            const stack = findChild(page, "myDetailsStack")
            tryCompare(stack, "busy", false, 5000)
            mouseClick(findChild(page, tile + "Tile"))
            tryCompare(stack, "depth", 2, 5000)
            tryCompare(stack, "busy", false, 5000)
            return page
        }
        function currentOf(page) {
            const stack = findChild(page, "myDetailsStack")
            tryCompare(stack, "busy", false, 5000)
            return stack.currentItem
        }
        // The id of the colleague with `email` as the shown list has it ("" when not listed).
        function colleagueByEmail(page, email) {
            const list = findChild(page, "colleaguesList")
            for (let i = 0; i < list.contentItem.children.length; ++i) {
                const row = list.contentItem.children[i]
                if (row.email === email)
                    return row.itemId
            }
            return ""
        }

        function test_1_tilesAndEscape() {
            const page = createTemporaryObject(pageComponent, root)
            const stack = findChild(page, "myDetailsStack")
            for (const tile of ["ownContactTile", "organisationTile", "colleaguesTile"])
                verify(findChild(page, tile).visible, tile)
            mouseClick(findChild(page, "organisationTile"))
            tryCompare(stack, "depth", 2, 5000)
            tryCompare(stack, "busy", false, 5000)
            keyClick(Qt.Key_Escape)
            tryCompare(stack, "depth", 1, 5000)
        }

        function test_2_ownContactShownAndEdited() {
            const page = opened("ownContact")
            tryCompare(Business.ownContact, "status", ClientListModel.Ready, 20000)
            tryVerify(() => Business.ownContact.contact.itemId !== undefined, 20000)
            const view = currentOf(page)
            compare(view.objectName, "ownContactView")
            const surname = Business.ownContact.contact.surname
            verify(surname.length > 0)
            const edit = findChild(view, "editOwnContactButton")
            tryCompare(edit, "enabled", true, 5000)
            mouseClick(edit)
            const form = currentOf(page)
            compare(form.objectName, "ownContactForm")
            compare(findChild(form, "surnameFieldInput").text, surname)
            // A beheerder may switch "Contactpersoon voor alle projecten".
            compare(findChild(form, "allProjectsSwitch").enabled, true)
            compare(findChild(form, "allProjectsHint").visible, false)

            typeInto(form, "departmentField", "Vastgoedbeheer")
            typeInto(form, "birthDateField", "31-02-1980")
            verify(findChild(form, "birthDateField").error.length > 0)
            compare(findChild(form, "saveOwnContactButton").enabled, false)
            typeInto(form, "birthDateField", "14-03-1979")
            compare(findChild(form, "saveOwnContactButton").enabled, true)
            // Enter saves, as in the other forms.
            keyClick(Qt.Key_Return)
            tryCompare(findChild(page, "myDetailsStack"), "depth", 2, 20000)
            compare(Business.ownContact.contact.department, "Vastgoedbeheer")

            // Read again from the server, once it has the change.
            tryVerify(() => App.outbox.waitingCount === 0, 20000)
            Business.ownContact.reload()
            tryCompare(Business.ownContact, "status", ClientListModel.Ready, 20000)
            // `contact` is a new map at every change: read it afresh each time (a map read
            // once is the cached one a reload shows first, and never changes).
            tryVerify(() => Business.ownContact.contact.department === "Vastgoedbeheer", 20000,
                      "department read back: " + Business.ownContact.contact.department)
            compare(Business.ownContact.contact.birthDateText, "14-03-1979")
            const rows = findChild(currentOf(page), "ownContactRows")
            verify(rows.visible)
        }

        function test_3_organisationIsReadOnly() {
            const page = opened("organisation")
            tryCompare(Business.organisation, "status", ClientListModel.Ready, 20000)
            tryVerify(() => Business.organisation.details.itemId !== undefined, 20000)
            const view = currentOf(page)
            compare(view.objectName, "organisationView")
            verify(findChild(view, "organisationRows").visible)
            verify(Business.organisation.details.name.length > 0)
            const changes = findChild(view, "organisationChangesText")
            verify(changes.text.indexOf("Neem contact met ons op") >= 0, changes.text)
            // Nothing to type in, nothing to change: "Terug" is its only button.
            const found = []
            const walk = item => {
                if (!item.visible)
                    return
                if (("echoMode" in item) || ("autoRepeat" in item && item.objectName !== "backButton"))
                    found.push(item)
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(view)
            compare(found.length, 0, "editable: " + found.map(item => item.objectName))
        }

        function test_4_addColleagueWithPortalAccess() {
            const page = opened("colleagues")
            tryCompare(Business.colleagues, "status", ClientListModel.Ready, 20000)
            const list = findChild(page, "colleaguesList")
            tryVerify(() => list.count >= 2, 20000)
            const before = list.count
            mouseClick(findChild(page, "addColleagueButton"))
            const form = currentOf(page)
            compare(form.objectName, "colleagueForm")
            compare(findChild(form, "portalUserSwitch").checked, true)
            verify(findChild(form, "portalUserNote").text.indexOf("twee e-mails") >= 0)
            const save = findChild(form, "saveColleagueButton")
            compare(save.enabled, false) // Achternaam and E-mail are required
            typeInto(form, "initialsField", "P.")
            typeInto(form, "surnameField", "Steigerman")
            typeInto(form, "emailField", "p.steigerman@example.nl")
            compare(save.enabled, true)
            waitForItemPolished(findChild(form, "colleagueFormColumn"))
            mouseClick(save)
            tryVerify(() => findChild(page, "myDetailsStack").depth === 2, 20000,
                      "not saved: " + findChild(form, "colleagueFormError").text)
            tryCompare(list, "count", before + 1, 20000)
            tryVerify(() => colleagueByEmail(page, "p.steigerman@example.nl").length > 0, 5000)
            // The login details in two e-mails: the user name, and apart the password.
            const mails = TestServer.outboxMessages("p.steigerman@example.nl")
            compare(mails.length, 2, mails.join("\n---\n"))
            const userName = mails.filter(mail => mail.indexOf("gebruikersnaam is: p.steigerman@example.nl") >= 0)
            const password = mails.filter(mail => mail.indexOf("wachtwoord is:") >= 0)
            compare(userName.length, 1, mails.join("\n---\n"))
            compare(password.length, 1, mails.join("\n---\n"))
            verify(userName[0].indexOf("wachtwoord is:") < 0) // the password apart
        }

        function test_5_editThenRemoveColleague() {
            const page = opened("colleagues")
            tryCompare(Business.colleagues, "status", ClientListModel.Ready, 20000)
            const list = findChild(page, "colleaguesList")
            tryVerify(() => colleagueByEmail(page, "p.steigerman@example.nl").length > 0, 20000)
            const id = colleagueByEmail(page, "p.steigerman@example.nl")
            const before = list.count
            currentOf(page).openRequested(id) // as a tap on the row does it
            const detail = currentOf(page)
            compare(detail.objectName, "colleagueDetail")
            mouseClick(findChild(detail, "editColleagueButton"))
            const form = currentOf(page)
            compare(findChild(form, "surnameFieldInput").text, "Steigerman")
            typeInto(form, "departmentField", "Onderhoud")
            mouseClick(findChild(form, "saveColleagueButton"))
            tryCompare(findChild(page, "myDetailsStack"), "depth", 3, 20000)
            tryCompare(detail.person, "department", "Onderhoud", 20000)
            compare(currentOf(page), detail)

            const remove = findChild(detail, "removeColleagueButton")
            tryCompare(remove, "enabled", true, 20000)
            mouseClick(remove)
            const confirm = findChild(detail, "confirmRemoveColleague")
            tryCompare(confirm, "opened", true, 5000)
            const yes = findChild(detail, "confirmYesButton")
            waitForItemPolished(yes)
            mouseClick(yes)
            // Back to the list at once, where the row waits until the server has the removal.
            tryCompare(findChild(page, "myDetailsStack"), "depth", 2, 20000)
            tryVerify(() => list.count === before - 1 || Business.colleagues.item(id).pendingDelete === true, 20000)
        }

        function test_6_lastAdministratorKeepsHisRight() {
            const page = opened("colleagues")
            tryCompare(Business.colleagues, "status", ClientListModel.Ready, 20000)
            const self = App.session.business.ownContactId
            verify(self.length > 0)
            tryVerify(() => Business.colleagues.item(self).itemId === self, 20000)
            currentOf(page).openRequested(self)
            const detail = currentOf(page)
            mouseClick(findChild(detail, "editColleagueButton"))
            const form = currentOf(page)
            const administrator = findChild(form, "administratorSwitch")
            compare(administrator.checked, true)
            mouseClick(administrator)
            compare(administrator.checked, false)
            waitForItemPolished(findChild(form, "colleagueFormColumn"))
            mouseClick(findChild(form, "saveColleagueButton"))
            const error = findChild(form, "colleagueFormError")
            tryVerify(() => error.text.length > 0, 20000)
            verify(error.visible)
            // Still the form, and still a beheerder.
            compare(currentOf(page), form)
            compare(Business.colleagues.item(self).administrator, true)
            compare(App.session.business.administrator, true)
        }

        function test_7_medewerkerReadsOnly() {
            logInAs("t.havenaar@example.nl")
            compare(App.session.business.administrator, false)

            let page = opened("ownContact")
            tryVerify(() => Business.ownContact.contact.itemId !== undefined, 20000)
            const edit = findChild(currentOf(page), "editOwnContactButton")
            tryCompare(edit, "enabled", true, 5000)
            mouseClick(edit)
            const form = currentOf(page)
            const allProjects = findChild(form, "allProjectsSwitch")
            compare(allProjects.enabled, false)
            verify(findChild(form, "allProjectsHint").visible)
            const was = allProjects.checked
            mouseClick(allProjects)
            compare(allProjects.checked, was)
            // E-mail diensten is his to choose.
            compare(findChild(form, "emailServicesSwitch").enabled, true)
            keyClick(Qt.Key_Escape)
            tryCompare(findChild(page, "myDetailsStack"), "depth", 2, 5000)

            page = opened("colleagues")
            tryCompare(Business.colleagues, "status", ClientListModel.Ready, 20000)
            const list = findChild(page, "colleaguesList")
            tryVerify(() => list.count >= 2, 20000)
            compare(findChild(page, "addColleagueButton").visible, false)
            tryVerify(() => colleagueByEmail(page, "m.kademaker@example.nl").length > 0, 20000)
            const other = colleagueByEmail(page, "m.kademaker@example.nl")
            currentOf(page).openRequested(other)
            const detail = currentOf(page)
            compare(findChild(detail, "editColleagueButton").visible, false)
            compare(findChild(detail, "removeColleagueButton").visible, false)
            compare(findChild(detail, "resetSecondFactorButton").visible, false)
            logInAs("m.kademaker@example.nl")
        }
    }
}
