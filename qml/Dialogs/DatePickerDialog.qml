// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A month calendar to pick one day, with large day buttons; today is ringed, days before
// `minimumDate` can not be chosen. `picked(date)` fires on a tap; Annuleren closes without
// a choice.
// Not a bound component (no `pragma ComponentBehavior: Bound`): Qt 6.4's MonthGrid sets a
// context property on each day, which a bound delegate's context refuses with a warning
// per day. The day delegate therefore reaches `dialog` and `grid` through its context.
Dialog {
    id: dialog

    property date selectedDate: new Date()
    property date minimumDate: new Date(1900, 0, 1)
    property int shownYear: selectedDate.getFullYear()
    property int shownMonth: selectedDate.getMonth()
    signal picked(date day)

    function openAt(day) {
        selectedDate = day
        shownYear = day.getFullYear()
        shownMonth = day.getMonth()
        open()
    }

    function stepMonth(delta) {
        const first = new Date(shownYear, shownMonth + delta, 1)
        shownYear = first.getFullYear()
        shownMonth = first.getMonth()
    }

    function beforeMinimum(day) {
        const min = new Date(minimumDate.getFullYear(), minimumDate.getMonth(), minimumDate.getDate())
        return day < min
    }

    title: qsTr("Kies een datum")
    modal: true
    padding: Theme.spacing
    anchors.centerIn: Overlay.overlay
    width: Math.min(440, (parent ? parent.width : 440) - 2 * Theme.spacing)

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: "\u2039"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Vorige maand")
                onClicked: dialog.stepMonth(-1)
            }
            Label {
                objectName: "pickerMonth"
                text: grid.title
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Button {
                objectName: "pickerNextMonth"
                text: "\u203A"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Volgende maand")
                onClicked: dialog.stepMonth(1)
            }
        }
        // Both follow the app's language through the default locale (LanguageSettings).
        DayOfWeekRow {
            Layout.fillWidth: true
        }
        MonthGrid {
            id: grid
            objectName: "pickerGrid"
            year: dialog.shownYear
            month: dialog.shownMonth
            Layout.fillWidth: true
            // qmllint disable unqualified
            delegate: Button {
                id: day
                required property var model
                readonly property bool blocked: dialog.beforeMinimum(model.date)
                // Today has a ring and bold figures, in every month it shows up in.
                readonly property bool isToday: model.today
                text: model.day
                enabled: model.month === grid.month && !blocked
                flat: !(model.date.getTime() === dialog.selectedDate.getTime())
                highlighted: !flat
                font.bold: isToday
                implicitHeight: Theme.touchTarget
                Accessible.name: isToday ? qsTr("%1, vandaag").arg(model.date.toLocaleDateString(Qt.locale(), Locale.LongFormat))
                                         : model.date.toLocaleDateString(Qt.locale(), Locale.LongFormat)
                Rectangle {
                    objectName: "todayMark"
                    visible: day.isToday
                    anchors.centerIn: parent
                    width: Math.min(parent.width, parent.height) - 4
                    height: width
                    radius: width / 2
                    color: "transparent"
                    border.color: Theme.primary
                    border.width: 3
                }
                onClicked: {
                    dialog.selectedDate = model.date
                    dialog.picked(model.date)
                    dialog.close()
                }
            }
            // qmllint enable unqualified
        }
    }
    footer: Item {
        implicitHeight: cancel.implicitHeight + 2 * Theme.spacing
        Button {
            id: cancel
            text: qsTr("Annuleren")
            implicitHeight: Theme.touchTarget
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            onClicked: dialog.close()
        }
    }
}
