// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// Everything inside the window: before login the login (or forced password) screen, after
// login the pages with the portal's side menu. Wide windows (desktop, landscape tablet)
// keep the menu beside the page; narrow ones (phone, portrait tablet) open it as a drawer.
Item {
    id: shell

    readonly property int sessionState: App.session.state
    readonly property bool loggedIn: sessionState === Session.LoggedIn
    // The pinned menu widens with the reader's text size, so that its entries keep their
    // size ("Contactpersonen" at 200 % was set smaller than its neighbours in 300 px).
    readonly property int menuWidth: Math.round(300 * (0.6 + 0.4 * Math.max(1, Theme.textScale)))
    // From here the page keeps its reading width beside the pinned menu; with larger text
    // that takes a wider window, so the menu becomes a drawer sooner.
    readonly property bool wide: width >= menuWidth + Math.round(660 * Theme.textScale)
    readonly property alias menuDrawer: drawer

    // Every page after login, and the entry of the one shown (Home for an unknown name).
    readonly property PageTable pages: PageTable {}
    readonly property PageEntry currentEntry: pages.entry(Navigation.currentPage)

    onSessionStateChanged: {
        drawer.close()
        Navigation.show("home")
        Navigation.loginPage = "login"
    }
    onWideChanged: drawer.close()

    // Larger and smaller text as in every browser: Ctrl++ (also Ctrl+=), Ctrl+- and Ctrl+0.
    Shortcut {
        objectName: "zoomInShortcut"
        sequences: ["Ctrl++", "Ctrl+="]
        onActivated: App.display.enlarge()
    }
    Shortcut {
        objectName: "zoomOutShortcut"
        sequences: ["Ctrl+-"]
        onActivated: App.display.reduce()
    }
    Shortcut {
        objectName: "zoomResetShortcut"
        sequence: "Ctrl+0"
        onActivated: App.display.textPercent = 100
    }

    // The window less what the on-screen keyboard covers: pages shrink above it.
    Item {
        id: contentArea
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: shell.height - (keyboard.item ? (keyboard.item as KeyboardPanel).takenHeight : 0)

        RowLayout {
            anchors.fill: parent
            visible: shell.loggedIn
            spacing: 0

            // Wide: the menu stays beside the page, full height.
            Rectangle {
                objectName: "pinnedMenu"
                visible: shell.wide
                color: Theme.surface
                Layout.preferredWidth: shell.menuWidth
                Layout.fillHeight: true

                MenuContent {
                    pages: shell.pages
                    anchors.fill: parent
                    nameBarHeight: header.implicitHeight
                    onLogoutRequested: logoutDialog.open()
                }
                Rectangle {
                    anchors.right: parent.right
                    width: 1
                    height: parent.height
                    color: Theme.divider
                }
            }

            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Layout.fillHeight: true

                PageHeader {
                    id: header
                    objectName: "pageHeader"
                    title: App.session.needsClientChoice ? qsTr("Kies een cliënt")
                         : App.session.business.needsOrganisationChoice ? qsTr("Selecteer organisatie")
                         : shell.currentEntry.title
                    menuButtonVisible: !shell.wide
                    Layout.fillWidth: true
                    onMenuRequested: drawer.open()
                }
                ClientBanner {
                    visible: (App.session.actsForOthers && !App.session.needsClientChoice)
                             || (App.session.business.organisations.length > 1 && !App.session.business.needsOrganisationChoice)
                    Layout.fillWidth: true
                }
                // Below the header: the notice (if any) on top, the page in the rest. Anchored
                // rather than laid out, so that a notice wrapping to many lines at large text
                // keeps all of them (a layout would not take the height it grows to).
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    // No keychain (nothing is kept on this computer) or a damaged cache rebuilt.
                    // Read once, it can be closed until the next login: on a phone at large
                    // text it would otherwise take most of every page.
                    StatusBanner {
                        id: cacheNotice
                        objectName: "cacheNotice"
                        property bool closed: false
                        text: closed ? "" : App.cacheNotice
                        actionText: qsTr("Sluiten")
                        onActionTriggered: closed = true
                        Connections {
                            target: shell
                            function onLoggedInChanged() { cacheNotice.closed = false }
                        }
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: visible ? Theme.spacing / 2 : 0
                        height: visible ? implicitHeight : 0
                        // Half the room at most: the page stays in sight under it.
                        maximumHeight: Math.max(2 * Theme.touchTarget, parent.height / 2)
                    }

                    // Logged in: first whose data (an account acting for several clients),
                    // then one page at a time, chosen through Navigation.
                    Loader {
                        objectName: "pageLoader"
                        // The page table's name of the page shown ("" while a client is chosen).
                        readonly property bool choosing: App.session.needsClientChoice || App.session.business.needsOrganisationChoice
                        readonly property string shownPage: choosing ? "" : shell.currentEntry.name
                        active: shell.loggedIn
                        sourceComponent: App.session.needsClientChoice ? chooseClientPage
                                       : App.session.business.needsOrganisationChoice ? selectOrganisationPage
                                       : shell.currentEntry.page
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: cacheNotice.bottom
                        anchors.topMargin: cacheNotice.visible ? Theme.spacing / 2 : 0
                        anchors.bottom: parent.bottom
                    }
                }
            }
        }

        // Not logged in: the login screen, or the forced password change of a first login.
        Loader {
            id: loginLoader
            objectName: "loginLoader"
            anchors.fill: parent
            active: !shell.loggedIn
            sourceComponent: shell.sessionState === Session.PasswordChangeRequired ? changePasswordPage
                           : shell.sessionState === Session.SecondFactorRequired ? secondFactorPage
                           : shell.sessionState !== Session.LoggedOut ? null
                           : Navigation.loginPage === "forgotPassword" ? forgotPasswordPage
                           : Navigation.loginPage === "privacy" ? privacyStatementPage
                           : Navigation.loginPage === "register" ? registrationPage
                           : Navigation.loginPage === "about" ? aboutPage : loginPage
            onLoaded: {
                if (shell.sessionState === Session.PasswordChangeRequired)
                    (item as ChangePasswordPage).forced = true
            }
        }
    }

    // Narrow: the menu opens over the page from the menu button (or a swipe).
    SideMenu {
        id: drawer
        pages: shell.pages
        preferredWidth: shell.menuWidth
        height: shell.height
        interactive: shell.loggedIn && !shell.wide
        onLogoutRequested: {
            drawer.close()
            logoutDialog.open()
        }
    }

    LogoutDialog {
        id: logoutDialog
        onConfirmed: App.session.logout()
    }
    DisplaySettingsDialog { id: displayDialog }
    Connections {
        target: Navigation
        function onDisplaySettingsRequested() { displayDialog.open() }
        // A success is said once, on the page it leads to (Home after a new password).
        function onCurrentPageChanged() {
            if (Navigation.currentPage !== "home")
                App.session.clearConfirmation()
        }
    }

    // The screens around the pages: before login and while a client is chosen.
    Component { id: loginPage; LoginPage {} }
    Component { id: changePasswordPage; ChangePasswordPage {} }
    Component { id: secondFactorPage; SecondFactorPage {} }
    Component { id: forgotPasswordPage; ForgotPasswordPage {} }
    Component { id: privacyStatementPage; PrivacyStatementPage {} }
    Component { id: registrationPage; RegistrationPage {} }
    Component { id: aboutPage; AboutPage {} }
    Component { id: chooseClientPage; ChooseClientPage {} }
    Component { id: selectOrganisationPage; SelectOrganisationPage {} }

    // A desktop notification clicked (the tray icon): the page it is about.
    Connections {
        target: App.notifications
        function onPageRequested(page: string) { if (shell.loggedIn) Navigation.show(page) }
    }

    // A careportal:// reset link from the e-mail: its screen, with the code filled in.
    Connections {
        target: App.passwordReset
        function onLinkOpened() { Navigation.loginPage = "forgotPassword" }
    }

    // Kiosk: the countdown before the idle logout; after it, the login screen starts over
    // so nothing half-typed by the previous person stays.
    IdleWarning {}
    Connections {
        target: App.idle
        function onTimedOut() {
            Navigation.loginPage = "login"
            loginLoader.active = false
            loginLoader.active = Qt.binding(() => !shell.loggedIn)
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: shell.sessionState === Session.Starting
    }

    // Tablets and kiosks: the on-screen keyboard along the bottom, above pages and menu.
    Loader {
        id: keyboard
        active: App.virtualKeyboard
        source: "KeyboardPanel.qml"
        z: 100
        width: shell.width
        y: item && (item as KeyboardPanel).active ? shell.height - (item as KeyboardPanel).height : shell.height
    }

    // The field being typed in stays in sight above the keyboard: once the page has shrunk,
    // the scroll view around the field moves it up.
    readonly property Item focusedItem: Window.activeFocusItem
    onFocusedItemChanged: revealTimer.restart()
    Connections {
        target: keyboard.item
        function onActiveChanged() { revealTimer.restart() }
    }
    Timer {
        id: revealTimer
        interval: 100
        onTriggered: shell.reveal(shell.focusedItem)
    }

    function reveal(item) {
        if (!item || !keyboard.item || !(keyboard.item as KeyboardPanel).active)
            return
        for (let view = item.parent; view; view = view.parent) {
            if (!("contentY" in view && "flickableDirection" in view))
                continue
            const flickable = view as Flickable
            const top = item.mapToItem(flickable.contentItem, 0, 0).y - Theme.spacing
            const bottom = top + item.height + 2 * Theme.spacing
            const maxY = Math.max(0, flickable.contentHeight - flickable.height)
            if (bottom > flickable.contentY + flickable.height)
                flickable.contentY = Math.min(maxY, bottom - flickable.height)
            else if (top < flickable.contentY)
                flickable.contentY = Math.max(0, top)
            return
        }
    }
}
