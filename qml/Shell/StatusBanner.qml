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
    border.width: Theme.borderWidth
    radius: Theme.radius
    // The message's width follows the banner's directly (not through a row layout), so its
    // wrapped height is known as soon as the banner has a width: with large text a column
    // layout around it then gives it all its lines.
    implicitHeight: Math.max(message.implicitHeight, action.visible ? action.implicitHeight : 0)
                    + 2 * Theme.spacing
    Layout.minimumHeight: implicitHeight
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: message
        x: Theme.spacing
        y: Theme.spacing
        width: banner.width - 2 * Theme.spacing - (action.visible ? action.width + Theme.spacing : 0)
        text: banner.text
        color: banner.isError ? Theme.error : Theme.text
        wrapMode: Text.Wrap
    }
    Button {
        id: action
        objectName: "bannerAction"
        visible: banner.actionText.length > 0
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        text: banner.actionText
        implicitHeight: Theme.touchTarget
        onClicked: banner.actionTriggered()
    }
}
