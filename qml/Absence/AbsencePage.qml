// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CarePortal

// "Afwezigheid": the reports with their state, and the form for a new one. No detail page
// and a form that corrects by outbox entry, so not a ClientListStack.
Page {
    id: page

    readonly property AbsencesModel absences: Client.absences

    background: Rectangle { color: Theme.background }
    Component.onCompleted: absences.reload()

    StackView {
        id: stack
        objectName: "absenceStack"
        anchors.fill: parent
        initialItem: AbsenceList {
            onAddRequested: stack.push(formPage)
            onCorrectRequested: entryId => stack.push(formPage, { correctingEntry: entryId })
        }
    }
    Component {
        id: formPage
        AbsenceForm {
            onDone: stack.pop()
        }
    }
}
