import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One entry of the side menu; highlighted while its page is shown.
ItemDelegate {
    id: entry

    required property string page
    signal chosen()

    objectName: "menu_" + page
    highlighted: Navigation.currentPage === page
    // Reachable with Tab and from a screen reader (an ItemDelegate takes no focus itself).
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontSize
    leftPadding: Theme.margin
    Layout.fillWidth: true
    // Long entries ("Wie heeft mijn gegevens ingezien") wrap instead of being cut off.
    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    contentItem: Label {
        text: entry.text
        font: entry.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
    onClicked: {
        Navigation.show(page)
        entry.chosen()
    }
}
