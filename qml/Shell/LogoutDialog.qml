import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Weet u het zeker?" before logging out, as in the portals.
Dialog {
    id: dialog

    signal confirmed()

    title: qsTr("Uitloggen")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(420, (parent ? parent.width : 420) - 2 * Theme.margin)

    Label {
        width: parent.width
        text: qsTr("Weet u zeker dat u wilt uitloggen?")
        wrapMode: Text.Wrap
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Nee")
            implicitHeight: Theme.touchTarget
            onClicked: dialog.reject()
        }
        Button {
            objectName: "logoutYesButton"
            text: qsTr("Ja")
            implicitHeight: Theme.touchTarget
            highlighted: true
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
            onClicked: dialog.accept()
        }
    }
    onAccepted: dialog.confirmed()
}
