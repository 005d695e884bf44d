// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls

// One item of a client's list, as ClientListStack shows it: what the stack needs of a
// detail page. The page itself says when to go back, to the form, or that its item is gone.
Page {
    signal backRequested()
    signal editRequested()
    signal removed()
}
