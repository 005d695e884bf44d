// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest

// Issue 27, item 13: tst_qml fails a test on any QML warning (see qmlwarningguard.h), but
// a test that expects one says so with ignoreWarning() and passes.
Item {
    id: root

    Component {
        id: brokenComponent
        Item { width: root.noSuchProperty.width }
    }

    TestCase {
        name: "WarningGuard"

        function test_anExpectedWarningIsNoFailure() {
            ignoreWarning(new RegExp("tst_warningguard\\.qml:\\d+:\\d+: "
                                     + "TypeError: Cannot read property 'width' of undefined"))
            const item = createTemporaryObject(brokenComponent, root)
            verify(item)
        }
    }
}
