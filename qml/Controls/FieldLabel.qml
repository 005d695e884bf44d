// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CarePortal

// The bold caption above a field ("Gebruikersnaam", "Voor wie vraagt u toegang?"). It
// wraps between words, and a single word too wide for a phone at 200 % text is set a
// little smaller instead of broken or running out of the window. Give it
// `Layout.fillWidth: true` in a layout: a caption at its natural width would make the whole
// form as wide as its longest caption.
FittedText {
    fittedPixelSize: Theme.fontSize
    font.bold: true
}
