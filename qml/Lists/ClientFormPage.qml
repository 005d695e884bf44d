// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls

// The form that adds or changes an item of a client's list, as ClientListStack shows it:
// what the stack needs of a form. The form says when it is done (saved, kept or cancelled).
Page {
    signal done()
}
