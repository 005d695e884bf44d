// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Cliëntdossier against the demo dossier of J. Voorbeeld: the timeline opens on the newest
// report and a card opens another; Lezen filters by kind and shows server text as plain
// text; Plannen shows a chosen goal's care question and actions; Gegevens says where to
// pass corrections. At 360 px the tabs and the goals stay on screen.
Item {
    id: root
    width: 900
    height: 800

    Component { id: pageComponent; DossierPage { anchors.fill: parent } }

    TestCase {
        name: "DossierPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function init() {
            root.width = 900
        }

        function openPage() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Dossier.overview, "status", ClientListModel.Ready, 20000)
            compare(Dossier.overview.available, true)
            compare(findChild(page, "noDossierLabel").visible, false)
            return page
        }

        function showTab(page, index) {
            findChild(page, "dossierTabs").currentIndex = index
            wait(0)
        }

        function test_1_timelineOpensOnTheNewest() {
            const page = openPage()
            tryCompare(Dossier.timeline, "status", ClientListModel.Ready, 20000)
            const bar = findChild(page, "timelineBar")
            tryVerify(() => bar.count >= 13, 20000)
            const report = findChild(page, "timelineReport")
            tryCompare(report, "title", "Wandelen buiten", 5000)
            compare(report.discipline, "FT")
            compare(report.disciplineLabel, "Fysiotherapie")
            // Another card opens its report.
            const older = Dossier.timeline.data(Dossier.timeline.index(1, 0), DossierReportsModel.IdRole)
            bar.positionViewAtIndex(1, ListView.Contain)
            tryVerify(() => bar.itemAtIndex(1) !== null, 5000, "the second card")
            const card = bar.itemAtIndex(1)
            mouseClick(card)
            tryCompare(report, "title", Dossier.timeline.report(older).title, 5000)
        }

        function test_2_readingFiltersByKind() {
            const page = openPage()
            showTab(page, 1)
            const list = findChild(page, "readingList")
            tryVerify(() => list !== null, 5000)
            const incidents = findChild(page, "kind_incidentenrapportage")
            mouseClick(incidents)
            tryCompare(Dossier.reading, "kind", "incidentenrapportage", 5000)
            tryCompare(Dossier.reading, "status", ClientListModel.Ready, 20000)
            tryCompare(list, "count", 1, 20000)
            verify(findChild(page, "kindExplanation").text.indexOf("calamiteit") >= 0)
            // The count changes before the list makes its delegates (at its next polish):
            // under load the row was not there yet.
            tryVerify(() => findChild(list, "reportText") !== null, 5000, "the report's row")
            compare(findChild(list, "reportText").textFormat, Text.PlainText)
            const abbreviations = findChild(page, "abbreviationsDialog")
            mouseClick(findChild(page, "abbreviationsButton"))
            tryCompare(abbreviations, "opened", true, 5000)
            compare(Dossier.overview.disciplines.length, 10)
            abbreviations.close()
        }

        function test_3_carePlanShowsTheChosenGoal() {
            const page = openPage()
            showTab(page, 2)
            tryCompare(Dossier.carePlan, "status", ClientListModel.Ready, 20000)
            const goals = findChild(page, "goalList")
            tryCompare(goals, "count", 3, 20000)
            compare(findChild(page, "goalTitle").text, "Veilig douchen")
            tryVerify(() => goals.itemAtIndex(1) !== null, 5000, "the second goal's row")
            mouseClick(goals.itemAtIndex(1))
            tryCompare(findChild(page, "goalTitle"), "text", "Mobiliteit behouden", 5000)
            verify(findChild(page, "careQuestion").text.indexOf("lopen") >= 0)
            tryCompare(findChild(page, "actionRepeater"), "count", 3, 5000)
        }

        function test_4_generalDataIsReadOnlyWithANote() {
            const page = openPage()
            showTab(page, 3)
            const note = findChild(page, "correctionsNote")
            tryVerify(() => note !== null && note.visible, 5000)
            verify(note.text.indexOf("zorgmedewerkers") >= 0)
            compare(Dossier.overview.general.birthDateText, "14 mrt 1941")
        }

        function test_5_narrowKeepsTabsAndGoalsOnScreen() {
            root.width = 360
            const page = openPage()
            const tabs = findChild(page, "dossierTabs")
            verify(tabs.width <= root.width)
            showTab(page, 2)
            const goals = findChild(page, "goalList")
            tryCompare(goals, "count", 3, 20000)
            const title = findChild(page, "goalTitle")
            // Stacked: the chosen goal's details sit below the goals, not beside them.
            verify(title.mapToItem(root, 0, 0).y > goals.mapToItem(root, 0, 0).y)
            verify(title.mapToItem(root, 0, 0).x + title.width <= root.width)
        }
    }
}
