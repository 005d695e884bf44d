// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// "Wie heeft mijn gegevens ingezien" against the real server: what the other pages' tests
// read shows up in the log, newest first (the read of the log itself on top), in words;
// choosing another period asks again.
Item {
    id: root
    width: 800
    height: 700

    Component { id: pageComponent; AccessLogPage { anchors.fill: parent } }

    TestCase {
        name: "AccessLogPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function test_logShowsTheReadsInWords() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.accessLog, "status", ClientListModel.Ready, 20000)
            const list = findChild(page, "accessLogList")
            tryVerify(() => list.count > 0, 20000)
            const first = Client.accessLog.index(0, 0)
            compare(Client.accessLog.data(first, AccessLogModel.EventTextRole), "Ingezien")
            compare(Client.accessLog.data(first, AccessLogModel.ObjectTextRole), "Inzageoverzicht")
            compare(Client.accessLog.data(first, AccessLogModel.UserRole), "de heer J. Voorbeeld")
            compare(Client.accessLog.data(first, AccessLogModel.RoleTextRole), "Cliënt zelf")
            verify(Client.accessLog.data(first, AccessLogModel.DeviceRole).indexOf("CarePortal") >= 0)

            const period = findChild(page, "periodBox")
            compare(period.currentValue, 30)
            period.currentIndex = 3
            period.activated(3)
            compare(Client.accessLog.periodDays, 365)
            tryCompare(Client.accessLog, "status", ClientListModel.Ready, 20000)
            tryVerify(() => list.count > 0, 20000)
            Client.accessLog.periodDays = 30
        }
    }
}
