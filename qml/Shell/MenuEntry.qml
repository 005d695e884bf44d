import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One entry of the side menu; highlighted while its page is shown.
ItemDelegate {
    required property string page

    objectName: "menu_" + page
    highlighted: Navigation.currentPage === page
    font.pixelSize: Theme.fontSize
    implicitHeight: Theme.touchTarget + 8
    leftPadding: Theme.margin
    Layout.fillWidth: true
    onClicked: Navigation.show(page)
}
