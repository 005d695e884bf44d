// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import CarePortal

// The on-screen keyboard of tablets and kiosks, in the app's language: the Dutch layout
// first, English beside it (its globe key switches). Loaded only when the on-screen keyboard
// is the input method, so a desktop never pays for it.
InputPanel {
    id: panel
    objectName: "keyboardPanel"

    // What the keyboard takes from the bottom of the window while it is shown.
    readonly property real takenHeight: active ? height : 0

    // No word prediction: it would learn what people type (names, e-mail addresses) into a
    // user dictionary on disk, and a kiosk must leave nothing behind.
    Component.onCompleted: {
        VirtualKeyboardSettings.defaultDictionaryDisabled = true
        followLanguage()
    }

    function followLanguage() {
        VirtualKeyboardSettings.activeLocales = ["nl_NL", "en_GB"]
        VirtualKeyboardSettings.locale = App.language.code === "en" ? "en_GB" : "nl_NL"
    }

    Connections {
        target: App.language
        function onCodeChanged() { panel.followLanguage() }
    }
}
