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

    // Loaded again whenever the list is reset while this page shows (the account read
    // again just after login, a switch of organisation): it stayed empty otherwise.
    LoadWhenIdle { model: Business.invoices }

    StackView {
        id: stack
        objectName: "invoicesStack"
        anchors.fill: parent
        focus: true
        // Escape goes back to the list from the detail, wherever the keyboard is (the
        // question field too); an open dialog takes it first.
        Keys.onEscapePressed: event => {
            event.accepted = stack.depth > 1 && !stack.busy
            if (event.accepted)
                stack.pop()
        }
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
