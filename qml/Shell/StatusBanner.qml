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

    // The button goes under the message where beside it the message would have too little
    // room (a phone at large text): words would otherwise break in the middle.
    readonly property bool stacked: action.visible
        && width - action.implicitWidth - 3 * Theme.spacing < 12 * Theme.fontSize

    visible: text.length > 0
    color: isError ? Theme.errorBackground : Theme.noticeBackground
    border.color: isError ? Theme.error : Theme.accent
    border.width: Theme.borderWidth
    radius: Theme.radius
    // The message's width follows the banner's directly (not through a row layout), so its
    // wrapped height is known as soon as the banner has a width: with large text a column
    // layout around it then gives it all its lines.
    implicitHeight: (stacked ? message.implicitHeight + Theme.spacing + action.implicitHeight
                             : Math.max(message.implicitHeight, action.visible ? action.implicitHeight : 0))
                    + 2 * Theme.spacing
    Layout.minimumHeight: implicitHeight
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: message
        x: Theme.spacing
        // One line beside the taller button sits level with its label, not at the top.
        y: banner.stacked ? Theme.spacing
                          : Math.max(Theme.spacing, (banner.height - implicitHeight) / 2)
        width: banner.width - 2 * Theme.spacing
               - (action.visible && !banner.stacked ? action.width + Theme.spacing : 0)
        text: banner.text
        color: banner.isError ? Theme.error : Theme.text
        wrapMode: Text.Wrap
    }
    Button {
        id: action
        objectName: "bannerAction"
        visible: banner.actionText.length > 0
        x: banner.width - width - Theme.spacing
        y: banner.stacked ? message.y + message.implicitHeight + Theme.spacing
                          : (banner.height - height) / 2
        text: banner.actionText
        implicitHeight: Theme.touchTarget
        onClicked: banner.actionTriggered()
    }
}
