// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// On a kiosk an invoice's PDF is neither opened nor saved (a viewer window or a file would
// outlive the session on the shared PC): the detail shows its lines and says why.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: pageComponent; InvoicesPage { anchors.fill: parent } }

    TestCase {
        name: "KioskInvoicePdf"
        when: windowShown

        function initTestCase() {
            verify(App.kiosk)
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }
        // The other kiosk tests log in as a client.
        function cleanupTestCase() {
            App.session.logout()
            tryCompare(App.session, "state", Session.LoggedOut, 20000)
        }

        function test_noPdfOnAKiosk() {
            App.session.login("m.kademaker@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
            for (const organisation of App.session.business.organisations) {
                if (App.session.business.organisations.length > 1 && organisation.name === "Woonstichting De Kade")
                    App.session.business.chooseOrganisation(organisation.id)
            }
            tryCompare(App.session.business, "organisationName", "Woonstichting De Kade", 20000)
            App.idle.reset()
            verify(!Business.invoiceDocuments.available)
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Business.invoices, "status", ClientListModel.Ready, 20000)
            const stack = findChild(page, "invoicesStack")
            let row = null
            tryVerify(() => (row = findChild(stack, "invoice_0")) !== null, 20000)
            stack.currentItem.openRequested(row.itemId)
            tryCompare(stack, "busy", false, 5000)
            const detail = stack.currentItem
            tryCompare(Business.invoices, "detailLoading", false, 20000)
            verify(detail.lines.length > 0)
            verify(!findChild(detail, "openPdfButton").visible)
            verify(!findChild(detail, "savePdfButton").visible)
            const why = findChild(detail, "pdfUnavailable")
            verify(why.visible)
            verify(why.text.indexOf("gedeelde computer") >= 0, why.text)
        }
    }
}
