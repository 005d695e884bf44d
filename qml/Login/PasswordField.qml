import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A labelled password field with a show/hide button: typing blind is hard for many users.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias input: input
    signal accepted()

    spacing: 4

    Label {
        id: caption
        font.bold: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        TextField {
            id: input
            objectName: field.objectName + "Input"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            echoMode: reveal.checked ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: caption.text
            onAccepted: field.accepted()
        }
        Button {
            id: reveal
            checkable: true
            implicitHeight: Theme.touchTarget
            text: checked ? qsTr("Verberg") : qsTr("Toon")
            Accessible.name: checked ? qsTr("Wachtwoord verbergen") : qsTr("Wachtwoord tonen")
        }
    }
}
