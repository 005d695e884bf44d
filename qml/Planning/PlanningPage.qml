// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The planning per month, with arrows for the previous and next month and "Vandaag".
// Shown from the cache at once; refreshed from the server; offline it says so. The month
// and each visit can be saved for the user's calendar app (.ics), the month printed in
// large print (PDF); not on a kiosk, where nothing may stay behind on the shared PC.
// A visit's row opens its detail over the month (with "In agenda zetten"); "Terug" or
// Escape returns to the row.
Page {
    id: page

    readonly property PlanningModel planning: Client.planning
    readonly property bool canExport: !App.kiosk
    // A phone, or large text on a tablet: the month bar keeps the month and "Vandaag" in
    // sight and puts the other actions under "Meer", so the visits still have room. (A
    // kiosk has only "Vernieuwen" there: no menu for one action.)
    readonly property bool compactBar: bar.room < Math.round(600 * Theme.textScale)
    readonly property bool actionsInMenu: compactBar && canExport
    // The room for the "›" at the end of each row (the column titles leave it too).
    readonly property real openMarkWidth: Math.round(28 * Theme.textScale)
    // The visit whose detail is shown over the month ("" for the month itself), and the
    // row it was opened from, which has the focus again after "Terug".
    property string openVisitId: ""
    property int openedRow: -1

    function openVisit(visitId, row) {
        openedRow = row
        openVisitId = visitId
    }

    function closeVisit(withKeyboard) {
        openVisitId = ""
        list.currentIndex = openedRow
        const row = list.itemAtIndex(openedRow)
        if (row)
            row.forceActiveFocus(withKeyboard ? Qt.TabFocusReason : Qt.OtherFocusReason)
    }

    // Asks where to save, starting in Documenten with a name like "planning-2026-12.ics".
    function saveAs(kind: string, visitId: string, fileName: string) {
        saveDialog.ask(kind, visitId, fileName)
    }

    // "Voorlezen": the day's or the month's visits as sentences, spoken where this computer
    // has a speech engine (the button is hidden where it has none).
    PlanningSpeech {
        id: speechText
        planning: Client.planning
        language: App.language.code
    }
    ReadAloud {
        id: readAloud
        language: App.language.code
    }

    function readToday() {
        const text = speechText.day()
        if (text.length > 0)
            readAloud.say(text)
    }

    PlanningExport {
        id: exporter
        planning: Client.planning
        language: App.language
        organisationName: Organisation.name
    }

    PlanningSaveDialog {
        id: saveDialog
        objectName: "exportSaveDialog"
        planningExport: exporter
    }

    background: Rectangle { color: Theme.background }
    // The reported absences mark the visits they cover.
    LoadWhenIdle {
        model: Client.absences
        active: Organisation.hasAbsence && Rights.holds(App.session.rights, "absences")
    }

    ColumnLayout {
        objectName: "planningMonth"
        visible: page.openVisitId.length === 0
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // Month navigation and actions; on a narrow window (or with large text) they wrap
        // onto more lines, each action on its own, and long labels wrap inside their button.
        Flow {
            id: bar
            // The width its items may take. Unbounded until the layout gives the bar its
            // width: a positioner places its items once when it is created, and skips any
            // that are 0 wide then.
            readonly property real room: width > 0 ? width : Infinity
            Layout.fillWidth: true
            spacing: Theme.spacing

            Row {
                spacing: Theme.spacing
                Button {
                    objectName: "previousMonthButton"
                    text: "\u2039"
                    font.pixelSize: Theme.titleFontSize
                    width: Theme.touchTarget
                    height: Theme.touchTarget
                    Accessible.name: qsTr("Vorige maand")
                    onClicked: page.planning.previousMonth()
                }
                Heading {
                    objectName: "monthTitle"
                    text: page.planning.monthTitle
                    fittedPixelSize: Theme.largeFontSize
                    font.bold: true
                    // The arrows stay beside it: on a phone at large text the title takes
                    // what is left between them, on two lines if need be.
                    width: Math.max(Theme.touchTarget,
                                    Math.min(Math.round(130 * Theme.textScale),
                                             bar.room - 2 * Theme.touchTarget - 2 * Theme.spacing))
                    height: Math.max(Theme.touchTarget, implicitHeight)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                Button {
                    objectName: "nextMonthButton"
                    text: "\u203A"
                    font.pixelSize: Theme.titleFontSize
                    width: Theme.touchTarget
                    height: Theme.touchTarget
                    Accessible.name: qsTr("Volgende maand")
                    onClicked: page.planning.nextMonth()
                }
            }
            WrappingButton {
                objectName: "todayButton"
                text: qsTr("Vandaag")
                width: Math.min(implicitWidth, bar.room)
                onClicked: page.planning.goToToday()
            }
            WrappingButton {
                objectName: "refreshButton"
                visible: !page.actionsInMenu
                text: qsTr("Vernieuwen")
                enabled: !page.planning.loading
                width: Math.min(implicitWidth, bar.room)
                onClicked: page.planning.refresh()
            }
            WrappingButton {
                objectName: "exportCalendarButton"
                visible: page.canExport && !page.actionsInMenu
                text: qsTr("Exporteren naar agenda (.ics)")
                width: Math.min(implicitWidth, bar.room)
                Accessible.name: qsTr("Planning van deze maand exporteren naar uw agenda (.ics)")
                onClicked: page.saveAs("month", "", exporter.monthFileName + ".ics")
            }
            WrappingButton {
                objectName: "printButton"
                visible: page.canExport && !page.actionsInMenu
                text: qsTr("Afdrukken (PDF)")
                width: Math.min(implicitWidth, bar.room)
                Accessible.name: qsTr("Planning van deze maand afdrukken in grote letters (PDF)")
                onClicked: page.saveAs("pdf", "", exporter.monthFileName + ".pdf")
            }
            WrappingButton {
                id: readAloudButton
                objectName: "readAloudButton"
                visible: readAloud.available && !page.actionsInMenu && !readAloud.speaking
                text: qsTr("Voorlezen")
                width: Math.min(implicitWidth, bar.room)
                Accessible.name: qsTr("De planning voorlezen")
                onClicked: readAloudMenu.popup(readAloudButton, 0, readAloudButton.height)
            }
            // While speaking, on every bar: stopping must never be more than one tap away.
            WrappingButton {
                objectName: "stopReadingButton"
                visible: readAloud.speaking
                text: qsTr("Stop voorlezen")
                width: Math.min(implicitWidth, bar.room)
                onClicked: readAloud.stop()
            }
            WrappingButton {
                id: moreButton
                objectName: "moreActionsButton"
                visible: page.actionsInMenu
                text: qsTr("Meer")
                width: Math.min(implicitWidth, bar.room)
                Accessible.name: qsTr("Meer: vernieuwen, exporteren, afdrukken")
                onClicked: moreMenu.popup(moreButton, 0, moreButton.height)
            }
            // Last, and only while loading: in the middle of the bar it left an empty gap
            // between the buttons the rest of the time (before "Voorlezen" on the kiosk).
            BusyIndicator {
                objectName: "planningBusy"
                visible: running && !page.compactBar
                running: page.planning.loading
                width: Theme.touchTarget
                height: Theme.touchTarget
            }
        }

        // "Meer" on a narrow bar: the actions the bar has no room for, each on as many
        // lines as it needs.
        Menu {
            id: moreMenu
            objectName: "moreActionsMenu"
            // The reader's text size as in the window (set here too for a page shown on its own).
            font.pixelSize: Theme.fontSize
            // Wide enough for its entries on one line where the window allows it.
            width: Math.min(Math.round(420 * Theme.textScale), page.width - 2 * Theme.margin)
            margins: Theme.margin // kept inside the window, whatever the button's place

            WrappingMenuItem {
                objectName: "refreshMenuItem"
                text: qsTr("Vernieuwen")
                enabled: !page.planning.loading
                onTriggered: page.planning.refresh()
            }
            WrappingMenuItem {
                objectName: "exportCalendarMenuItem"
                text: qsTr("Exporteren naar agenda (.ics)")
                Accessible.name: qsTr("Planning van deze maand exporteren naar uw agenda (.ics)")
                onTriggered: page.saveAs("month", "", exporter.monthFileName + ".ics")
            }
            WrappingMenuItem {
                objectName: "printMenuItem"
                text: qsTr("Afdrukken (PDF)")
                Accessible.name: qsTr("Planning van deze maand afdrukken in grote letters (PDF)")
                onTriggered: page.saveAs("pdf", "", exporter.monthFileName + ".pdf")
            }
            WrappingMenuItem {
                objectName: "readTodayMoreItem"
                visible: readAloud.available
                enabled: page.planning.showsThisMonth
                text: qsTr("Vandaag voorlezen")
                onTriggered: page.readToday()
            }
            WrappingMenuItem {
                objectName: "readMonthMoreItem"
                visible: readAloud.available
                text: qsTr("Deze maand voorlezen")
                onTriggered: readAloud.say(speechText.month())
            }
        }

        Menu {
            id: readAloudMenu
            objectName: "readAloudMenu"
            font.pixelSize: Theme.fontSize
            width: Math.min(Math.round(360 * Theme.textScale), page.width - 2 * Theme.margin)
            margins: Theme.margin

            WrappingMenuItem {
                objectName: "readTodayItem"
                enabled: page.planning.showsThisMonth // only the month on screen is loaded
                text: qsTr("Vandaag voorlezen")
                onTriggered: page.readToday()
            }
            WrappingMenuItem {
                objectName: "readMonthItem"
                text: qsTr("Deze maand voorlezen")
                onTriggered: readAloud.say(speechText.month())
            }
        }

        StatusBanner {
            objectName: "exportMessage"
            text: exporter.errorMessage.length > 0 ? exporter.errorMessage : exporter.resultMessage
            isError: exporter.errorMessage.length > 0
            actionText: qsTr("Sluiten")
            onActionTriggered: exporter.clearResult()
            Layout.fillWidth: true
        }
        StatusBanner {
            objectName: "readAloudMessage"
            text: readAloud.errorMessage
            isError: true
            actionText: qsTr("Sluiten")
            onActionTriggered: readAloud.clearError()
            Layout.fillWidth: true
        }
        // Offline, in the words of every page: this is the kept copy, and of when.
        ListFreshness {
            objectName: "offlineBanner"
            offline: page.planning.offline && page.planning.hasData
            updatedText: page.planning.updatedText
            visible: offline
            Layout.fillWidth: true
        }
        StatusBanner {
            objectName: "planningError"
            text: page.planning.errorMessage
            isError: true
            actionText: qsTr("Opnieuw proberen")
            onActionTriggered: page.planning.refresh()
            Layout.fillWidth: true
        }

        // Column titles where the columns are wide enough for them; on a phone each row
        // speaks for itself (date and weekday, time and kind of help, carer).
        PlanningColumns {
            id: header
            visible: list.count > 0 && !page.compactBar
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing + page.openMarkWidth
            Label { text: qsTr("Datum"); font.bold: true; width: header.dateWidth; wrapMode: Text.Wrap }
            Label { text: qsTr("Tijdstip"); font.bold: true; width: header.timeWidth; wrapMode: Text.Wrap }
            Label {
                text: qsTr("Soort hulp")
                font.bold: true
                visible: !header.compact
                width: header.helpTypeWidth
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Naam"); font.bold: true; width: header.carerWidth; wrapMode: Text.Wrap }
        }

        // The visits, and under them, when they do not all fit, how many follow.
        Item {
            id: listArea
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "planningList"
                // More visits than fit: the scroll bar stays in sight, the last row fades out
                // and, where there is room, the bar under the list says how many follow.
                readonly property bool overflows: contentHeight > listArea.height + 0.5
                // The visits below the visible part, the one cut off by the edge included.
                // (Read again when the rows are laid out: contentHeight follows them.)
                readonly property int hiddenBelow: {
                    if (!overflows || count === 0 || contentHeight <= 0)
                        return 0
                    const bottom = contentY + height
                    const last = indexAt(width / 2, bottom - 1)
                    if (last < 0)
                        return 0
                    const item = itemAtIndex(last)
                    return count - last - (item && item.y + item.height <= bottom + 1 ? 1 : 0)
                }

                width: parent.width
                height: moreBar.visible ? parent.height - moreBar.height - Theme.spacing : parent.height
                clip: true
                model: page.planning
                delegate: AppointmentDelegate {
                    id: visitRow
                    width: ListView.view.width
                    openMarkWidth: page.openMarkWidth
                    onClicked: page.openVisit(visitRow.visitId, visitRow.index)
                }
                ScrollBar.vertical: ScrollBar {
                    objectName: "planningScrollBar"
                    policy: list.overflows ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                }

                Rectangle {
                    objectName: "moreFade"
                    visible: list.hiddenBelow > 0
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: Math.round(Theme.touchTarget / 2)
                    gradient: Gradient {
                        GradientStop { position: 0.0; color: "transparent" }
                        GradientStop { position: 1.0; color: Theme.background }
                    }
                }

                // The bar has no room for it when compact.
                BusyIndicator {
                    anchors.centerIn: parent
                    visible: page.compactBar
                    running: page.planning.loading
                    width: Theme.touchTarget
                    height: Theme.touchTarget
                }

                Label {
                    objectName: "emptyLabel"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.margin
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    visible: list.count === 0 && !page.planning.loading && page.planning.errorMessage.length === 0
                    text: page.planning.hasData ? qsTr("Er zijn in deze maand geen bezoeken gepland.")
                                                : qsTr("Deze maand is nog niet opgehaald.")
                    color: Theme.mutedText
                }
            }

            // Under a list longer than the window, where the window has room for it: how
            // many visits follow (a tap shows them), or that the month ends here. One line
            // high whatever the count (a height that followed the count would move the list
            // it counts): a text too wide is set smaller. On a phone at large text the
            // visits need the room; the scroll bar and the fade say it there.
            Item {
                id: moreBar
                visible: list.overflows && listArea.height >= 5 * Theme.touchTarget
                y: parent.height - height
                width: parent.width
                height: Math.max(48, Math.ceil(1.4 * Theme.smallFontSize) + 12)

                Button {
                    id: moreVisitsButton
                    objectName: "moreVisitsButton"
                    visible: list.hiddenBelow > 0
                    text: "\u2193 " + qsTr("Nog %n bezoeken", "", list.hiddenBelow)
                    font.pixelSize: Theme.smallFontSize
                    width: Math.min(implicitWidth, parent.width)
                    height: parent.height
                    anchors.horizontalCenter: parent.horizontalCenter
                    focusPolicy: Qt.NoFocus // the keyboard goes from row to row, and they scroll along
                    Accessible.name: qsTr("Nog %n bezoeken", "", list.hiddenBelow)
                    contentItem: Text {
                        text: moreVisitsButton.text
                        font: moreVisitsButton.font
                        color: moreVisitsButton.palette.buttonText
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Math.round(0.6 * Theme.smallFontSize)
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: list.positionViewAtIndex(list.count - list.hiddenBelow, ListView.Beginning)
                }
                Label {
                    objectName: "monthEndLabel"
                    visible: list.hiddenBelow === 0
                    text: qsTr("Einde van de maand")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Math.round(0.6 * Theme.smallFontSize)
                    width: parent.width
                    height: parent.height
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        Label {
            objectName: "planningUpdated"
            visible: page.planning.hasData && !page.planning.offline
            text: page.planning.updatedText
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // One visit over the month, opened from its row. (Not in a Loader: Qt 6.4's Loader can
    // not create a component of a file with bound components.)
    VisitDetail {
        id: visitDetail
        anchors.fill: parent
        visible: page.openVisitId.length > 0
        planning: page.planning
        visitId: page.openVisitId
        canExport: page.canExport
        onBackRequested: withKeyboard => page.closeVisit(withKeyboard)
        onExportRequested: id => page.saveAs("visit", id, exporter.visitFileName(id) + ".ics")
    }
}
