// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick

// One line of the page table (PageTable.qml): a page the shell can show after login, whether
// and where the menu offers it, and who may see it.
QtObject {
    // Navigation.show(name); the menu entry's objectName is "menu_" + name.
    required property string name
    // The page header and the menu entry say it.
    required property string title
    required property Component page
    // Where the menu lists the page: "main" among the portal's pages, "more" below them with
    // the settings, "" nowhere (reached from another page).
    property string menu: "main"
    // The organisation's feature (Organisation.features) the page needs; "" for always.
    property string feature: ""
    // The part of the client's portal the page shows (ClientLink.rights of getMe: "planning",
    // "dossier", …); "" for pages of the account itself. An authorised contact person sees
    // only the parts the organisation opened to them.
    property string part: ""
    // The kinds of account that see the page (PageTable.accountKind).
    property var accountKinds: ["client"]
}
