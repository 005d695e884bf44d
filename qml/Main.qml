import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The shell: before login the login (or forced password) screen, after login the pages
// with the portal's side menu.
ApplicationWindow {
    id: window

    readonly property int sessionState: App.session.state
    readonly property bool loggedIn: sessionState === Session.LoggedIn

    width: 1024
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: App.organisationName.length > 0 ? "CarePortal — " + App.organisationName : "CarePortal"
    color: Theme.background
    font.pixelSize: Theme.fontSize

    function titleFor(page) {
        switch (page) {
        case "contactDetails": return qsTr("Mijn contactdetails")
        case "contactPersons": return qsTr("Contactpersonen")
        case "contactRequests": return qsTr("Contact zorgorganisatie")
        case "dossier": return qsTr("Cliëntdossier")
        case "absence": return qsTr("Afwezigheid")
        case "planning": return qsTr("Planning")
        case "password": return qsTr("Wachtwoord wijzigen")
        case "accessLog": return qsTr("Wie heeft mijn gegevens ingezien")
        case "security": return qsTr("Accountbeveiliging")
        default: return qsTr("Home")
        }
    }

    function sourceFor(page) {
        switch (page) {
        case "contactDetails": return "Contacts/ContactDetailsPage.qml"
        case "contactPersons": return "ContactPersons/ContactPersonsPage.qml"
        case "contactRequests": return "ContactRequests/ContactRequestsPage.qml"
        case "dossier": return "Dossier/DossierPage.qml"
        case "absence": return "Absence/AbsencePage.qml"
        case "planning": return "Planning/PlanningPage.qml"
        case "password": return "Login/ChangePasswordPage.qml"
        case "accessLog": return "AccessLog/AccessLogPage.qml"
        case "security": return "Account/AccountSecurityPage.qml"
        default: return "Home/HomePage.qml"
        }
    }

    onSessionStateChanged: {
        menu.close()
        Navigation.show("home")
        Navigation.loginPage = "login"
    }

    Connections {
        target: Navigation
        function onCurrentPageChanged() { menu.close() }
    }

    header: ColumnLayout {
        visible: window.loggedIn
        spacing: 0

        PageHeader {
            title: App.session.needsClientChoice ? qsTr("Kies een cliënt")
                                                 : window.titleFor(Navigation.currentPage)
            Layout.fillWidth: true
            onMenuRequested: menu.open()
        }
        ClientBanner {
            visible: App.session.actsForOthers && !App.session.needsClientChoice
            Layout.fillWidth: true
        }
        // No keychain (nothing is kept on this computer) or a damaged cache rebuilt.
        StatusBanner {
            objectName: "cacheNotice"
            text: App.cacheNotice
            Layout.fillWidth: true
            Layout.margins: Theme.spacing / 2
        }
    }

    SideMenu {
        id: menu
        height: window.height
        interactive: window.loggedIn
        onLogoutRequested: {
            menu.close()
            logoutDialog.open()
        }
    }

    LogoutDialog {
        id: logoutDialog
        onConfirmed: App.session.logout()
    }

    // Logged in: first whose data (an account acting for several clients), then one page
    // at a time, chosen through Navigation.
    Loader {
        anchors.fill: parent
        active: window.loggedIn
        source: App.session.needsClientChoice ? "Client/ChooseClientPage.qml"
                                              : window.sourceFor(Navigation.currentPage)
    }

    // A careportal:// reset link from the e-mail: its screen, with the code filled in.
    Connections {
        target: App.passwordReset
        function onLinkOpened() { Navigation.loginPage = "forgotPassword" }
    }

    // Not logged in: the login screen, or the forced password change of a first login.
    Loader {
        anchors.fill: parent
        active: !window.loggedIn
        source: window.sessionState === Session.PasswordChangeRequired ? "Login/ChangePasswordPage.qml"
              : window.sessionState === Session.SecondFactorRequired ? "Login/SecondFactorPage.qml"
              : window.sessionState !== Session.LoggedOut ? ""
              : Navigation.loginPage === "forgotPassword" ? "Login/ForgotPasswordPage.qml"
              : Navigation.loginPage === "privacy" ? "Login/PrivacyStatementPage.qml"
              : Navigation.loginPage === "register" ? "Login/RegistrationPage.qml" : "Login/LoginPage.qml"
        onLoaded: {
            if (window.sessionState === Session.PasswordChangeRequired)
                (item as ChangePasswordPage).forced = true
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: window.sessionState === Session.Starting
    }
}
