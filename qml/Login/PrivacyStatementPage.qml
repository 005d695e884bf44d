// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Privacyverklaring" from the login screen, without logging in: the organisation's own
// text. Paragraphs are separated by blank lines; a paragraph's first line is its heading
// when more lines follow. Always plain text: nothing from the server is read as markup.
Page {
    id: page

    readonly property PrivacyStatementLoader statement: App.privacyStatement

    background: Rectangle { color: Theme.background }
    Component.onCompleted: statement.load()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.readingWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            // Back at the top and again at the end: the text is long, nobody should have
            // to scroll to leave it.
            WrappingButton {
                objectName: "privacyBackButton"
                flat: true
                text: qsTr("Terug naar inloggen")
                font.pixelSize: Theme.fontSize
                leftPadding: 0
                // Its natural width where that fits; narrower, its words wrap.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: Navigation.loginPage = "login"
            }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Privacyverklaring")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
            }
            Label {
                objectName: "privacyUpdatedOn"
                text: qsTr("Bijgewerkt op %1").arg(page.statement.updatedOnText)
                visible: page.statement.updatedOnText.length > 0
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: page.statement.status === PrivacyStatementLoader.Loading
                visible: running
                Layout.alignment: Qt.AlignHCenter
            }
            StatusBanner {
                objectName: "privacyError"
                text: page.statement.errorMessage
                isError: true
                Layout.fillWidth: true
            }
            WrappingButton {
                objectName: "privacyRetryButton"
                visible: page.statement.status === PrivacyStatementLoader.Failed
                text: qsTr("Opnieuw proberen")
                // Its natural width where that fits; narrower, its words wrap.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: page.statement.load()
            }

            Repeater {
                objectName: "privacyParagraphs"
                // The first paragraph repeats the title above; it is left out.
                model: page.statement.text.split(/\n\s*\n/).slice(1)

                delegate: ColumnLayout {
                    id: paragraph
                    required property string modelData
                    readonly property int lineBreak: modelData.indexOf("\n")
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    spacing: 4

                    Heading {
                        visible: paragraph.lineBreak > 0
                        text: paragraph.modelData.substring(0, paragraph.lineBreak)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.largeFontSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    // "behandelingsovereenkomst," is wider than a phone at 200 %: the
                    // paragraph is set a little smaller rather than break it.
                    FittedText {
                        text: paragraph.lineBreak > 0 ? paragraph.modelData.substring(paragraph.lineBreak + 1)
                                                      : paragraph.modelData
                        textFormat: Text.PlainText
                        fittedPixelSize: Theme.fontSize
                        lineHeight: 1.2
                        Layout.fillWidth: true
                    }
                }
            }

            WrappingButton {
                objectName: "privacyBackButtonEnd"
                text: qsTr("Terug naar inloggen")
                font.pixelSize: Theme.fontSize
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacing
                // Its natural width where that fits; narrower, its words wrap.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: Navigation.loginPage = "login"
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
