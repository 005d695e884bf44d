// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A month calendar to pick one day, with large day buttons; today is ringed, days before
// `minimumDate` can not be chosen. `picked(date)` fires on a tap, or on Enter for the day
// shown as chosen (or the day that has the keyboard focus); Annuleren and Escape close
// without a choice.
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
    focus: true
    padding: Theme.spacing
    anchors.centerIn: Overlay.overlay
    // Wider with larger text, never wider or higher than the window (then it scrolls).
    width: Math.min(Math.round(440 * Theme.textScale), (parent ? parent.width : 440) - 2 * Theme.spacing)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 2 * Theme.spacing)

    header: Heading {
        text: dialog.title
        fittedPixelSize: Theme.fontSize
        font.bold: true
        padding: dialog.padding
        bottomPadding: 0
        wrapMode: Text.Wrap
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
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
                // "december 2026" between the arrows: smaller rather than cut off.
                FittedText {
                    objectName: "pickerMonth"
                    text: grid.title
                    fittedPixelSize: Theme.fontSize
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    Layout.fillWidth: true
                    Layout.fillHeight: true
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
                // qmllint disable unqualified
                delegate: Text {
                    required property var model
                    text: model.shortName
                    font.bold: true
                    // "wo" in a phone's seventh of the width at 200 %: smaller, not on its
                    // neighbour (one size for all seven).
                    font.pixelSize: Math.min(Theme.fontSize, Math.max(10, Math.floor(width / 1.7)))
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    Accessible.name: model.longName
                }
                // qmllint enable unqualified
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
                    // Two figures in a seventh of a phone at 200 %: smaller there, never "…".
                    font.pixelSize: Math.min(dialog.font.pixelSize, Math.max(12, Math.floor(width / 1.4)))
                    leftPadding: 0
                    rightPadding: 0
                    implicitHeight: Math.max(48, Math.round(1.8 * font.pixelSize))
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
    DialogKeys {
        dialog: dialog
        enabled: !dialog.beforeMinimum(dialog.selectedDate)
        onAccepted: {
            dialog.picked(dialog.selectedDate)
            dialog.close()
        }
    }
}
