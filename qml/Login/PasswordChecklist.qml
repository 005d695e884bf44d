// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The password rules as a live checklist, plus whether both new passwords are the same.
// Every line wraps: at 200 % on a phone a rule is longer than the form is wide.
ColumnLayout {
    id: checklist

    property string password
    property string repeat
    readonly property bool satisfied: rules.allSatisfied && password === repeat

    spacing: 4

    PasswordRulesModel {
        id: rules
        session: App.session
        password: checklist.password
    }

    Label {
        text: qsTr("Het wachtwoord moet bestaan uit:")
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: rules
        delegate: Label {
            required property string ruleText
            required property bool satisfied
            text: (satisfied ? "\u2713  " : "\u2717  ") + ruleText
            color: satisfied ? Theme.success : Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: ruleText + (satisfied ? qsTr(": in orde") : qsTr(": nog niet"))
        }
    }
    Label {
        objectName: "repeatRule"
        readonly property bool same: checklist.password.length > 0 && checklist.password === checklist.repeat
        text: (same ? "\u2713  " : "\u2717  ") + qsTr("Beide nieuwe wachtwoorden zijn gelijk")
        color: same ? Theme.success : Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
