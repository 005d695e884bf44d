// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick

// The standard colours (the organisation's own colour comes from Appearance.primaryColor). Every
// text colour here passes WCAG 2.2 AA on every background it is used on: app_colourcontrast
// reads this file and checks each pairing.
QtObject {
    property color background: "#F4F6F7"
    property color surface: "#FFFFFF"
    property color text: "#1B2227"
    property color mutedText: "#46525C"
    property color divider: "#D5DBDF"
    property color error: "#A50E1F"
    property color errorBackground: "#FDECEE"
    property color success: "#1C6B31"
    property color successBackground: "#E4F2E7"
    property color noticeBackground: "#FFF3D1"
    property color todayBackground: "#E6F2F6"
}
