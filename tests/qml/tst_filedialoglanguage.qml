// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtTest
import CarePortal

// Where the platform has no file dialog of its own (a kiosk, this offscreen test), Qt
// Quick Dialogs draws one; in Dutch its labels and buttons are Dutch too, not "File name"
// and "Filter" beside Dutch text.
Item {
    id: root
    width: 1024
    height: 720

    // Made once the window exists: a dialog finds its window when it is completed.
    Component {
        id: dialogComponent
        FileDialog {
            fileMode: FileDialog.SaveFile
            nameFilters: ["PDF (*.pdf)"]
        }
    }

    TestCase {
        name: "FileDialogLanguage"
        when: windowShown

        // Every item of the window (the dialog lives in its overlay), depth first.
        function allItems() {
            const found = []
            const walk = item => {
                found.push(item)
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(root.Window.contentItem)
            return found
        }

        function shownTexts() {
            return allItems().filter(item => item.visible && typeof item.text === "string"
                                     && item.text.length > 0).map(item => item.text)
        }

        function textsOfOpenDialog(code) {
            App.language.code = code
            const dialog = createTemporaryObject(dialogComponent, root)
            dialog.open()
            tryVerify(() => shownTexts().indexOf("Filter") >= 0
                      || shownTexts().indexOf("Bestandstype") >= 0, 5000, "the dialog opened")
            const texts = shownTexts()
            dialog.close()
            return texts
        }

        function cleanup() {
            App.language.code = "nl"
        }

        function test_dutch() {
            const texts = textsOfOpenDialog("nl")
            verify(texts.indexOf("Bestandstype") >= 0, texts.join(" | "))
            verify(texts.indexOf("Filter") < 0, texts.join(" | "))
            verify(texts.indexOf("Annuleren") >= 0, "qtbase's Dutch button texts: " + texts.join(" | "))
        }

        function test_english() {
            const texts = textsOfOpenDialog("en")
            verify(texts.indexOf("Filter") >= 0, texts.join(" | "))
            verify(texts.indexOf("Cancel") >= 0, texts.join(" | "))
        }
    }
}
