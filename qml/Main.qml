import QtQuick
import QtQuick.Controls
import CarePortal

// The window around the shell.
ApplicationWindow {
    id: window

    width: 1024
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: App.organisationName.length > 0 ? "CarePortal — " + App.organisationName : "CarePortal"
    color: Theme.background
    font.pixelSize: Theme.fontSize

    AppShell {
        anchors.fill: parent
    }
}
