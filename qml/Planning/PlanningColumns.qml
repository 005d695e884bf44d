// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CarePortal

// The planning's columns with the same widths in the header and in every row, so they
// line up at any window size; the time column holds start and end ("09:00 – 10:30").
// Narrow (a phone-sized tablet window, 360 px) the kind of help moves under the time, and
// the widths go to the date, the time and the carer's name.
Row {
    readonly property bool compact: width < 560
    readonly property real dateWidth: width * (compact ? 0.36 : 0.3)
    // Wide enough for "09:00 – 10:30" on one line where the row allows it.
    readonly property real timeWidth: compact ? width * 0.34
                                              : Math.min(width * 0.3, Math.max(width * 0.2, timeText.advanceWidth + 2 * Theme.spacing))
    readonly property real helpTypeWidth: compact ? 0 : width * 0.18
    readonly property real carerWidth: width - dateWidth - timeWidth - helpTypeWidth

    spacing: 0

    TextMetrics {
        id: timeText
        font.pixelSize: Theme.fontSize
        text: "00:00 \u2013 00:00"
    }
}
