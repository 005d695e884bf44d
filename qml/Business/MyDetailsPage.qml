// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// Being built (issue 19).
Page {
    background: Rectangle { color: Theme.background }
    Label { text: "MyDetailsPage"; anchors.centerIn: parent }
}
