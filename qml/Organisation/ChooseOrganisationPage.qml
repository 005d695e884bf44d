// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Selecteer organisatie" (seed 004): a field to filter by name or place, and the list of
// organisations. Choosing one asks once more ("Is dit uw organisatie?"): the choice is
// remembered, so a slip of the finger must not send an elderly user to the wrong login.
// Keyboard: the filter has focus, Down (or Enter) goes into the list, the arrows move,
// Enter chooses, Escape goes back.
Page {
    id: page

    required property OrganisationDirectoryModel directory
    /// A kiosk is set up by its installer: no choosing here.
    property bool refused: false
    /// The row waiting for confirmation; -1 while choosing.
    property int pendingRow: -1
    property string pendingName
    property string pendingPlace

    function propose(row, name, place) {
        pendingName = name
        pendingPlace = place
        pendingRow = row
        confirmButton.forceActiveFocus()
    }
    function cancelProposal() {
        pendingRow = -1
        list.forceActiveFocus()
    }
    function enterList() {
        if (page.directory.count === 0)
            return
        if (list.currentIndex < 0)
            list.currentIndex = 0
        list.forceActiveFocus()
    }

    background: Rectangle { color: Theme.background }

    header: ToolBar {
        implicitHeight: 64
        background: Rectangle { color: Theme.primary }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.margin
            text: "CarePortal"
            color: Theme.textOnPrimary
            font.pixelSize: Theme.largeFontSize
            font.bold: true
            Accessible.ignored: true
        }
    }

    ColumnLayout {
        width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
        x: (parent.width - width) / 2
        y: Theme.margin
        height: parent.height - 2 * Theme.margin
        spacing: Theme.spacing

        Heading {
            objectName: "chooseOrganisationTitle"
            text: qsTr("Selecteer organisatie")
            color: Theme.primary
            fittedPixelSize: Theme.titleFontSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        StatusBanner {
            objectName: "organisationsRefused"
            visible: page.refused
            text: qsTr("Deze computer is nog niet ingesteld voor een zorgorganisatie. Vraag de "
                       + "beheerder van deze computer om CarePortal in te stellen.")
            isError: true
            Layout.fillWidth: true
        }
        StatusBanner {
            objectName: "directoryError"
            text: page.refused ? "" : page.directory.error
            isError: true
            Layout.fillWidth: true
        }

        // Choosing: the filter and the list.
        ColumnLayout {
            visible: !page.refused && page.pendingRow < 0
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true

            Label {
                text: qsTr("Kies de zorgorganisatie waar u cliënt bent. Daarna logt u in met "
                           + "de gegevens die u van hen hebt gekregen.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FormField {
                id: filterField
                objectName: "organisationFilter"
                label: qsTr("Typ om te filteren op naam of plaats")
                inputHints: Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                onTextChanged: page.directory.filterText = text
                Keys.onDownPressed: page.enterList()
                Keys.onReturnPressed: page.enterList()
                Keys.onEnterPressed: page.enterList()
                Component.onCompleted: filterField.focusInput()
            }
            Label {
                objectName: "organisationCount"
                // The model's count: the view's follows only when it lays out again.
                text: page.directory.count === 1
                      ? qsTr("1 organisatie")
                      : qsTr("%1 organisaties").arg(page.directory.count)
                color: Theme.mutedText
                visible: page.directory.count > 0
            }

            ListView {
                id: list
                objectName: "organisationList"
                model: page.directory
                clip: true
                spacing: 8
                currentIndex: -1
                keyNavigationWraps: false
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 2 * Theme.touchTarget
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Organisaties")
                Keys.onUpPressed: event => {
                    if (list.currentIndex <= 0)
                        filterField.focusInput()
                    else
                        event.accepted = false
                }
                Keys.onEscapePressed: filterField.focusInput()
                ScrollBar.vertical: ScrollBar {}

                delegate: ItemDelegate {
                    id: choice
                    required property int index
                    required property string name
                    required property string place
                    objectName: "organisation_" + index
                    width: list.width
                    implicitHeight: Math.max(Theme.touchTarget + 16, implicitContentHeight + 24)
                    leftPadding: Theme.margin
                    highlighted: ListView.isCurrentItem && list.activeFocus
                    background: Rectangle {
                        color: choice.down ? Theme.background : Theme.surface
                        border.color: choice.highlighted ? Theme.primary : Theme.divider
                        border.width: choice.highlighted ? 3 : 1
                        radius: 6
                    }
                    Accessible.role: Accessible.ListItem
                    Accessible.name: choice.name + ", " + choice.place
                    Accessible.onPressAction: choice.clicked()
                    onClicked: page.propose(choice.index, choice.name, choice.place)
                    Keys.onReturnPressed: page.propose(choice.index, choice.name, choice.place)
                    Keys.onEnterPressed: page.propose(choice.index, choice.name, choice.place)

                    contentItem: ColumnLayout {
                        spacing: 2
                        // "Wijkverpleging" is wider than a row on a phone at 200 %.
                        FittedText {
                            text: choice.name
                            fittedPixelSize: Theme.largeFontSize
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        Label {
                            text: choice.place
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                Label {
                    objectName: "noOrganisationFound"
                    anchors.top: parent.top
                    anchors.topMargin: Theme.margin
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    visible: page.directory.count === 0
                    text: qsTr("Geen organisatie gevonden")
                    color: Theme.mutedText
                    font.pixelSize: Theme.largeFontSize
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }

        // Confirming: the choice once more, in large letters.
        ColumnLayout {
            objectName: "organisationConfirmation"
            visible: !page.refused && page.pendingRow >= 0
            spacing: Theme.spacing
            Layout.fillWidth: true

            Heading {
                text: qsTr("Is dit uw organisatie?")
                font.pixelSize: Theme.largeFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FittedText {
                objectName: "pendingOrganisation"
                text: page.pendingName
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: page.pendingPlace
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("CarePortal onthoudt uw keuze. Hierna logt u in bij deze organisatie.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PrimaryButton {
                id: confirmButton
                objectName: "confirmOrganisation"
                text: qsTr("Ja, dit is mijn organisatie")
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.directory.choose(page.pendingRow)
                Keys.onReturnPressed: confirmButton.clicked()
                Keys.onEnterPressed: confirmButton.clicked()
                Keys.onEscapePressed: page.cancelProposal()
            }
            Button {
                id: otherButton
                objectName: "chooseOtherOrganisation"
                text: qsTr("Nee, een andere organisatie kiezen")
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.cancelProposal()
                Keys.onReturnPressed: otherButton.clicked()
                Keys.onEnterPressed: otherButton.clicked()
                Keys.onEscapePressed: page.cancelProposal()
            }
            Item { Layout.fillHeight: true }
        }

        Button {
            objectName: "chooserLanguageSwitch"
            flat: true
            implicitHeight: Theme.touchTarget
            text: Appearance.language.code === "nl" ? "English" : "Nederlands"
            Layout.alignment: Qt.AlignHCenter
            onClicked: Appearance.language.code = (Appearance.language.code === "nl" ? "en" : "nl")
        }
    }
}
