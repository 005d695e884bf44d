pragma Singleton
import QtQuick
import CarePortal

// Colours and sizes in one place. Sizes are generous on purpose: many users are elderly
// and many screens are touch screens (targets of at least 48 px).
QtObject {
    readonly property color primary: App.primaryColor
    readonly property color accent: App.accentColor
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color background: "#F4F6F7"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1B2227"
    readonly property color mutedText: "#46525C"
    readonly property color divider: "#D5DBDF"
    readonly property color error: "#A50E1F"
    readonly property color errorBackground: "#FDECEE"
    readonly property color success: "#1C6B31"
    readonly property color noticeBackground: "#FFF3D1"
    readonly property color todayBackground: "#E6F2F6"

    readonly property int fontSize: 18
    readonly property int smallFontSize: 16
    readonly property int largeFontSize: 22
    readonly property int titleFontSize: 28
    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int touchTarget: 48
    readonly property int radius: 8
    readonly property int formWidth: 460
    // About 70 characters a line at the body size: long text stays easy to follow.
    readonly property int readingWidth: 680
}
