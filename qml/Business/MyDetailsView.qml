// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One view of "Mijn gegevens" on the page's stack: "Terug" with the view's buttons beside
// it (under it where they do not fit), the view's heading, and its content in a column that scrolls, as wide as a form.
// Escape goes back too (MyDetailsPage); the keyboard starts on "Terug".
Page {
    id: view

    /// The heading under the buttons (a Page's own `title` is FINAL in Qt 6.4).
    property alias heading: headingText.text
    /// Buttons at the right of "Terug".
    property alias actions: actionRow.data
    default property alias content: column.data
    property alias columnObjectName: column.objectName
    /// The width of the content: a button is never wider (WrappingButton wraps instead).
    readonly property real columnWidth: column.width
    signal backRequested()

    background: Rectangle { color: Theme.background }
    StackView.onActivated: backButton.forceActiveFocus(Qt.OtherFocusReason)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Button {
                    id: backButton
                    objectName: "backButton"
                    text: "\u2039 " + qsTr("Terug")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Terug")
                    onClicked: view.backRequested()
                }
                Row {
                    id: actionRow
                    spacing: Theme.spacing
                }
            }
            Heading {
                id: headingText
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ColumnLayout {
                id: column
                spacing: Theme.spacing
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
