// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// One visit as the portals list it: date and weekday, start time, kind of help, carer;
// where the page allows it, with "In agenda zetten" (this visit as an .ics file).
ItemDelegate {
    id: row

    required property int index
    required property string dateText
    required property string weekday
    required property string startTime
    required property string endTime
    required property string helpType
    required property string carerName
    required property bool isToday
    required property bool isPast
    required property bool changed
    required property string accessibleText

    // "In agenda zetten": shown when canExport, beside the columns in actionWidth, or under
    // them when actionWidth is 0 (narrow windows).
    property bool canExport: false
    property real actionWidth: 0
    readonly property bool actionBelow: canExport && actionWidth <= 0
    // Too narrow for columns (a phone at large text): each part of the visit on lines of
    // its own, the full width of the row.
    readonly property bool stacked: availableWidth < Math.round(280 * Theme.textScale)
    readonly property real cellsHeight: Math.max(Theme.touchTarget + 28,
                                                 (stacked ? lines.implicitHeight : columns.implicitHeight) + 16)
    signal exportRequested(int visitRow)

    // Wraps rather than cuts off (narrow windows, large text): the row grows with it.
    implicitHeight: cellsHeight + (actionBelow ? exportButton.height + Theme.spacing : 0)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Accessible.name: accessibleText
    background: Rectangle {
        color: row.isToday ? Theme.todayBackground : (row.index % 2 ? Theme.background : Theme.surface)
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    // The columns are a plain child rather than the (deferred) contentItem, so they can
    // have an id that the cells use for their widths.
    contentItem: Item {}
    PlanningColumns {
        id: columns
        visible: !row.stacked
        x: row.leftPadding
        width: row.availableWidth - (row.canExport ? row.actionWidth : 0)
        height: row.cellsHeight
        opacity: row.isPast ? 0.7 : 1.0

        Column {
            width: columns.dateWidth
            anchors.verticalCenter: parent.verticalCenter
            Label { text: row.dateText; font.bold: true; width: parent.width; wrapMode: Text.Wrap }
            Label {
                text: row.weekday
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                width: parent.width
                elide: Text.ElideRight
            }
        }
        Column {
            width: columns.timeWidth
            anchors.verticalCenter: parent.verticalCenter
            Label { text: row.startTime; width: parent.width; elide: Text.ElideRight }
            Label {
                visible: columns.compact
                text: row.helpType
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                width: parent.width
                elide: Text.ElideRight
            }
        }
        Label {
            visible: !columns.compact
            width: columns.helpTypeWidth
            anchors.verticalCenter: parent.verticalCenter
            text: row.helpType
            elide: Text.ElideRight
        }
        Column {
            width: columns.carerWidth
            anchors.verticalCenter: parent.verticalCenter
            Label { text: row.carerName; width: parent.width; wrapMode: Text.Wrap }
            // Changed since the planning was last fetched: new, moved or another carer.
            Label {
                objectName: "changedMark"
                visible: row.changed
                text: qsTr("Gewijzigd")
                font.bold: true
                font.pixelSize: Theme.smallFontSize
                color: Theme.text
                leftPadding: 6
                rightPadding: 6
                background: Rectangle { color: Theme.noticeBackground; border.color: Theme.accent; radius: 3 }
            }
        }
    }

    Column {
        id: lines
        visible: row.stacked
        x: row.leftPadding
        y: 8
        width: row.availableWidth
        opacity: row.isPast ? 0.7 : 1.0
        Label {
            text: qsTr("%1 %2").arg(row.weekday).arg(row.dateText)
            font.bold: true
            width: parent.width
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("%1 uur, %2").arg(row.startTime).arg(row.helpType)
            width: parent.width
            wrapMode: Text.Wrap
        }
        Label { text: row.carerName; width: parent.width; wrapMode: Text.Wrap }
        Label {
            objectName: "changedMarkStacked"
            visible: row.changed
            text: qsTr("Gewijzigd")
            font.bold: true
            font.pixelSize: Theme.smallFontSize
            color: Theme.text
            leftPadding: 6
            rightPadding: 6
            background: Rectangle { color: Theme.noticeBackground; border.color: Theme.accent; radius: 3 }
        }
    }

    WrappingButton {
        id: exportButton
        objectName: "exportVisitButton"
        visible: row.canExport
        text: qsTr("In agenda zetten")
        x: row.actionBelow ? row.leftPadding : row.width - row.rightPadding - width
        y: row.actionBelow ? row.cellsHeight : (row.cellsHeight - height) / 2
        width: row.actionBelow ? Math.min(implicitWidth, row.availableWidth) : row.actionWidth - Theme.spacing
        Accessible.name: qsTr("In agenda zetten: %1").arg(row.accessibleText)
        onClicked: row.exportRequested(row.index)
    }
}
