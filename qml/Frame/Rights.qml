// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma Singleton
import QtQuick

// Whether a list of names (App.session.rights, Organisation.features) holds one. Pages
// ask it which parts of the client's portal the account may use. A loop rather than
// indexOf: qmllint of Qt 6.4 knows no methods on a QStringList property. A binding that
// calls this with the list read in it follows a new list (a new login, a switch of client).
QtObject {
    function holds(list: list<string>, value: string): bool {
        for (let i = 0; i < list.length; ++i) {
            if (list[i] === value)
                return true
        }
        return false
    }
}
