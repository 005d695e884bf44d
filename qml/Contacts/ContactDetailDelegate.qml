import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One contact detail: kind, value and remark; while editing with a pencil and a cross.
Rectangle {
    id: row

    required property string detailId
    required property string kind
    required property string kindLabel
    required property string value
    required property string remark
    required property bool pending
    required property bool refused
    required property bool conflict
    required property bool pendingDelete
    required property bool correctable
    required property string pendingText
    required property double entryId
    required property ClientListModel listModel
    property bool editing: false
    signal editRequested()
    signal removeRequested()

    implicitHeight: Math.max(Theme.touchTarget + 16, content.implicitHeight + 2 * Theme.spacing)
    color: pending ? Theme.noticeBackground : Theme.surface
    border.color: refused ? Theme.error : "transparent"
    border.width: refused ? 3 : 0
    Accessible.role: Accessible.ListItem
    Accessible.name: kindLabel + ": " + value + (remark.length > 0 ? ", " + remark : "")
                     + (pending ? ", " + pendingText : "")

    // The pencil and the cross beside the detail where it keeps room to be read, under it
    // on a phone at 200 % (beside it, "Huistelefoon" was cut to "Hu…" and the number
    // broke into three lines).
    GridLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        columns: !actions.visible || width - actions.implicitWidth - columnSpacing
                 >= Math.round(200 * Theme.textScale) ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 0 // wrap, never push the row wider
            spacing: 2
            FittedText {
                text: row.kindLabel
                fittedPixelSize: Theme.fontSize
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: row.value
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
            Label {
                visible: row.remark.length > 0
                text: row.remark
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PendingChange {
                model: row.listModel
                pending: row.pending
                refused: row.refused
                conflict: row.conflict
                pendingDelete: row.pendingDelete
                correctable: row.correctable
                pendingText: row.pendingText
                entryId: row.entryId
                Layout.fillWidth: true
                onCorrectRequested: row.editRequested()
            }
        }
        RowLayout {
            id: actions
            visible: row.editing && !row.pending
            spacing: Theme.spacing
            Button {
                text: "\u270E"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("%1 wijzigen").arg(row.kindLabel)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Wijzigen")
                onClicked: row.editRequested()
            }
            Button {
                text: "\u2715"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("%1 verwijderen").arg(row.kindLabel)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Verwijderen")
                onClicked: row.removeRequested()
            }
        }
    }
}
