pragma Singleton
import QtQuick

// Which page the shell shows. Pages and the menu ask for a page here instead of reaching
// into the window, so each screen stays self-contained.
QtObject {
    property string currentPage: "home"
    // Before login: "login", "forgotPassword" or "privacy".
    property string loginPage: "login"

    // Dialogs any screen can ask for (the shell owns them): "Weergave" and "Over CarePortal".
    signal displaySettingsRequested()
    signal aboutRequested()

    function show(page) {
        currentPage = page
    }
}
