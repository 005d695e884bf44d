import QtQuick
import QtQuick.Controls
import CarePortal

// The one main action of a screen ("Inloggen", "Wijzig wachtwoord"): the organisation's
// colour, white text, a large target; greyed clearly when not yet possible.
Button {
    id: button

    implicitHeight: Theme.touchTarget + 4
    font.pixelSize: Theme.fontSize
    font.bold: true

    contentItem: Label {
        text: button.text
        font: button.font
        color: button.enabled ? Theme.textOnPrimary : Theme.mutedText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.divider
             : button.down ? Qt.darker(Theme.primary, 1.25) : Theme.primary
        border.width: button.visualFocus ? 3 : 0
        border.color: Theme.accent
    }
}
