// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Facturen" (seed 004): the open invoices first, "Alle facturen" beside them; each row
// with its number, description, dates, total and Open / Betaald, "Vervallen" when overdue.
BusinessTabbedList {
    id: page

    readonly property InvoicesModel invoices: Business.invoices

    listModel: invoices
    introText: qsTr("De facturen van %1 voor %2. Open een factuur voor de regels en de PDF.")
               .arg(Organisation.name).arg(App.session.business.organisationName)
    firstText: qsTr("Openstaande facturen")
    secondText: qsTr("Alle facturen")
    firstObjectName: "openInvoicesTab"
    secondObjectName: "allInvoicesTab"
    firstShown: invoices.openOnly
    listObjectName: "invoicesList"
    emptyText: invoices.openOnly ? qsTr("Er staan geen facturen open.")
                                 : qsTr("Er zijn nog geen facturen.")
    onViewChosen: (first) => { page.invoices.openOnly = first }

    delegate: ClientRow {
        id: row
        required property int index
        required property string itemId
        required property string number
        required property string description
        required property string invoiceDateText
        required property string dueDateText
        required property string totalText
        required property bool open
        required property var overdue

        readonly property bool late: open && overdue === true
        readonly property string statusText: open ? qsTr("Open") : qsTr("Betaald")

        objectName: "invoice_" + index
        listModel: page.listModel
        Accessible.name: qsTr("Factuur %1, %2, %3, %4").arg(number).arg(description).arg(totalText)
                         .arg(late ? statusText + ", " + qsTr("Vervallen") : statusText)
        onClicked: page.openRequested(itemId)

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 0 // wrap, never push the row wider
                spacing: 2
                // The total beside the number, or under it where both do not fit.
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        text: row.number
                        font.bold: true
                    }
                    Label {
                        objectName: "invoiceTotal"
                        text: row.totalText
                        font.bold: true
                    }
                }
                Label {
                    text: row.description
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Factuurdatum %1 · vervaldatum %2").arg(row.invoiceDateText).arg(row.dueDateText)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: Theme.spacing / 2
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    InvoiceStatus {
                        objectName: "invoiceStatus"
                        text: row.statusText
                        good: !row.open
                    }
                    InvoiceStatus {
                        objectName: "invoiceOverdue"
                        visible: row.late
                        text: qsTr("Vervallen")
                        bad: true
                    }
                }
            }
            Label { text: "\u203A"; font.pixelSize: Theme.largeFontSize; color: Theme.mutedText }
        }
    }
}
