// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Wie heeft mijn gegevens ingezien": the organisation's log (NEN 7513) of every time the
// client's data was read or changed — when, what, which part, by whom and from where —
// newest first, for a chosen period. The client's right to see it, in plain words.
Page {
    id: page

    readonly property AccessLogModel log: Client.accessLog

    background: Rectangle { color: Theme.background }
    Component.onCompleted: log.reload()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Hier ziet u wie uw gegevens heeft ingezien of gewijzigd, wanneer en vanaf welk apparaat.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        // The caption above the choice, as in the forms: beside it, the choice had 125 px
        // on a phone at 200 % and "Afgelopen 30 dagen" was cut off.
        FieldLabel { text: qsTr("Periode"); Layout.fillWidth: true }
        WrappingComboBox {
            id: period
            objectName: "periodBox"
            textRole: "label"
            valueRole: "days"
            font.pixelSize: Theme.fontSize
            Layout.fillWidth: true
            Layout.maximumWidth: Math.round(320 * Theme.textScale)
            Accessible.name: qsTr("Periode")
            model: [
                { label: qsTr("Afgelopen 7 dagen"), days: 7 },
                { label: qsTr("Afgelopen 30 dagen"), days: 30 },
                { label: qsTr("Afgelopen 3 maanden"), days: 91 },
                { label: qsTr("Afgelopen jaar"), days: 365 }
            ]
            Component.onCompleted: currentIndex = indexOfValue(page.log.periodDays)
            onActivated: page.log.periodDays = currentValue
        }

        ListView {
            id: list
            objectName: "accessLogList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 1
            model: page.log
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property string timeText
                required property string eventText
                required property string objectText
                required property string user
                required property string roleText
                required property string device
                required property string address

                width: ListView.view.width
                implicitHeight: implicitContentHeight + 2 * Theme.spacing
                background: Rectangle { color: Theme.surface }
                Accessible.name: qsTr("%1: %2 door %3 (%4), %5").arg(timeText).arg(objectText + " " + eventText.toLowerCase())
                                     .arg(user).arg(roleText).arg(device + " " + address)

                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: qsTr("%1 — %2 %3").arg(row.timeText).arg(row.objectText).arg(row.eventText.toLowerCase())
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                    }
                    Label {
                        text: qsTr("Door %1 (%2)").arg(row.user).arg(row.roleText)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                    }
                    Label {
                        text: qsTr("Vanaf %1, adres %2").arg(row.device.length > 0 ? row.device : qsTr("onbekend apparaat")).arg(row.address)
                        textFormat: Text.PlainText
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                    }
                }
            }

            ListState {
                anchors.fill: parent
                model: page.log
                count: list.count
                emptyText: qsTr("In deze periode heeft niemand uw gegevens ingezien.")
            }
        }

        Button {
            objectName: "moreLogButton"
            visible: page.log.hasMore
            enabled: !page.log.loadingMore
            text: page.log.loadingMore ? qsTr("Bezig…") : qsTr("Laad meer")
            font.pixelSize: Theme.fontSize
            implicitHeight: Theme.touchTarget
            Layout.alignment: Qt.AlignHCenter
            onClicked: page.log.loadMore()
        }
    }
}
