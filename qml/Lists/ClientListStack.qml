// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CarePortal

// A client's list, one item's details and the form to add or change one, as pages on a
// stack so "Terug" always goes one step back. The list is read again each time the page
// opens; a change kept for later (no connection) is explained by the QueuedDialog.
//
//     ClientListStack {
//         idProperty: "personId"
//         list: ContactPersonList {}
//         detail: Component { ContactPersonDetail {} }
//         form: Component { ContactPersonForm {} }
//     }
Page {
    id: page

    required property ClientListPage list
    /// A ClientDetailPage with a required property named idProperty.
    required property Component detail
    /// A ClientFormPage with a required property named idProperty (empty for a new item).
    required property Component form
    /// The detail's and the form's property that says which item they show ("personId").
    required property string idProperty
    property alias stackObjectName: stack.objectName
    readonly property ClientListModel listModel: list.listModel

    function naming(id: string): var {
        const properties = {}
        properties[idProperty] = id
        return properties
    }
    function openDetail(id: string) {
        const shown = stack.push(detail, naming(id)) as ClientDetailPage
        shown.backRequested.connect(() => stack.pop())
        shown.editRequested.connect(() => page.openForm(id))
        shown.removed.connect(() => stack.pop())
    }
    function openForm(id: string) {
        const shown = stack.push(form, naming(id)) as ClientFormPage
        shown.done.connect(() => stack.pop())
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: listModel.reload()

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: page.list
    }
    Connections {
        target: page.list
        function onOpenRequested(id: string) { page.openDetail(id) }
        function onAddRequested() { page.openForm("") }
        function onEditRequested(id: string) { page.openForm(id) }
    }
    QueuedDialog { id: queuedDialog }
    Connections {
        target: page.listModel
        function onQueued() { queuedDialog.open() }
    }
}
