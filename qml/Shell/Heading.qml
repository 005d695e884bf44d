import QtQuick
import CarePortal

// A heading a screen reader announces as one (and lets its user jump between). A Text, not
// a Label: in Qt 6.4 a Label sets its own accessible role (static text) when accessibility
// switches on, over any role given here. Styled like a Label unless told otherwise.
Text {
    color: Theme.text
    font.pixelSize: Theme.fontSize
    // A long word ("Accountbeveiliging") at large text on a phone breaks rather than runs
    // off the screen; words still wrap whole where they fit.
    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
