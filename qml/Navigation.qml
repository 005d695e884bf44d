// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma Singleton
import QtQuick

// Which page the shell shows. Pages and the menu ask for a page here instead of reaching
// into the window, so each screen stays self-contained.
QtObject {
    property string currentPage: "home"
    // After login: a page of the page table (Frame/PageTable.qml), by its name.
    // Before login: "login", "forgotPassword", "register", "privacy" or "about".
    property string loginPage: "login"

    // The dialog any screen can ask for (the shell owns it): "Weergave".
    signal displaySettingsRequested()

    function show(page) {
        currentPage = page
    }
}
