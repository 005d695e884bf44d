pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CarePortal

// "Contact zorgorganisatie": the requests, one request with its answer, and the form for a
// new or changed request, as pages on a stack so "Terug" always goes one step back.
Page {
    id: page

    readonly property ContactRequestsModel requests: Client.contactRequests

    background: Rectangle { color: Theme.background }
    Component.onCompleted: requests.reload()

    StackView {
        id: stack
        objectName: "contactRequestsStack"
        anchors.fill: parent
        initialItem: ContactRequestList {
            onOpenRequested: id => stack.push(detailPage, { requestId: id })
            onNewRequested: stack.push(formPage, { requestId: "" })
            onEditRequested: id => stack.push(formPage, { requestId: id })
        }
    }
    QueuedDialog { id: queuedDialog }
    Connections {
        target: page.requests
        function onQueued() { queuedDialog.open() }
    }

    Component {
        id: detailPage
        ContactRequestDetail {
            onBackRequested: stack.pop()
            onEditRequested: stack.push(formPage, { requestId: requestId })
            onRemoved: stack.pop()
        }
    }
    Component {
        id: formPage
        ContactRequestForm {
            onDone: stack.pop()
        }
    }
}
