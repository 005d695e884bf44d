// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal

// Issue 27, item 13: a dialog whose width changes (the window turned, made narrower or
// wider) grows or shrinks around its wrapped text, without a binding loop on its height
// (tst_qml fails a test on any QML warning), and all of its text stays inside it.
Item {
    id: root
    width: 800
    height: 600

    readonly property string longText: "Weet u zeker dat u dit contactdetail wilt verwijderen? "
                                       + "Dit kan niet ongedaan worden gemaakt, ook niet later."

    Item {
        id: holder
        width: root.width
        height: root.height
    }

    Component {
        id: confirmComponent
        ConfirmDialog { title: "Contactdetail verwijderen"; text: root.longText }
    }
    Component { id: queuedComponent; QueuedDialog {} }
    Component { id: logoutComponent; LogoutDialog {} }

    TestCase {
        name: "DialogResize"
        when: windowShown

        // The page the dialog belongs to and the window (the overlay a dialog may be
        // placed on) both take the new width.
        function setWidth(width) {
            holder.width = width
            root.Window.window.width = width
            tryCompare(Overlay.overlay, "width", width, 5000)
        }

        function cleanup() {
            setWidth(root.width)
        }

        function test_resized_data() {
            return [
                { tag: "ConfirmDialog", component: confirmComponent },
                { tag: "QueuedDialog", component: queuedComponent },
                { tag: "LogoutDialog", component: logoutComponent },
            ]
        }
        function test_resized(data) {
            const dialog = createTemporaryObject(data.component, holder)
            verify(dialog)
            // Made narrower and wider before it opens (a page that exists while the window
            // turns), and while it is open.
            for (const width of [300, 1000, 360])
                setWidth(width)
            dialog.open()
            tryCompare(dialog, "opened", true, 5000)
            for (const width of [800, 320, 700, 360]) {
                setWidth(width)
                const body = dialog.contentItem.children[0]
                tryVerify(() => body.implicitHeight > 0
                          && Math.abs(dialog.height - dialog.implicitHeight) < 1
                          && body.implicitHeight <= dialog.availableHeight + 1, 5000,
                          "the text fits at width " + width)
                verify(dialog.width <= width, "as wide as the window at most")
            }
            dialog.close()
        }
    }
}
