// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// After an absence report the planning and Home mark the visits it covers "Afwezigheid
// gemeld" until staff process it and the visits go (issue 27, 8), against the demo planning
// of J. Voorbeeld (Mondays and Thursdays 13:30-15:30). The reports stay on the test server:
// this file runs after the other pages' tests, so their screens are as they expect.
Item {
    id: root
    width: 1024
    height: 900

    Component { id: planningComponent; PlanningPage { anchors.fill: parent } }
    Component { id: homeComponent; HomePage { anchors.fill: parent } }

    TestCase {
        name: "VisitAbsenceMarks"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            if (Client.absences.status === ClientListModel.Idle)
                Client.absences.reload()
            tryCompare(Client.absences, "status", ClientListModel.Ready, 20000)
            verify(Client.absences.types.length > 0)
        }

        function cleanup() {
            Client.planning.goToToday()
        }

        function dayAfter(days, weekday) {
            const day = new Date()
            day.setHours(0, 0, 0, 0)
            day.setDate(day.getDate() + days)
            while (day.getDay() !== weekday)
                day.setDate(day.getDate() + 1)
            return day
        }

        // As the planning writes a day: "14 dec 2026".
        function dayText(day) {
            const months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
            return day.getDate() + " " + months[day.getMonth()] + " " + day.getFullYear()
        }

        function rowOn(day) {
            const model = Client.planning
            for (let i = 0; i < model.rowCount(); ++i) {
                if (model.data(model.index(i, 0), PlanningModel.DateTextRole) === dayText(day))
                    return i
            }
            return -1
        }

        function marked(row) {
            return Client.planning.data(Client.planning.index(row, 0), PlanningModel.AbsenceReportedRole)
        }

        function report(day, wholeDay, from, to) {
            const before = Client.absences.rowCount()
            Client.absences.submit(Client.absences.types[0].code, day, day, wholeDay, from, to, 0)
            tryVerify(() => Client.absences.rowCount() === before + 1 && !Client.absences.busy, 20000)
        }

        // The visible marks under `item`, with the date of the row each is in.
        function shownMarks(item, found) {
            if (!item.visible)
                return found
            if (item.objectName === "absenceMark" && item.width > 0) {
                let row = item.parent
                while (row && row.dateText === undefined)
                    row = row.parent
                found.push(row ? row.dateText : "")
            }
            for (let i = 0; i < item.children.length; ++i)
                shownMarks(item.children[i], found)
            return found
        }

        function test_planningMarksTheReportedDay() {
            const monday = dayAfter(35, 1)
            const thursday = dayAfter(38, 4)
            Client.planning.showMonth(monday)
            tryCompare(Client.planning, "loading", false, 20000)
            const mondayRow = rowOn(monday)
            verify(mondayRow >= 0, "a visit on " + dayText(monday))
            compare(marked(mondayRow), false)

            report(monday, true, "", "")
            tryCompare(Client.planning, "loading", false, 20000)
            tryVerify(() => marked(rowOn(monday)) === true, 5000, "the Monday's visit is marked")
            const text = Client.planning.data(Client.planning.index(rowOn(monday), 0),
                                              PlanningModel.AccessibleTextRole)
            verify(text.endsWith("afwezigheid gemeld"), text)
            if (rowOn(thursday) >= 0)
                compare(marked(rowOn(thursday)), false, "the Thursday after is not")

            // The page shows it on that row, and only there.
            const page = createTemporaryObject(planningComponent, root)
            tryVerify(() => shownMarks(page, []).indexOf(dayText(monday)) >= 0, 10000,
                      "'Afwezigheid gemeld' on " + dayText(monday))
            verify(shownMarks(page, []).indexOf(dayText(thursday)) < 0)
        }

        function test_homeMarksTheNextVisit() {
            Client.planning.goToToday()
            tryCompare(Client.planning, "loading", false, 20000)
            tryVerify(() => Client.planning.nextVisit.dateText !== undefined, 20000)
            compare(Client.planning.nextVisit.absenceReported, false)
            let day = null
            for (let days = 0; days < 14 && !day; ++days) {
                const candidate = new Date()
                candidate.setHours(0, 0, 0, 0)
                candidate.setDate(candidate.getDate() + days)
                if (dayText(candidate) === Client.planning.nextVisit.dateText)
                    day = candidate
            }
            verify(day, "the next visit's day")
            const home = createTemporaryObject(homeComponent, root)
            const marks = findChild(home, "nextVisitMarks")
            verify(marks)
            compare(marks.visible, false)

            // Part of that day, around the visit's start.
            report(day, false, "13:00", "14:00")
            tryVerify(() => Client.planning.nextVisit.absenceReported === true, 10000)
            tryVerify(() => marks.visible, 5000)
            verify(findChild(marks, "absenceMark").visible)
        }
    }
}
