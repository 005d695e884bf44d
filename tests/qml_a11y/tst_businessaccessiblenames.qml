// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest
import "../qml/controls.js" as Controls

// The business portal's Home, Facturen and Projecten with an invoice's and a project's
// detail (issue 19), walked as a screen reader sees them: every visible control has an
// accessible name and role.
Item {
    id: root
    width: 1280
    height: 1000

    Component { id: shellComponent; AppShell { anchors.fill: parent } }

    TestCase {
        name: "BusinessAccessibleNames"
        when: windowShown

        function logOutIfNeeded() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }
        function initTestCase() {
            logOutIfNeeded()
            App.session.login("m.kademaker@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
            for (const organisation of App.session.business.organisations) {
                if (App.session.business.organisations.length > 1 && organisation.name === "Woonstichting De Kade")
                    App.session.business.chooseOrganisation(organisation.id)
            }
            tryCompare(App.session.business, "organisationName", "Woonstichting De Kade", 20000)
        }
        function cleanupTestCase() {
            Navigation.show("home")
            logOutIfNeeded()
        }

        function checkControls(item, screen) {
            tryVerify(() => Controls.visibleControls(item).length > 0, 10000, screen + ": controls found")
            wait(500) // lists and cards fill in
            const unnamed = []
            for (const control of Controls.visibleControls(item)) {
                const name = TestAccessibility.nameOf(control).trim()
                if (name.length === 0 || TestAccessibility.roleOf(control) === 0)
                    unnamed.push(Controls.describe(control))
            }
            compare(unnamed.join("; "), "", screen + ": controls without an accessible name or role")
        }
        function page(shell, name) {
            Navigation.show(name)
            const loader = findChild(shell, "pageLoader")
            tryCompare(loader, "status", Loader.Ready, 10000)
            return loader.item
        }
        function openFirst(stack, rowName) {
            let row = null
            tryVerify(() => (row = findChild(stack, rowName)) !== null, 20000, rowName + " shown")
            stack.currentItem.openRequested(row.itemId)
            tryCompare(stack, "busy", false, 5000)
            return stack.currentItem
        }

        function test_pages() {
            const shell = createTemporaryObject(shellComponent, root)
            checkControls(page(shell, "home"), "home")

            const invoices = page(shell, "invoices")
            tryCompare(Business.invoices, "status", ClientListModel.Ready, 20000)
            checkControls(invoices, "invoices")
            const invoice = openFirst(findChild(invoices, "invoicesStack"), "invoice_0")
            tryCompare(Business.invoices, "detailLoading", false, 20000)
            checkControls(invoice, "invoice")

            const projects = page(shell, "projects")
            tryCompare(Business.projects, "status", ClientListModel.Ready, 20000)
            checkControls(projects, "projects")
            Business.projects.mineOnly = false
            tryCompare(Business.projects, "status", ClientListModel.Ready, 20000)
            checkControls(openFirst(findChild(projects, "projectsStack"), "project_0"), "project")
        }
    }
}
