// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// What is special about a visit, as small labels under its carer, in the row and in the
// detail alike: "Gewijzigd" (new, moved or another carer since the planning was last
// fetched) and "Afwezigheid gemeld" (the client reported an absence that covers it; staff
// have not processed it yet). A new mark is one more label here, with its own property.
Flow {
    id: marks

    property bool changed: false
    property bool absenceReported: false

    // No mark shown: no height, so the row keeps its compact size.
    spacing: Theme.spacing / 2

    Label {
        objectName: "changedMark"
        visible: marks.changed
        text: qsTr("Gewijzigd")
        font.bold: true
        font.pixelSize: Theme.smallFontSize
        color: Theme.text
        leftPadding: 6
        rightPadding: 6
        background: Rectangle { color: Theme.noticeBackground; border.color: Theme.accent; radius: 3 }
    }
    // Two words: on a phone at 200 % they go on two lines, or get a little smaller, rather
    // than run out of the row or break a word (FittedText).
    Rectangle {
        objectName: "absenceMark"
        visible: marks.absenceReported
        width: Math.min(Math.ceil(oneLine.advanceWidth) + absenceText.leftPadding + absenceText.rightPadding,
                        marks.width)
        height: absenceText.implicitHeight
        color: Theme.surface
        border.color: Theme.primary
        radius: 3
        FittedText {
            id: absenceText
            width: parent.width
            leftPadding: 6
            rightPadding: 6
            text: qsTr("Afwezigheid gemeld")
            fittedPixelSize: Theme.smallFontSize
            font.bold: true
        }
        TextMetrics {
            id: oneLine
            font.family: absenceText.font.family
            font.bold: true
            font.pixelSize: Theme.smallFontSize
            text: absenceText.text
        }
    }
}
