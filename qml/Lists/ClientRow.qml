// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One row of a client's list whose item may have a change waiting in the outbox: the seven
// pending roles every such list has (ClientListModel::pendingRoleNames), the row's colour
// while the change waits or after the server refused it, and the PendingChange under the
// row's own content. A delegate declares only its own roles:
//
//     delegate: ClientRow { required property string name; listModel: page.persons; Label { … } }
ItemDelegate {
    id: row

    required property ClientListModel listModel
    required property bool pending
    required property bool refused
    required property bool conflict
    required property bool pendingDelete
    required property bool correctable
    required property string pendingText
    required property double entryId
    /// The row's own content, above the pending change.
    default property alias content: body.data
    /// False where a tap on the row opens nothing (absence, contact details): no pressed
    /// colour and no stop for the Tab key, as for a plain row.
    property bool opens: true
    /// The content itself says that the change waits (absence's status line): under it only
    /// what the user can do once the server refused it.
    property bool contentShowsPending: false
    signal correctRequested()

    width: ListView.view.width
    implicitHeight: Math.max(Theme.touchTarget + 16, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    // Between the row's content and the pending change.
    spacing: Theme.spacing / 2
    focusPolicy: opens ? Qt.StrongFocus : Qt.NoFocus
    background: Rectangle {
        color: row.opens && row.down ? Theme.todayBackground : (row.pending ? Theme.noticeBackground : Theme.surface)
        border.color: row.refused ? Theme.error : "transparent"
        border.width: row.refused ? 3 : 0
    }

    // Named, not written inside contentItem: an id inside the deferred contentItem would
    // make it immediate (qmllint).
    contentItem: rowContent
    ColumnLayout {
        id: rowContent
        spacing: row.spacing
        ColumnLayout {
            id: body
            spacing: 0
            Layout.fillWidth: true
        }
        PendingChange {
            model: row.listModel
            pending: row.contentShowsPending ? row.refused : row.pending
            refused: row.refused
            conflict: row.conflict
            pendingDelete: row.pendingDelete
            correctable: row.correctable
            pendingText: row.contentShowsPending ? "" : row.pendingText
            entryId: row.entryId
            Layout.fillWidth: true
            onCorrectRequested: row.correctRequested()
        }
    }
}
