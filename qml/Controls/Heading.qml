// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CarePortal

// A heading a screen reader announces as one (and lets its user jump between). A Text, not
// a Label: in Qt 6.4 a Label sets its own accessible role (static text) when accessibility
// switches on, over any role given here. Give a title `fittedPixelSize` (see FittedText):
// "Cliëntdossier" and "Accountbeveiliging" broke in the page header on a phone at 200 %.
FittedText {
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
