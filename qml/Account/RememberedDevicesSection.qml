// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Onthouden apparaten": where no login code is asked for 90 days; any can be forgotten.
ColumnLayout {
    id: section

    spacing: Theme.spacing

    function askToForget(deviceId, deviceName) {
        confirmForget.deviceId = deviceId
        confirmForget.deviceName = deviceName
        confirmForget.open()
    }

    ConfirmDialog {
        id: confirmForget
        property string deviceId
        property string deviceName
        objectName: "confirmForgetDevice"
        title: qsTr("Apparaat vergeten")
        text: qsTr("Weet u zeker dat u \"%1\" wilt vergeten? Op dat apparaat wordt dan weer om een inlogcode gevraagd, en wie daar nu is ingelogd wordt uitgelogd.").arg(deviceName)
        confirmText: qsTr("Vergeten")
        onConfirmed: App.devices.revoke(deviceId)
    }

    Heading {
        Layout.fillWidth: true
        text: qsTr("Onthouden apparaten")
        font.pixelSize: Theme.largeFontSize
        font.bold: true
        Layout.topMargin: Theme.spacing
    }
    Label {
        text: App.devices.count > 0
              ? qsTr("Op deze apparaten hoeft u 90 dagen lang geen inlogcode in te vullen. Kent u een apparaat niet? Vergeet het dan en wijzig uw wachtwoord.")
              : qsTr("Er zijn geen onthouden apparaten.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: App.devices
        delegate: Rectangle {
            id: row
            required property string deviceId
            required property string name
            required property string firstUsedText
            required property string lastUsedText
            required property bool current

            objectName: "device_" + deviceId
            Layout.fillWidth: true
            implicitHeight: content.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider

            RowLayout {
                id: content
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: row.current ? qsTr("%1 (dit apparaat)").arg(row.name) : row.name
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Voor het eerst: %1").arg(row.firstUsedText)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Laatst gebruikt: %1").arg(row.lastUsedText)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "forgetDeviceButton"
                    text: qsTr("Vergeten")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("%1 vergeten").arg(row.name)
                    onClicked: section.askToForget(row.deviceId, row.name)
                }
            }
        }
    }
    Label {
        objectName: "devicesError"
        text: App.devices.errorMessage
        visible: text.length > 0
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
    }
}
