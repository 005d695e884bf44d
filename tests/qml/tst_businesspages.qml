// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import CarePortalTest
import "controls.js" as Controls

// The business portal's Home, Facturen and Projecten (seed 004) against the demo's
// Woonstichting De Kade: the beheerder sees the open invoices first, an invoice's lines and
// "Alle facturen"; the medewerker has no Facturen; "Mijn projecten" and "Alle projecten"
// for both; a question asked shows as sent, and its answer (given by the staff) shows in
// Home's "Mijn correspondentie" and is marked read when opened.
Item {
    id: root
    width: 1280
    height: 900

    Component { id: shellComponent; AppShell {} }
    Component { id: invoicesComponent; InvoicesPage { anchors.fill: parent } }
    Component { id: projectsComponent; ProjectsPage { anchors.fill: parent } }
    Component { id: homeComponent; BusinessHomePage { anchors.fill: parent } }

    TestCase {
        name: "BusinessPages"
        when: windowShown

        readonly property string question: "Kunnen de bewoners van Kade Noord in december een extra activiteit krijgen?"

        function logOutIfNeeded() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }
        function logIn(username) {
            logOutIfNeeded()
            App.session.login(username, "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
            compare(App.session.accountKind, "business")
            // An account that works for more than one customer chooses De Kade first.
            for (const organisation of App.session.business.organisations) {
                if (App.session.business.organisations.length > 1 && organisation.name === "Woonstichting De Kade")
                    App.session.business.chooseOrganisation(organisation.id)
            }
            tryCompare(App.session.business, "organisationName", "Woonstichting De Kade", 20000)
        }

        function initTestCase() { logIn("m.kademaker@example.nl") }
        // The other pages' tests log in as a client.
        function cleanupTestCase() { logOutIfNeeded() }

        // A page just made is laid out first: a click at once may land before its tabs are.
        function clickTab(page, name) {
            const tab = findChild(page, name)
            tryVerify(() => Controls.shown(tab), 5000, name + " shown")
            waitForRendering(page)
            mouseClick(tab)
        }
        function stackSettled(stack) { tryCompare(stack, "busy", false, 5000) }
        function row(list, name) {
            let found = null
            tryVerify(() => (found = findChild(list, name)) !== null, 10000, name + " shown")
            return found
        }

        // Logged in with the shell shown and De Kade chosen on "Selecteer organisatie": Home
        // loads Mijn correspondentie (it stayed empty when the lists were reset after its
        // first load), and so does Facturen when opened from the menu.
        function test_0_homeLoadsAfterTheChoice() {
            logOutIfNeeded()
            const shell = createTemporaryObject(shellComponent, root, { width: root.width, height: root.height })
            App.session.login("m.kademaker@example.nl", "Welkom!2026")
            const choice = row(shell, "chooseOrganisation_demo-business-de-kade")
            waitForRendering(shell)
            mouseClick(choice)
            tryCompare(Business.correspondence, "status", ClientListModel.Ready, 20000)
            const menu = findChild(shell, "pinnedMenu")
            mouseClick(row(menu, "menu_invoices"))
            tryCompare(Business.invoices, "status", ClientListModel.Ready, 20000)
            verify(Business.invoices.rowCount() > 0)
            // The next tests start as initTestCase left them: at Home, the lists not cached
            // (a cached list is Ready at once and then replaced by the server's answer).
            Navigation.show("home")
            logIn("m.kademaker@example.nl")
        }

        function test_1_beheerderSeesOpenInvoicesFirst() {
            const shell = createTemporaryObject(shellComponent, root, { width: root.width, height: root.height })
            const menu = findChild(shell, "pinnedMenu")
            tryVerify(() => Controls.shown(findChild(menu, "menu_invoices")), 5000, "Facturen is offered")
            verify(Controls.shown(findChild(menu, "menu_projects")))
            shell.destroy()

            const page = createTemporaryObject(invoicesComponent, root)
            const invoices = Business.invoices
            tryCompare(invoices, "status", ClientListModel.Ready, 20000)
            compare(invoices.openOnly, true)
            const list = findChild(page, "invoicesList")
            tryCompare(list, "count", 2, 20000) // the demo's two newest are open
            verify(findChild(page, "openInvoicesTab").checked)
            const first = row(list, "invoice_0")
            compare(first.open, true)
            compare(findChild(first, "invoiceStatus").text, "Open")
            compare(findChild(first, "invoiceOverdue").visible, first.overdue === true)
            verify(first.totalText.indexOf("€") >= 0, first.totalText)

            // A tap on the row opens its detail, with the lines the server sends.
            const stack = findChild(page, "invoicesStack")
            mouseClick(first)
            stackSettled(stack)
            const detail = stack.currentItem
            compare(detail.invoiceId, first.itemId)
            compare(findChild(detail, "invoiceHeading").text, "Factuur " + first.number)
            tryCompare(invoices, "detailLoading", false, 20000)
            compare(invoices.detailError, "")
            verify(detail.lines.length >= 2, "lines: " + detail.lines.length)
            verify(findChild(detail, "invoiceLine_0") !== null)
            verify(Controls.shown(findChild(detail, "openPdfButton")))
            verify(Controls.shown(findChild(detail, "savePdfButton")))
            verify(!Controls.shown(findChild(detail, "pdfUnavailable")))
            // What the save dialog's "Opslaan" does, at the place it proposes.
            const target = Business.invoiceDocuments.suggestedFile(first.number)
            verify(String(target).endsWith("/factuur-" + first.number + ".pdf"), String(target))
            Business.invoiceDocuments.save(first.itemId, target)
            const pdfMessage = findChild(detail, "pdfMessage")
            tryVerify(() => pdfMessage.text.indexOf("De factuur is opgeslagen") === 0, 20000, pdfMessage.text)
            compare(pdfMessage.isError, false)
            mouseClick(findChild(detail, "backButton"))
            stackSettled(stack)
            compare(stack.depth, 1)

            // "Alle facturen": the paid ones too.
            clickTab(page, "allInvoicesTab")
            tryCompare(invoices, "openOnly", false, 5000)
            tryCompare(invoices, "status", ClientListModel.Ready, 20000)
            tryCompare(list, "count", 5, 20000)
            let paid = 0
            for (let i = 0; i < 5; ++i) {
                const r = row(list, "invoice_" + i)
                if (!r.open) {
                    ++paid
                    compare(findChild(r, "invoiceStatus").text, "Betaald")
                }
            }
            compare(paid, 3)
            mouseClick(findChild(page, "openInvoicesTab"))
            tryCompare(list, "count", 2, 20000)
        }

        function test_2_beheerderProjects() {
            const page = createTemporaryObject(projectsComponent, root)
            const projects = Business.projects
            tryCompare(projects, "status", ClientListModel.Ready, 20000)
            compare(projects.mineOnly, true)
            const list = findChild(page, "projectsList")
            const mine = list.count
            clickTab(page, "allProjectsTab")
            tryCompare(projects, "mineOnly", false)
            tryCompare(projects, "status", ClientListModel.Ready, 20000)
            tryCompare(list, "count", 3, 20000) // all three of De Kade
            verify(mine < 3, "Mijn projecten: " + mine)
        }

        function openProject(page, name) {
            const list = findChild(page, "projectsList")
            for (let i = 0; i < list.count; ++i) {
                const r = row(list, "project_" + i)
                if (r.name === name) {
                    mouseClick(r)
                    const stack = findChild(page, "projectsStack")
                    stackSettled(stack)
                    return stack.currentItem
                }
            }
            fail(name + " not in the list")
            return null
        }

        function test_3_askAQuestion() {
            const page = createTemporaryObject(projectsComponent, root)
            tryCompare(Business.projects, "status", ClientListModel.Ready, 20000)
            clickTab(page, "allProjectsTab")
            tryCompare(Business.projects, "mineOnly", false)
            tryCompare(Business.projects, "status", ClientListModel.Ready, 20000)
            tryCompare(findChild(page, "projectsList"), "count", 3, 20000)
            const detail = openProject(page, "Kade Noord – begeleid wonen")
            compare(findChild(detail, "projectHeading").text, "Kade Noord – begeleid wonen")
            compare(detail.project.leadName, "Mirjam Zorgmanager")

            const send = findChild(detail, "sendQuestionButton")
            compare(send.enabled, false) // nothing asked yet
            const field = findChild(detail, "questionFieldArea")
            field.forceActiveFocus()
            field.insert(0, question)
            tryCompare(send, "enabled", true)
            mouseClick(send)
            const sent = findChild(detail, "questionSentDialog")
            tryCompare(sent, "opened", true, 20000)
            verify(findChild(sent.contentItem, "questionSentText").text.indexOf("Uw vraag is verstuurd") === 0)
            keyClick(Qt.Key_Return) // Enter closes it, as in every dialog
            tryCompare(sent, "visible", false, 5000)
            compare(field.text, "")

            let asked = null
            tryVerify(() => (asked = findChild(detail, "askedQuestion_0")) !== null, 5000)
            compare(asked.modelData.question, question)
            verify(findChild(asked, "askedState").text.indexOf("Verstuurd op") === 0,
                   findChild(asked, "askedState").text)
        }

        // The row of Home's correspondence that answers the question asked above.
        function answerRow(page) {
            for (let i = 0; i < Business.correspondence.rowCount(); ++i) {
                const r = findChild(page, "correspondence_" + i)
                if (r && r.question === question)
                    return r
            }
            return null
        }

        function test_4_answerShowsInMyCorrespondence() {
            // The staff answer it, as the care manager does.
            const open = TestServer.adminOutput(["list-project-questions"])
            const line = open.split("\n").find(l => l.indexOf(question) >= 0)
            verify(line !== undefined, "the question reached the server: " + open)
            const id = line.split("\t")[0]
            compare(TestServer.admin(["answer-project-question", "--id", id,
                                      "--answer", "Ja, op 18 december komt er een kerstmiddag.",
                                      "--staff", "Mirjam Zorgmanager"]), 0)

            const page = createTemporaryObject(homeComponent, root)
            const correspondence = Business.correspondence
            tryCompare(correspondence, "status", ClientListModel.Ready, 20000)
            tryVerify(() => correspondence.unread >= 1, 20000)
            const unread = correspondence.unread
            compare(findChild(page, "welcomeLabel").text, "Welkom " + App.session.displayName)
            verify(findChild(page, "organisationLabel").text.indexOf("Woonstichting De Kade") >= 0)
            verify(findChild(page, "unreadCount").text.indexOf(String(unread)) >= 0)

            let answer = answerRow(page)
            verify(answer !== null, "the answer is listed")
            verify(Controls.shown(answer), "an unread answer is shown")
            mouseClick(answer)
            const stack = findChild(page, "businessHomeStack")
            stackSettled(stack)
            const detail = stack.currentItem
            compare(detail.answer.answer, "Ja, op 18 december komt er een kerstmiddag.")
            compare(detail.answer.answeredBy, "Mirjam Zorgmanager")
            tryCompare(correspondence, "unread", unread - 1, 20000)
            mouseClick(findChild(detail, "backButton"))
            stackSettled(stack)
            // The list is made again with the server's answer: find the row anew.
            tryVerify(() => answerRow(page) !== null && !Controls.shown(answerRow(page)), 5000,
                      "read: no longer among the new answers")
            mouseClick(findChild(page, "showReadSwitch"))
            tryVerify(() => Controls.shown(answerRow(page)), 5000, "shown with the read ones")

            // "Stel een vraag" leads to Projecten: a question is asked about a project.
            mouseClick(findChild(page, "askQuestionButton"))
            compare(Navigation.currentPage, "projects")
            Navigation.show("home")
        }

        function test_5_medewerkerHasNoInvoices() {
            logIn("t.havenaar@example.nl")
            const shell = createTemporaryObject(shellComponent, root, { width: root.width, height: root.height })
            const menu = findChild(shell, "pinnedMenu")
            tryVerify(() => Controls.shown(findChild(menu, "menu_projects")), 5000, "Projecten is offered")
            const invoices = findChild(menu, "menu_invoices")
            verify(!invoices || !Controls.shown(invoices), "no Facturen for a medewerker")
            shell.destroy()

            const page = createTemporaryObject(projectsComponent, root)
            const projects = Business.projects
            tryCompare(projects, "status", ClientListModel.Ready, 20000)
            const list = findChild(page, "projectsList")
            tryCompare(list, "count", 2, 20000) // Kade Noord and Havenhuis
            clickTab(page, "allProjectsTab")
            tryCompare(projects, "mineOnly", false)
            tryCompare(projects, "status", ClientListModel.Ready, 20000)
            wait(200)
            compare(list.count, 2) // the server gives a medewerker only his own
        }
    }
}
