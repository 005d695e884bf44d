// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// One visit as the portals list it, on one compact row: date and weekday, start and end
// time, kind of help, carer, and the marks under the carer ("Gewijzigd"). A tap, a click,
// Enter or Space opens the visit's detail (clicked), where "In agenda zetten" is; the "›"
// at the end says so.
ItemDelegate {
    id: row

    required property int index
    required property string visitId
    required property string dateText
    required property string weekday
    required property string startTime
    required property string endTime
    required property string helpType
    required property string carerName
    required property bool isToday
    required property bool isPast
    required property bool changed
    required property bool absenceReported
    required property string accessibleText

    // The room for the "›" at the end of the row; the column titles leave the same.
    property real openMarkWidth: Math.round(28 * Theme.textScale)
    // Too narrow for columns (a phone at large text): each part of the visit on lines of
    // its own, the full width of the row.
    readonly property bool stacked: availableWidth - openMarkWidth < Math.round(280 * Theme.textScale)
    readonly property string timeText: qsTr("%1 – %2").arg(startTime).arg(endTime)

    // Wraps rather than cuts off (narrow windows, large text): the row grows with it.
    implicitHeight: Math.max(Theme.touchTarget,
                             (stacked ? lines.implicitHeight : columns.implicitHeight) + topPadding + bottomPadding)
    topPadding: 6
    bottomPadding: 6
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.name: accessibleText
    Accessible.description: qsTr("Opent de details van dit bezoek")

    Keys.onReturnPressed: row.clicked()
    Keys.onEnterPressed: row.clicked()
    // Tab to a row below the fold: it comes into view.
    onActiveFocusChanged: {
        if (activeFocus && ListView.view)
            ListView.view.positionViewAtIndex(index, ListView.Contain)
    }

    background: Rectangle {
        color: row.down ? Theme.todayBackground
             : row.isToday ? Theme.todayBackground : (row.index % 2 ? Theme.background : Theme.surface)
        border.color: Theme.primary
        border.width: row.visualFocus ? 3 : 0
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
        y: row.topPadding
        width: row.availableWidth - row.openMarkWidth
        height: row.availableHeight
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
            Label { objectName: "visitTime"; text: row.timeText; width: parent.width; wrapMode: Text.Wrap }
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
            VisitMarks { changed: row.changed; absenceReported: row.absenceReported; width: parent.width }
        }
    }

    Column {
        id: lines
        visible: row.stacked
        x: row.leftPadding
        y: row.topPadding
        width: row.availableWidth - row.openMarkWidth
        opacity: row.isPast ? 0.7 : 1.0
        Label {
            text: qsTr("%1 %2").arg(row.weekday).arg(row.dateText)
            font.bold: true
            width: parent.width
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "visitTimeStacked"
            text: qsTr("%1 uur, %2").arg(row.timeText).arg(row.helpType)
            width: parent.width
            wrapMode: Text.Wrap
        }
        Label { text: row.carerName; width: parent.width; wrapMode: Text.Wrap }
        VisitMarks { changed: row.changed; absenceReported: row.absenceReported; width: parent.width }
    }

    // Opens the detail: the row says where a tap leads.
    Label {
        objectName: "openMark"
        text: "\u203A"
        font.pixelSize: Theme.titleFontSize
        color: Theme.mutedText
        x: row.width - row.rightPadding - width
        width: row.openMarkWidth
        height: row.height
        horizontalAlignment: Text.AlignRight
        verticalAlignment: Text.AlignVCenter
        Accessible.ignored: true
    }
}
