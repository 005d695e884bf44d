import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A full-width message: offline state, errors, notices. Read out by screen readers.
Rectangle {
    id: banner

    property string text
    property bool isError: false
    property string actionText
    signal actionTriggered()

    visible: text.length > 0
    color: isError ? Theme.errorBackground : Theme.noticeBackground
    border.color: isError ? Theme.error : Theme.accent
    radius: Theme.radius
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            text: banner.text
            color: banner.isError ? Theme.error : Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            visible: banner.actionText.length > 0
            text: banner.actionText
            implicitHeight: Theme.touchTarget
            onClicked: banner.actionTriggered()
        }
    }
}
