import QtQuick
import QtTest
import CarePortal

// The planning at the window's minimum width (360 px, a small tablet): every control
// stays on screen and the rows show date, time with kind of help, and the carer.
Item {
    id: root
    width: 360
    height: 640

    // TestCase itself is invisible: pages live in this visible root so input reaches them.
    Component { id: pageComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        name: "PlanningNarrow"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function onScreen(item) {
            const p = item.mapToItem(root, 0, 0)
            return item.visible && p.x >= 0 && p.y >= 0 && p.x + item.width <= root.width
        }

        function test_everythingFits() {
            const page = createTemporaryObject(pageComponent, root)
            const list = findChild(page, "planningList")
            for (const name of ["previousMonthButton", "monthTitle", "nextMonthButton", "todayButton", "refreshButton"])
                tryVerify(() => onScreen(findChild(page, name)), 5000, name + " is on screen")
            mouseClick(findChild(page, "todayButton"))
            tryVerify(() => list.count > 0, 20000)
            mouseClick(findChild(page, "nextMonthButton"))
            tryVerify(() => list.count > 0, 20000)
            verify(onScreen(list))
        }
    }
}
