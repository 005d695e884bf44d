import QtQuick
import QtTest
import CarePortal

// "Accountbeveiliging" against the real server: "Overal uitloggen" asks first, then ends
// every session of the account, this one included, and says so on the login screen.
Item {
    id: root
    width: 800
    height: 700

    Component { id: pageComponent; AccountSecurityPage { anchors.fill: parent } }

    TestCase {
        name: "AccountSecurityPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            verify(App.hasAccountSecurity)
        }

        function test_noAnswerChangesNothing() {
            const page = createTemporaryObject(pageComponent, root)
            mouseClick(findChild(page, "logoutEverywhereButton"))
            const dialog = findChild(page, "confirmLogoutEverywhere")
            tryCompare(dialog, "opened", true)
            dialog.reject()
            tryCompare(dialog, "visible", false)
            compare(App.session.state, Session.LoggedIn)
        }

        function test_logoutEverywhereEndsThisSessionToo() {
            const page = createTemporaryObject(pageComponent, root)
            mouseClick(findChild(page, "logoutEverywhereButton"))
            const dialog = findChild(page, "confirmLogoutEverywhere")
            tryCompare(dialog, "opened", true)
            dialog.accept()
            tryCompare(App.session, "state", Session.LoggedOut, 20000)
            verify(App.session.notice.indexOf("al uw apparaten") >= 0, App.session.notice)
            // The old session is gone on the server: logging in again is the only way back.
            App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
        }
    }
}
