// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One invoice (seed 004): number, invoice date, due date, the amount without VAT, the VAT,
// the total, paid on or still open, its lines, and its PDF opened or saved (InvoicePdf).
ClientDetailPage {
    id: page

    readonly property InvoicesModel invoices: Business.invoices
    required property string invoiceId
    readonly property var invoice: invoices.detail
    readonly property bool open: invoice.open === true
    readonly property var lines: invoice.lines ?? []

    background: Rectangle { color: Theme.background }
    Component.onCompleted: invoices.showDetail(invoiceId)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.readingWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Button {
                objectName: "backButton"
                text: "\u2039 " + qsTr("Terug")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Terug naar de facturen")
                onClicked: page.backRequested()
            }
            Heading {
                objectName: "invoiceHeading"
                text: qsTr("Factuur %1").arg(page.invoice.number ?? "")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                Layout.fillWidth: true
            }
            Flow {
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                visible: page.invoice.number !== undefined
                InvoiceStatus {
                    objectName: "detailStatus"
                    text: page.open ? qsTr("Open") : qsTr("Betaald")
                    good: !page.open
                }
                InvoiceStatus {
                    visible: page.open && page.invoice.overdue === true
                    text: qsTr("Vervallen")
                    bad: true
                }
            }
            StatusBanner {
                objectName: "invoiceError"
                text: page.invoices.detailError
                isError: true
                actionText: qsTr("Opnieuw proberen")
                onActionTriggered: page.invoices.showDetail(page.invoiceId)
                Layout.fillWidth: true
            }

            Repeater {
                model: [
                    { label: qsTr("Omschrijving"), value: page.invoice.description ?? "" },
                    { label: qsTr("Factuurnummer"), value: page.invoice.number ?? "" },
                    { label: qsTr("Factuurdatum"), value: page.invoice.invoiceDateText ?? "" },
                    { label: qsTr("Vervaldatum"), value: page.invoice.dueDateText ?? "" },
                    { label: qsTr("Bedrag excl. btw"), value: page.invoice.amountText ?? "" },
                    { label: qsTr("Btw"), value: page.invoice.vatText ?? "" },
                    { label: qsTr("Totaal"), value: page.invoice.totalText ?? "" },
                    { label: qsTr("Betaald op"),
                      value: page.invoice.number === undefined ? ""
                           : page.open ? qsTr("Nog niet betaald") : page.invoice.paidOnText ?? "" }
                ]
                delegate: DetailField {}
            }

            Heading {
                text: qsTr("Factuurregels")
                fittedPixelSize: Theme.largeFontSize
                font.bold: true
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }
            BusyIndicator {
                objectName: "linesBusy"
                running: page.invoices.detailLoading
                visible: running
                Accessible.name: qsTr("Bezig met laden")
            }
            Repeater {
                objectName: "invoiceLines"
                model: page.lines
                delegate: Pane {
                    id: line
                    required property var modelData
                    required property int index
                    objectName: "invoiceLine_" + index
                    Layout.fillWidth: true
                    padding: Theme.spacing
                    background: Rectangle { color: Theme.surface; radius: Theme.radius }
                    Accessible.role: Accessible.StaticText
                    Accessible.name: lineText.text + ", " + amounts.text
                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: 2
                        Label {
                            id: lineText
                            text: line.modelData.description
                            textFormat: Text.PlainText
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            id: amounts
                            text: qsTr("%1 × %2 = %3 (btw %4)").arg(line.modelData.quantityText)
                                  .arg(line.modelData.unitPriceText).arg(line.modelData.amountText)
                                  .arg(line.modelData.vatText)
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Label {
                visible: !page.invoices.detailLoading && page.lines.length === 0
                         && page.invoices.detailError.length === 0
                text: qsTr("Deze factuur heeft geen regels.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            InvoicePdf {
                invoiceId: page.invoiceId
                number: page.invoice.number ?? ""
                hasPdf: page.invoice.hasPdf !== false
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
