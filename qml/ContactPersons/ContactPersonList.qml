pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The contact persons with name, phone and type; the primary one marked.
Page {
    id: page

    readonly property ContactPersonsModel persons: Client.contactPersons
    signal openRequested(string id)
    signal addRequested()
    signal editRequested(string id)

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        IntroBar {
            Layout.fillWidth: true
            text: qsTr("Kies een contactpersoon om de gegevens te zien of te wijzigen.")
            Button {
                objectName: "addPersonButton"
                // The portal shows a person icon; a word is clearer and needs no icon font.
                text: "+ " + qsTr("Toevoegen")
                // Set here, not inherited: the row must size the button for this font at once.
                font.pixelSize: Theme.fontSize
                implicitHeight: Theme.touchTarget
                enabled: page.persons.status === ClientListModel.Ready
                Accessible.name: qsTr("Contactpersoon toevoegen")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: page.addRequested()
            }
        }

        ListFreshness {
            model: page.persons
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "contactPersonsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 1
            model: page.persons
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property string personId
                required property string name
                required property string phone1
                required property string typeLabel
                required property bool primary
                required property bool pending
                required property bool refused
                required property bool conflict
                required property bool pendingDelete
                required property bool correctable
                required property string pendingText
                required property double entryId

                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget + 16, implicitContentHeight + topPadding + bottomPadding)
                background: Rectangle {
                    color: row.down ? Theme.todayBackground : (row.pending ? Theme.noticeBackground : Theme.surface)
                    border.color: row.refused ? Theme.error : "transparent"
                    border.width: row.refused ? 3 : 0
                }
                Accessible.name: name + ", " + typeLabel + ", " + phone1
                                 + (primary ? ", " + qsTr("primair contactpersoon") : "")
                                 + (pending ? ", " + pendingText : "")
                onClicked: page.openRequested(personId)

                contentItem: ColumnLayout {
                  spacing: Theme.spacing / 2
                  RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0 // wrap, never push the row wider
                        spacing: 2
                        Label {
                            text: row.name
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.phone1 + "  ·  " + row.typeLabel
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
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
                  PendingChange {
                    model: page.persons
                    pending: row.pending
                    refused: row.refused
                    conflict: row.conflict
                    pendingDelete: row.pendingDelete
                    correctable: row.correctable
                    pendingText: row.pendingText
                    entryId: row.entryId
                    Layout.fillWidth: true
                    onCorrectRequested: page.editRequested(row.personId)
                  }
                }
            }

            ListState {
                anchors.fill: parent
                model: page.persons
                count: list.count
                emptyText: qsTr("Er zijn nog geen contactpersonen. Voeg er een toe met de knop rechtsboven.")
            }
        }
    }
}
