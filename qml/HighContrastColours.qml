// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick

// "Hoog contrast": black on white, black lines, no pale greys, and one dark blue for the
// organisation's colour and focus so that buttons and the header stand out (AAA where text).
ThemeColours {
    readonly property color primary: "#00247D"
    readonly property color accent: "#000000"

    background: "#FFFFFF"
    surface: "#FFFFFF"
    text: "#000000"
    mutedText: "#000000"
    divider: "#000000"
    error: "#8A0000"
    errorBackground: "#FFFFFF"
    success: "#004D1A"
    successBackground: "#FFFFFF"
    noticeBackground: "#FFF8C4"
    todayBackground: "#FFF8C4"
}
