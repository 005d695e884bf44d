import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The planning per month, with arrows for the previous and next month and "Vandaag".
// Shown from the cache at once; refreshed from the server; offline it says so.
Page {
    id: page

    readonly property PlanningModel planning: App.planning

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // Month navigation and actions; on a narrow window the actions wrap to a second line.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Row {
                spacing: Theme.spacing
                Button {
                    objectName: "previousMonthButton"
                    text: "\u2039"
                    font.pixelSize: Theme.titleFontSize
                    width: Theme.touchTarget
                    height: Theme.touchTarget
                    Accessible.name: qsTr("Vorige maand")
                    onClicked: page.planning.previousMonth()
                }
                Heading {
                    objectName: "monthTitle"
                    text: page.planning.monthTitle
                    font.pixelSize: Theme.largeFontSize
                    font.bold: true
                    width: 130
                    height: Theme.touchTarget
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                Button {
                    objectName: "nextMonthButton"
                    text: "\u203A"
                    font.pixelSize: Theme.titleFontSize
                    width: Theme.touchTarget
                    height: Theme.touchTarget
                    Accessible.name: qsTr("Volgende maand")
                    onClicked: page.planning.nextMonth()
                }
            }
            Row {
                spacing: Theme.spacing
                Button {
                    objectName: "todayButton"
                    text: qsTr("Vandaag")
                    height: Theme.touchTarget
                    onClicked: page.planning.goToToday()
                }
                Button {
                    objectName: "refreshButton"
                    text: qsTr("Vernieuwen")
                    enabled: !page.planning.loading
                    height: Theme.touchTarget
                    onClicked: page.planning.refresh()
                }
                BusyIndicator {
                    running: page.planning.loading
                    width: Theme.touchTarget
                    height: Theme.touchTarget
                }
            }
        }

        StatusBanner {
            objectName: "offlineBanner"
            text: page.planning.offline && page.planning.hasData
                  ? qsTr("Offline — bijgewerkt op %1").arg(page.planning.lastUpdatedText) : ""
            Layout.fillWidth: true
        }
        StatusBanner {
            objectName: "planningError"
            text: page.planning.errorMessage
            isError: true
            actionText: qsTr("Opnieuw proberen")
            onActionTriggered: page.planning.refresh()
            Layout.fillWidth: true
        }

        PlanningColumns {
            id: header
            visible: list.count > 0
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Label { text: qsTr("Datum"); font.bold: true; width: header.dateWidth; wrapMode: Text.Wrap }
            Label { text: qsTr("Tijdstip"); font.bold: true; width: header.timeWidth; wrapMode: Text.Wrap }
            Label {
                text: qsTr("Soort hulp")
                font.bold: true
                visible: !header.compact
                width: header.helpTypeWidth
                elide: Text.ElideRight
            }
            Label { text: qsTr("Naam"); font.bold: true; width: header.carerWidth; wrapMode: Text.Wrap }
        }

        ListView {
            id: list
            objectName: "planningList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.planning
            delegate: AppointmentDelegate { width: ListView.view.width }
            ScrollBar.vertical: ScrollBar {}

            Label {
                objectName: "emptyLabel"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0 && !page.planning.loading && page.planning.errorMessage.length === 0
                text: page.planning.hasData ? qsTr("Er zijn in deze maand geen bezoeken gepland.")
                                            : qsTr("Deze maand is nog niet opgehaald.")
                color: Theme.mutedText
            }
        }

        Label {
            visible: page.planning.hasData && !page.planning.offline
            text: qsTr("Bijgewerkt op %1").arg(page.planning.lastUpdatedText)
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }
    }
}
