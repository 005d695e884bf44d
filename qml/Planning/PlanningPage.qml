// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CarePortal

// The planning per month, with arrows for the previous and next month and "Vandaag".
// Shown from the cache at once; refreshed from the server; offline it says so. The month
// and each visit can be saved for the user's calendar app (.ics), the month printed in
// large print (PDF); not on a kiosk, where nothing may stay behind on the shared PC.
Page {
    id: page

    readonly property PlanningModel planning: Client.planning
    readonly property bool canExport: !App.kiosk
    // A phone, or large text on a tablet: the month bar keeps the month and "Vandaag" in
    // sight and puts the other actions under "Meer", so the visits still have room. (A
    // kiosk has only "Vernieuwen" there: no menu for one action.)
    readonly property bool compactBar: bar.room < Math.round(600 * Theme.textScale)
    readonly property bool actionsInMenu: compactBar && canExport
    // Room beside each row for its "In agenda zetten" button; on a narrow window the
    // button goes under the row instead.
    readonly property real visitActionWidth: canExport && list.width >= 720 ? Math.round(200 * Theme.textScale) : 0

    // Asks where to save, starting in Documenten with a name like "planning-2026-12.ics".
    function saveAs(kind, visitId, fileName) {
        exporter.clearResult()
        saveDialog.kind = kind
        saveDialog.visitId = visitId
        saveDialog.currentFolder = exporter.suggestedFolder()
        saveDialog.selectedFile = exporter.suggestedFile(fileName)
        saveDialog.open()
    }

    function saveVisit(visitRow) {
        const id = exporter.visitId(visitRow)
        page.saveAs("visit", id, exporter.visitFileName(id) + ".ics")
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

    FileDialog {
        id: saveDialog
        objectName: "exportSaveDialog"

        property string kind: "month" // "month", "visit" or "pdf"
        property string visitId

        fileMode: FileDialog.SaveFile
        title: kind === "pdf" ? qsTr("Planning opslaan om af te drukken")
             : kind === "visit" ? qsTr("Bezoek opslaan voor uw agenda")
             : qsTr("Planning opslaan voor uw agenda")
        nameFilters: kind === "pdf" ? [qsTr("PDF-bestanden (*.pdf)")] : [qsTr("Agendabestanden (*.ics)")]
        defaultSuffix: kind === "pdf" ? "pdf" : "ics"
        onAccepted: {
            if (kind === "pdf") {
                // Opened at once in the PDF viewer, where it can be printed.
                if (exporter.saveMonthPdf(selectedFile))
                    Qt.openUrlExternally(selectedFile)
            } else if (kind === "visit") {
                exporter.saveVisitCalendar(visitId, selectedFile)
            } else {
                exporter.saveMonthCalendar(selectedFile)
            }
        }
    }

    background: Rectangle { color: Theme.background }

    ColumnLayout {
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
            BusyIndicator {
                visible: !page.compactBar
                running: page.planning.loading
                width: Theme.touchTarget
                height: Theme.touchTarget
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
        StatusBanner {
            objectName: "offlineBanner"
            text: page.planning.offline && page.planning.hasData
                  ? qsTr("Offline — bijgewerkt op %1").arg(page.planning.lastUpdatedText) : ""
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
            Layout.rightMargin: Theme.spacing + page.visitActionWidth
            Label { text: qsTr("Datum"); font.bold: true; width: header.dateWidth; wrapMode: Text.Wrap }
            Label { text: qsTr("Tijdstip"); font.bold: true; width: header.timeWidth; wrapMode: Text.Wrap }
            Label {
                text: qsTr("Soort hulp")
                font.bold: true
                visible: !header.compact
                width: header.helpTypeWidth
                elide: Text.ElideRight
            }
            Label { text: qsTr("Naam"); font.bold: true; width: header.carerWidth; wrapMode: Text.Wrap }
        }

        ListView {
            id: list
            objectName: "planningList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.planning
            delegate: AppointmentDelegate {
                width: ListView.view.width
                canExport: page.canExport
                actionWidth: page.visitActionWidth
                onExportRequested: visitRow => page.saveVisit(visitRow)
            }
            ScrollBar.vertical: ScrollBar {}

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

        Label {
            visible: page.planning.hasData && !page.planning.offline
            text: qsTr("Bijgewerkt op %1").arg(page.planning.lastUpdatedText)
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
