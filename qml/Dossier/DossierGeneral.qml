// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Gegevens": the general data as the organisation's record holds it — address, date of
// birth, GP and pharmacy. Read-only; the seed asks clients to pass corrections to a care
// worker, and this page says so.
ScrollView {
    id: general

    readonly property var details: Dossier.overview.general
    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(Theme.formWidth, general.availableWidth)
        spacing: Theme.spacing

        Repeater {
            model: [
                { label: qsTr("Adres"), value: [general.details.address, general.details.postcodeCity].filter(v => v && v.length > 0).join("\n") },
                { label: qsTr("Geboortedatum"), value: general.details.birthDateText ?? "" },
                { label: qsTr("Huisarts"), value: [general.details.gpName, general.details.gpPhone].filter(v => v && v.length > 0).join("\n") },
                { label: qsTr("Apotheek"), value: [general.details.pharmacyName, general.details.pharmacyPhone].filter(v => v && v.length > 0).join("\n") }
            ]
            delegate: ColumnLayout {
                id: field
                required property var modelData
                spacing: 2
                Layout.fillWidth: true
                Label { text: field.modelData.label; font.bold: true }
                Label {
                    text: field.modelData.value.length > 0 ? field.modelData.value : qsTr("Niet bekend")
                    textFormat: Text.PlainText
                    color: field.modelData.value.length > 0 ? Theme.text : Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    Accessible.name: field.modelData.label + ": " + text
                }
            }
        }

        StatusBanner {
            objectName: "correctionsNote"
            text: qsTr("Staan er andere of verkeerde gegevens? Geef dit dan door aan één van de zorgmedewerkers.")
            Layout.fillWidth: true
        }
    }
}
