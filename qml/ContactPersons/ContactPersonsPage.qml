pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CarePortal

// "Contactpersonen": the list, a person's details, and the form to add or change one, as
// pages on a stack so "Terug" always goes one step back.
Page {
    id: page

    readonly property ContactPersonsModel persons: Client.contactPersons

    background: Rectangle { color: Theme.background }
    Component.onCompleted: persons.reload()

    StackView {
        id: stack
        objectName: "contactPersonsStack"
        anchors.fill: parent
        initialItem: ContactPersonList {
            onOpenRequested: id => stack.push(detailPage, { personId: id })
            onAddRequested: stack.push(formPage, { personId: "" })
            onEditRequested: id => stack.push(formPage, { personId: id })
        }
    }
    QueuedDialog { id: queuedDialog }
    Connections {
        target: page.persons
        function onQueued() { queuedDialog.open() }
    }

    Component {
        id: detailPage
        ContactPersonDetail {
            onBackRequested: stack.pop()
            onEditRequested: stack.push(formPage, { personId: personId })
            onRemoved: stack.pop()
        }
    }
    Component {
        id: formPage
        ContactPersonForm {
            onDone: stack.pop()
        }
    }
}
