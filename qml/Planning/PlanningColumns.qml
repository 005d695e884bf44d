// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick

// The planning's columns with the same widths in the header and in every row, so they
// line up at any window size. Narrow (a phone-sized tablet window, 360 px) the kind of
// help moves under the time, and the widths go to the date and the carer's name.
Row {
    readonly property bool compact: width < 560
    readonly property real dateWidth: width * (compact ? 0.38 : 0.34)
    readonly property real timeWidth: width * (compact ? 0.3 : 0.18)
    readonly property real helpTypeWidth: compact ? 0 : width * 0.2
    readonly property real carerWidth: width - dateWidth - timeWidth - helpTypeWidth

    spacing: 0
}
