// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What a row of items needs on one line: the implicit widths of the visible ones, with
// `spacing` between them. Read from the items themselves, not from a layout's implicit
// width: that is only brought up to date while the page is being laid out, and a binding
// that changes the layout then makes it start over ("polish loop").
.pragma library

function width(items, spacing) {
    let total = 0
    let shown = 0
    for (let i = 0; i < items.length; ++i) {
        if (!items[i].visible)
            continue
        total += items[i].implicitWidth
        ++shown
    }
    return total + Math.max(0, shown - 1) * spacing
}
