// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma Singleton
import QtQuick
import CarePortal

// Colours and sizes in one place. Sizes are generous on purpose: many users are elderly
// and many screens are touch screens (targets of at least 48 px). The reader's text size
// (100-200 %) scales text, the controls around it and reading widths; "Hoog contrast"
// swaps the colours (Appearance.display).
QtObject {
    readonly property bool highContrast: Appearance.display.highContrast
    readonly property real textScale: Appearance.display.textScale
    readonly property ThemeColours standardColours: ThemeColours {}
    readonly property HighContrastColours highContrastColours: HighContrastColours {}
    readonly property ThemeColours colours: highContrast ? highContrastColours : standardColours

    readonly property color primary: highContrast ? highContrastColours.primary : Appearance.primaryColor
    readonly property color accent: highContrast ? highContrastColours.accent : Appearance.accentColor
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color background: colours.background
    readonly property color surface: colours.surface
    readonly property color text: colours.text
    readonly property color mutedText: colours.mutedText
    readonly property color divider: colours.divider
    readonly property color error: colours.error
    readonly property color errorBackground: colours.errorBackground
    readonly property color success: colours.success
    readonly property color successBackground: colours.successBackground
    readonly property color noticeBackground: colours.noticeBackground
    readonly property color todayBackground: colours.todayBackground
    // Lines around cards and fields: thicker in high contrast.
    readonly property int borderWidth: highContrast ? 2 : 1

    readonly property int fontSize: Math.round(18 * textScale)
    readonly property int smallFontSize: Math.round(16 * textScale)
    readonly property int largeFontSize: Math.round(22 * textScale)
    readonly property int titleFontSize: Math.round(28 * textScale)
    readonly property int spacing: 12
    readonly property int margin: 24
    // At least a finger; larger text gets taller controls so nothing is cut off.
    readonly property int touchTarget: Math.max(48, Math.round(fontSize * 2.4))
    readonly property int radius: 8
    readonly property int formWidth: Math.round(460 * textScale)
    // About 70 characters a line at the body size: long text stays easy to follow.
    readonly property int readingWidth: Math.round(680 * textScale)
}
