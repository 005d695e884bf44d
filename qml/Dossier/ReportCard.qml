// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One report of the dossier in full: the discipline's abbreviation with its meaning (so the
// reader knows whom to ask), kind, date, author, title and text. The organisation's text
// is shown as plain text, never as markup.
Rectangle {
    id: card

    property string discipline
    property string disciplineLabel
    property string kindLabel
    property string writtenText
    property string author
    property string title
    property string text

    implicitHeight: column.implicitHeight + 2 * Theme.margin
    color: Theme.surface
    border.color: Theme.divider
    radius: Theme.radius
    Accessible.role: Accessible.Section
    Accessible.name: (disciplineLabel.length > 0 ? disciplineLabel : discipline) + ", " + kindLabel + ", " + writtenText + ", " + title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing / 2

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                text: card.discipline
                font.bold: true
                color: Theme.textOnPrimary
                padding: 6
                background: Rectangle { color: Theme.primary; radius: Theme.radius }
                Accessible.ignored: true
            }
            Label {
                text: card.disciplineLabel
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
        }
        Label {
            text: qsTr("%1 · %2 · %3").arg(card.kindLabel).arg(card.writtenText).arg(card.author)
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Heading {
            text: card.title
            textFormat: Text.PlainText
            font.pixelSize: Theme.largeFontSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Label {
            objectName: "reportText"
            text: card.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
    }
}
