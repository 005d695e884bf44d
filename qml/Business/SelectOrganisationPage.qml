// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Selecteer organisatie" (seed 004): after login, for a business contact who works for
// more than one customer organisation, which one the portal is about. A long list is
// filtered as the user types. Nothing of any organisation is fetched before the choice;
// the account menu ("Organisatie kiezen") and the banner come back here.
Page {
    id: page

    // The organisations whose name holds the filter's text, in the session's order.
    readonly property var shown: {
        const wanted = String(filter.text).trim().toLocaleLowerCase()
        const all = App.session.business.organisations
        const result = []
        for (let i = 0; i < all.length; ++i) {
            if (wanted === "" || String(all[i].name).toLocaleLowerCase().indexOf(wanted) >= 0)
                result.push(all[i])
        }
        return result
    }

    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin }
            Heading {
                text: qsTr("Welkom %1").arg(App.session.displayName)
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Voor welke organisatie wilt u het portaal gebruiken?")
                font.pixelSize: Theme.largeFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FieldLabel {
                text: qsTr("Zoek organisatie")
                Layout.fillWidth: true
            }
            TextField {
                id: filter
                objectName: "organisationFilter"
                placeholderText: qsTr("Typ een deel van de naam")
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Zoek organisatie")
                Layout.fillWidth: true
                Component.onCompleted: App.startTypingIn(filter)
                // Enter takes the only organisation left.
                onAccepted: {
                    if (page.shown.length === 1)
                        App.session.business.chooseOrganisation(page.shown[0].id)
                }
            }
            Label {
                objectName: "organisationFilterEmpty"
                visible: page.shown.length === 0
                text: qsTr("Geen organisatie gevonden met \"%1\".").arg(filter.text)
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Repeater {
                objectName: "organisationChoices"
                model: page.shown

                delegate: ItemDelegate {
                    id: choice
                    required property var modelData
                    objectName: "chooseOrganisation_" + modelData.id
                    Layout.fillWidth: true
                    // Reached with Tab and by a screen reader's focus, not only by a click.
                    focusPolicy: Qt.StrongFocus
                    implicitHeight: Math.max(Theme.touchTarget + 16, implicitContentHeight + 24)
                    leftPadding: Theme.margin
                    background: Rectangle {
                        color: choice.down ? Theme.background : Theme.surface
                        border.color: choice.visualFocus ? Theme.primary : Theme.divider
                        border.width: choice.visualFocus ? 2 : 1
                        radius: 6
                    }
                    readonly property string role: modelData.administrator ? qsTr("Beheerder klantportaal")
                                                                           : qsTr("Medewerker klantportaal")
                    Accessible.name: modelData.name + ", " + role
                    onClicked: App.session.business.chooseOrganisation(modelData.id)

                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: choice.modelData.name
                            font.pixelSize: Theme.largeFontSize
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: choice.role
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
