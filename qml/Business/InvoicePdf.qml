// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CarePortal

// An invoice's PDF: "Openen" in the computer's PDF viewer, or "Opslaan" where the user
// chooses. Not on a shared kiosk (InvoiceDocuments::available): a viewer window or a saved
// file would outlive the session there, and the page says so.
ColumnLayout {
    id: pdf

    readonly property InvoiceDocuments documents: Business.invoiceDocuments
    required property string invoiceId
    required property string number
    property bool hasPdf: true
    property string message
    property bool failed: false

    spacing: Theme.spacing

    Connections {
        target: pdf.documents
        function onOpened() {
            pdf.failed = false
            pdf.message = qsTr("De factuur is geopend in uw PDF-lezer.")
        }
        function onSaved(path: string) {
            pdf.failed = false
            pdf.message = qsTr("De factuur is opgeslagen: %1").arg(path)
        }
        function onFailed(message: string) {
            pdf.failed = true
            pdf.message = message
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "invoiceSaveDialog"
        fileMode: FileDialog.SaveFile
        title: qsTr("Factuur %1 opslaan").arg(pdf.number)
        acceptLabel: qsTr("Opslaan")
        rejectLabel: qsTr("Annuleren")
        nameFilters: [qsTr("PDF-bestanden (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: pdf.documents.save(pdf.invoiceId, selectedFile)
    }

    Heading {
        text: qsTr("PDF")
        fittedPixelSize: Theme.largeFontSize
        font.bold: true
        Layout.fillWidth: true
    }
    Label {
        objectName: "pdfUnavailable"
        visible: !pdf.documents.available || !pdf.hasPdf
        text: !pdf.documents.available
              ? qsTr("Op deze gedeelde computer wordt de PDF niet geopend of opgeslagen: hij zou na het uitloggen achterblijven. Hierboven staan alle regels van de factuur.")
              : qsTr("Bij deze factuur hoort geen PDF.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        visible: pdf.documents.available && pdf.hasPdf
        spacing: Theme.spacing
        Layout.fillWidth: true
        WrappingButton {
            objectName: "openPdfButton"
            text: qsTr("Openen")
            enabled: !pdf.documents.busy && pdf.number.length > 0
            width: Math.min(implicitWidth, parent.width)
            Accessible.name: qsTr("Factuur %1 openen als PDF").arg(pdf.number)
            onClicked: {
                pdf.message = ""
                pdf.documents.open(pdf.invoiceId)
            }
        }
        WrappingButton {
            objectName: "savePdfButton"
            text: qsTr("Opslaan")
            enabled: !pdf.documents.busy && pdf.number.length > 0
            width: Math.min(implicitWidth, parent.width)
            Accessible.name: qsTr("Factuur %1 opslaan als PDF").arg(pdf.number)
            onClicked: {
                pdf.message = ""
                saveDialog.selectedFile = pdf.documents.suggestedFile(pdf.number)
                saveDialog.open()
            }
        }
        BusyIndicator {
            objectName: "pdfBusy"
            running: pdf.documents.busy
            visible: running
            implicitHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget
            Accessible.name: qsTr("Bezig met de PDF")
        }
    }
    StatusBanner {
        objectName: "pdfMessage"
        text: pdf.message
        isError: pdf.failed
        isSuccess: !pdf.failed
        Layout.fillWidth: true
    }
}
