// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Afwezigheid against the demo planning of J. Voorbeeld: the form shows the deadline and
// the visits a chosen day touches, sends the report and confirms it; the list shows it.
Item {
    id: root
    width: 900
    height: 1100

    Component { id: pageComponent; AbsencePage { anchors.fill: parent } }

    TestCase {
        name: "AbsencePage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function nextThursdayAfter(days) {
            const day = new Date()
            day.setHours(0, 0, 0, 0)
            day.setDate(day.getDate() + days)
            while (day.getDay() !== 4)
                day.setDate(day.getDate() + 1)
            return day
        }

        function test_reportADay() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.absences, "status", ClientListModel.Ready, 20000)
            const stack = findChild(page, "absenceStack")
            const list = findChild(page, "absenceList")
            const before = list.count
            mouseClick(findChild(page, "newAbsenceButton"))
            tryCompare(stack, "busy", false, 5000)
            const form = stack.currentItem
            const send = findChild(form, "sendAbsenceButton")
            compare(send.enabled, false) // no date yet

            // As the date picker does it.
            form.startDate = nextThursdayAfter(21)
            tryCompare(Client.absences, "previewLoading", false, 20000)
            tryVerify(() => Client.absences.previewVisits.length === 1, 20000)
            verify(findChild(form, "deadlineText").text.startsWith("Meld uw afwezigheid uiterlijk op"))
            compare(findChild(form, "lateText").visible, false)
            compare(send.enabled, true)

            mouseClick(findChild(form, "wholeDayNo"))
            compare(send.enabled, false) // times are needed now
            mouseClick(findChild(form, "wholeDayYes"))
            tryCompare(send, "enabled", true, 5000)

            mouseClick(send)
            const sent = findChild(form, "absenceSentDialog")
            tryCompare(sent, "opened", true, 20000)
            mouseClick(findChild(form, "absenceSentOk"))
            tryCompare(stack, "depth", 1, 5000)
            tryCompare(list, "count", before + 1, 20000)
            compare(Client.absences.data(Client.absences.index(0, 0), AbsencesModel.StatusTextRole),
                    "Gemeld, nog niet verwerkt")
        }
    }
}
