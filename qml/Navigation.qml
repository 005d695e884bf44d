pragma Singleton
import QtQuick

// Which page the shell shows. Pages and the menu ask for a page here instead of reaching
// into the window, so each screen stays self-contained.
QtObject {
    property string currentPage: "home"
    // Before login: "login", "forgotPassword" or "privacy".
    property string loginPage: "login"

    function show(page) {
        currentPage = page
    }
}
