// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CarePortal

// "Facturen" (seed 004, a beheerder only): the list, open invoices first, and one
// invoice's detail on a stack, so "Terug" goes back to the list as it was.
Page {
    id: page

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        // The page opens on the open invoices, as the seed says.
        if (Business.invoices.openOnly)
            Business.invoices.reload()
        else
            Business.invoices.openOnly = true
    }

    StackView {
        id: stack
        objectName: "invoicesStack"
        anchors.fill: parent
        initialItem: InvoiceList {
            onOpenRequested: (id) => stack.push(detail, { invoiceId: id })
        }
    }
    Component {
        id: detail
        InvoiceDetail {
            onBackRequested: stack.pop()
        }
    }
}
