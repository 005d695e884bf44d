import QtQuick
import QtQuick.Controls
import CarePortal

// A button whose label wraps onto more lines instead of running out of a narrow window
// (a phone at 200 % text). It asks for the width of its label on one line; give it less
// (e.g. `Layout.maximumWidth: implicitWidth` with `Layout.fillWidth: true`, or
// `width: Math.min(implicitWidth, room)`) and it grows in height instead.
Button {
    id: button

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    contentItem: Label {
        text: button.text
        font: button.font
        // As the Basic style colours its own label.
        color: button.checked || button.highlighted ? button.palette.brightText
             : button.flat && !button.down ? (button.visualFocus ? button.palette.highlight
                                                                 : button.palette.windowText)
             : button.palette.buttonText
        // Between words; within a word only when one word alone is wider than the button.
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
