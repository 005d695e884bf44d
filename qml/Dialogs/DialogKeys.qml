// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Templates as T

// Enter in a dialog does its main action, as in every desktop dialog: `accepted()` while
// the dialog is open, wherever the keyboard focus is. A button that has the focus takes
// Enter for itself (Enter on "Nee" means no), and so does a choice list that is open.
// Escape cancels through the dialog's own closePolicy (Popup.CloseOnEscape rejects a
// Dialog). A QtObject, not an Item, so that the dialog keeps sizing itself to its one item.
//
//     DialogKeys { dialog: dialog; onAccepted: dialog.accept() }
QtObject {
    id: keys

    required property T.Popup dialog
    /// False while the main action cannot be done (Opslaan greyed out): Enter does nothing.
    property bool enabled: true
    signal accepted()

    readonly property Item focusItem: dialog.contentItem ? dialog.contentItem.Window.activeFocusItem : null
    readonly property bool choosing: focusItem instanceof T.ComboBox && (focusItem as T.ComboBox).popup.visible

    function inDialog(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === keys.dialog.contentItem.parent)
                return true
        }
        return false
    }

    readonly property Shortcut enter: Shortcut {
        sequences: ["Return", "Enter"]
        enabled: keys.dialog.opened && !keys.choosing
        onActivated: {
            const focused = keys.focusItem
            if (focused instanceof T.AbstractButton && !(focused as T.AbstractButton).checkable
                    && keys.inDialog(focused)) {
                (focused as T.AbstractButton).clicked()
                return
            }
            if (keys.enabled)
                keys.accepted()
        }
    }
}
