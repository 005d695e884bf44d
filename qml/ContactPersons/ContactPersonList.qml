// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The contact persons with name, phone and type; the primary one marked.
ClientListPage {
    id: page

    listModel: Client.contactPersons
    introText: qsTr("Kies een contactpersoon om de gegevens te zien of te wijzigen.")
    // The portal shows a person icon; a word is clearer and needs no icon font.
    addText: qsTr("Toevoegen")
    addDescription: qsTr("Contactpersoon toevoegen")
    addButtonObjectName: "addPersonButton"
    listObjectName: "contactPersonsList"
    emptyText: qsTr("Er zijn nog geen contactpersonen. Voeg er een toe met de knop rechtsboven.")

    delegate: ClientRow {
        id: row
        required property string personId
        required property string name
        required property string phone1
        required property string typeLabel
        required property bool primary

        listModel: page.listModel
        Accessible.name: name + ", " + typeLabel + ", " + phone1
                         + (primary ? ", " + qsTr("primair contactpersoon") : "")
                         + (pending ? ", " + pendingText : "")
        onClicked: page.openRequested(personId)
        onCorrectRequested: page.editRequested(personId)

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 0 // wrap, never push the row wider
                spacing: 2
                // Beside the "Primair" badge a phone at 200 % leaves little room: a long
                // surname gets smaller rather than broken in two.
                FittedText {
                    text: row.name
                    fittedPixelSize: Theme.fontSize
                    font.bold: true
                    Layout.fillWidth: true
                }
                FittedText {
                    // A person without a phone number (an e-mail only) shows just the type.
                    text: row.phone1.length > 0 ? row.phone1 + "  ·  " + row.typeLabel : row.typeLabel
                    fittedPixelSize: Theme.fontSize
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
            }
            Label {
                visible: row.primary
                text: qsTr("Primair")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.smallFontSize
                padding: 6
                background: Rectangle { color: Theme.primary; radius: Theme.radius }
            }
            Label { text: "\u203A"; font.pixelSize: Theme.largeFontSize; color: Theme.mutedText }
        }
    }
}
