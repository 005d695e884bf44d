// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CarePortal

// "Projecten" (seed 004): "Mijn projecten" first, and one project's detail with its
// Projectleiding and the question to the Interne projectleider, on a stack.
Page {
    id: page

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        Business.questions.reload()
        if (Business.projects.mineOnly)
            Business.projects.reload()
        else
            Business.projects.mineOnly = true
    }

    // Loaded again whenever the list is reset while this page shows (the account read
    // again just after login, a switch of organisation): it stayed empty otherwise.
    LoadWhenIdle { model: Business.projects }
    LoadWhenIdle { model: Business.questions }

    StackView {
        id: stack
        objectName: "projectsStack"
        anchors.fill: parent
        focus: true
        // Escape goes back to the list from the detail, wherever the keyboard is (the
        // question field too); an open dialog takes it first.
        Keys.onEscapePressed: event => {
            event.accepted = stack.depth > 1 && !stack.busy
            if (event.accepted)
                stack.pop()
        }
        initialItem: ProjectList {
            onOpenRequested: (id) => stack.push(detail, { projectId: id })
        }
    }
    Component {
        id: detail
        ProjectDetail {
            onBackRequested: stack.pop()
        }
    }
    // A question kept for later (no connection) is explained once.
    QueuedDialog { id: queuedDialog }
    Connections {
        target: Business.questions
        function onQueued() { queuedDialog.open() }
    }
}
