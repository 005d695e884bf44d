// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Afwezigheidsmelding" as in the portal: Periodeselectie (Type, Eén dag / Meerdere dagen),
// Periode start (Startdatum, Hele dag Ja/Nee with Starttijd/Eindtijd), Periode einde
// (Einddatum bekend Ja/Nee, Einddatum). Before sending it shows the deadline of the notice
// rule and the planned visits the absence touches; a late report is still sent, with the
// advice to phone the organisation.
Page {
    id: page

    readonly property AbsencesModel absences: Client.absences
    property date startDate: new Date(NaN)
    property date endDate: new Date(NaN)
    readonly property bool multipleDays: moreDays.checked
    readonly property bool wholeDay: multipleDays || wholeDayYes.checked
    readonly property bool endKnown: endKnownYes.checked
    readonly property string periodError: absences.periodError(startDate, endDate, multipleDays, endKnown,
                                                               wholeDay, startTime.time, endTime.time)
    // Everything the period needs is filled in: only then is what is wrong with it shown
    // (not "the end date must be ..." before an end date was chosen; the time fields say
    // themselves what is wrong with a time).
    readonly property bool periodComplete: !isNaN(startDate.getTime())
                                           && (!multipleDays || !endKnown || !isNaN(endDate.getTime()))
                                           && (wholeDay || (startTime.time.length > 0 && endTime.time.length > 0))
    readonly property bool canSend: typeBox.currentIndex >= 0 && periodError.length === 0
                                    && !absences.busy
    /// A refused report to correct (its outbox entry); 0 for a new report.
    property double correctingEntry: 0
    signal done()

    Component.onCompleted: {
        if (correctingEntry <= 0)
            return
        const report = absences.pendingReport(correctingEntry)
        if (report.type === undefined)
            return
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue(report.type))
        startDate = report.startDate
        const oneDayOnly = report.endDate !== undefined && report.endDate !== null
                           && report.endDate.getTime() === report.startDate.getTime()
        moreDays.checked = !oneDayOnly
        oneDay.checked = oneDayOnly
        if (!oneDayOnly) {
            endKnownYes.checked = report.endDate !== undefined && report.endDate !== null
            endKnownNo.checked = !endKnownYes.checked
            if (endKnownYes.checked)
                endDate = report.endDate
        }
        wholeDayYes.checked = report.wholeDay
        wholeDayNo.checked = !report.wholeDay
        startTime.reset(report.startTime)
        endTime.reset(report.endTime)
    }

    // A phone number in a sentence stays on one line: "088 123 45 67", never "088 123 45"
    // with "67" under it.
    function unbroken(phone: string): string {
        return phone.replace(/ /g, "\u00a0").replace(/-/g, "\u2011")
    }

    function refreshPreview() {
        if (isNaN(startDate.getTime()) || periodError.length > 0)
            absences.preview(new Date(NaN), new Date(NaN), true, "", "")
        else
            absences.preview(startDate, multipleDays && endKnown ? endDate : (multipleDays ? new Date(NaN) : startDate),
                             wholeDay, startTime.time, endTime.time)
    }

    onPeriodErrorChanged: refreshPreview()
    onStartDateChanged: refreshPreview()
    onEndDateChanged: refreshPreview()
    onWholeDayChanged: refreshPreview()
    onEndKnownChanged: refreshPreview()
    onMultipleDaysChanged: refreshPreview()

    background: Rectangle { color: Theme.background }

    Connections {
        target: page.absences
        enabled: page.StackView.status === StackView.Active
        function onSubmitted(late) {
            sentDialog.late = late
            sentDialog.queued = false
            sentDialog.open()
        }
        function onQueued() {
            sentDialog.queued = true
            sentDialog.open()
        }
        function onSaved() {
            if (page.correctingEntry > 0)
                page.done() // the corrected report waits in the list, sent again
        }
        function onSaveFailed(fieldErrors, message) {
            const fields = Object.keys(fieldErrors)
            formError.text = fields.length > 0 ? fields.map(f => fieldErrors[f]).join(" ") : message
        }
    }

    DatePickerDialog {
        id: startPicker
        objectName: "startPicker"
        minimumDate: new Date()
        onPicked: day => page.startDate = day
    }
    DatePickerDialog {
        id: endPicker
        objectName: "endPicker"
        minimumDate: isNaN(page.startDate.getTime()) ? new Date() : page.startDate
        onPicked: day => page.endDate = day
    }

    Dialog {
        id: sentDialog
        objectName: "absenceSentDialog"
        property bool late: false
        property bool queued: false
        title: queued ? qsTr("Bewaard") : qsTr("Verstuurd")
        modal: true
        padding: Theme.margin
        anchors.centerIn: Overlay.overlay
        width: Math.min(460, (parent ? parent.width : 460) - 2 * Theme.margin)
        // Only says what happened: Enter (its Ok) and Escape both close it.
        closePolicy: Popup.CloseOnEscape
        // In a layout, not `width: parent.width`: with a title that made a binding loop on
        // the dialog's implicitHeight.
        ColumnLayout {
            anchors.fill: parent
            Label {
                objectName: "absenceSentText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: sentDialog.queued
                      ? qsTr("Er is nu geen verbinding met %1. Uw melding is bewaard op dit apparaat en wordt vanzelf verstuurd zodra er weer verbinding is. Tot dan staat hij in de lijst als \"Wacht op verzending\".").arg(Organisation.name)
                      : sentDialog.late
                      ? qsTr("Uw afwezigheidsmelding is verstuurd. Omdat de melding niet op tijd is, vragen wij u ook te bellen met %1 op %2.")
                            .arg(Organisation.name).arg(page.unbroken(Organisation.phone))
                      : qsTr("Uw afwezigheidsmelding is verstuurd. Een medewerker verwerkt de melding; daarna ziet u de wijziging in uw planning.")
            }
        }
        footer: Item {
            implicitHeight: sentOk.implicitHeight + 2 * Theme.spacing
            PrimaryButton {
                id: sentOk
                objectName: "absenceSentOk"
                text: qsTr("Ok")
                implicitWidth: Math.max(96, implicitContentWidth + 2 * Theme.spacing)
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                onClicked: sentDialog.accept()
            }
        }
        onAccepted: page.done()
        onRejected: page.done()
        DialogKeys { dialog: sentDialog; onAccepted: sentDialog.accept() }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Afwezigheidsmelding")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
            }

            Heading { text: qsTr("Periodeselectie"); fittedPixelSize: Theme.largeFontSize; font.bold: true; Layout.fillWidth: true }
            FieldLabel { text: qsTr("Type"); Layout.fillWidth: true }
            WrappingComboBox {
                id: typeBox
                objectName: "absenceTypeBox"
                model: page.absences.types
                textRole: "label"
                valueRole: "code"
                currentIndex: count > 0 ? 0 : -1
                Layout.fillWidth: true
                Accessible.name: qsTr("Type")
            }
            ButtonRow {
                rowSpacing: 0
                packed: true
                Layout.fillWidth: true
                WrappingRadioButton { id: oneDay; objectName: "oneDayRadio"; text: qsTr("Eén dag"); checked: true; Layout.fillWidth: true; Layout.maximumWidth: implicitWidth }
                WrappingRadioButton { id: moreDays; objectName: "moreDaysRadio"; text: qsTr("Meerdere dagen"); Layout.fillWidth: true; Layout.maximumWidth: implicitWidth }
            }

            Heading { text: qsTr("Periode start"); fittedPixelSize: Theme.largeFontSize; font.bold: true; Layout.fillWidth: true }
            StatusBanner {
                text: qsTr("Let op! Afwezigheid moet op tijd gemeld worden!")
                Layout.fillWidth: true
            }
            FieldLabel { text: qsTr("Startdatum"); Layout.fillWidth: true }
            // Wraps: "Maandag 21 dec 2026" was cut off on a phone at 200 %.
            WrappingButton {
                objectName: "startDateButton"
                text: isNaN(page.startDate.getTime()) ? qsTr("Kies een datum")
                                                      : page.absences.dateText(page.startDate)
                Layout.fillWidth: true
                Accessible.name: qsTr("Startdatum") + ": " + text
                onClicked: startPicker.openAt(isNaN(page.startDate.getTime()) ? new Date() : page.startDate)
            }
            FieldLabel { visible: !page.multipleDays; text: qsTr("Hele dag"); Layout.fillWidth: true }
            ButtonRow {
                visible: !page.multipleDays
                rowSpacing: 0
                packed: true
                Layout.fillWidth: true
                WrappingRadioButton { id: wholeDayYes; objectName: "wholeDayYes"; text: qsTr("Ja"); checked: true; Layout.fillWidth: true; Layout.maximumWidth: implicitWidth }
                WrappingRadioButton { id: wholeDayNo; objectName: "wholeDayNo"; text: qsTr("Nee"); Layout.fillWidth: true; Layout.maximumWidth: implicitWidth }
            }
            // Side by side where both fit, one under the other on a narrow phone: never wider
            // than the form (two fixed-width fields made the whole form wider than a phone).
            GridLayout {
                id: timeFields
                objectName: "timeFields"
                visible: !page.wholeDay
                // Two equal halves (an error under a field has the half's width), or one
                // under the other.
                readonly property real columnWidth: Math.max(startTime.naturalWidth, endTime.naturalWidth)
                columns: width >= 2 * columnWidth + columnSpacing ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true
                TimeField {
                    id: startTime
                    objectName: "startTimeField"
                    label: qsTr("Starttijd")
                    example: "08:00"
                    Layout.fillWidth: true
                    Layout.preferredWidth: timeFields.columnWidth
                    Layout.alignment: Qt.AlignTop
                    onTimeChanged: page.refreshPreview()
                }
                TimeField {
                    id: endTime
                    objectName: "endTimeField"
                    label: qsTr("Eindtijd")
                    example: "17:00"
                    Layout.fillWidth: true
                    Layout.preferredWidth: timeFields.columnWidth
                    Layout.alignment: Qt.AlignTop
                    onTimeChanged: page.refreshPreview()
                }
            }

            Heading { visible: page.multipleDays; text: qsTr("Periode einde"); fittedPixelSize: Theme.largeFontSize; font.bold: true; Layout.fillWidth: true }
            FieldLabel { visible: page.multipleDays; text: qsTr("Einddatum bekend"); Layout.fillWidth: true }
            ButtonRow {
                visible: page.multipleDays
                rowSpacing: 0
                packed: true
                Layout.fillWidth: true
                WrappingRadioButton { id: endKnownYes; objectName: "endKnownYes"; text: qsTr("Ja"); checked: true; Layout.fillWidth: true; Layout.maximumWidth: implicitWidth }
                WrappingRadioButton { id: endKnownNo; objectName: "endKnownNo"; text: qsTr("Nee"); Layout.fillWidth: true; Layout.maximumWidth: implicitWidth }
            }
            FieldLabel { visible: page.multipleDays && page.endKnown; text: qsTr("Einddatum"); Layout.fillWidth: true }
            // Wraps: "Maandag 21 dec 2026" was cut off on a phone at 200 %.
            WrappingButton {
                objectName: "endDateButton"
                visible: page.multipleDays && page.endKnown
                text: isNaN(page.endDate.getTime()) ? qsTr("Kies een datum")
                                                    : page.absences.dateText(page.endDate)
                Layout.fillWidth: true
                Accessible.name: qsTr("Einddatum") + ": " + text
                onClicked: endPicker.openAt(isNaN(page.endDate.getTime())
                                            ? (isNaN(page.startDate.getTime()) ? new Date() : page.startDate)
                                            : page.endDate)
            }

            Label {
                objectName: "periodError"
                visible: page.periodComplete && page.periodError.length > 0
                text: page.periodError
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // What the absence means for the planning, before anything is sent.
            Rectangle {
                visible: page.absences.previewDeadlineText.length > 0
                color: Theme.surface
                border.color: Theme.divider
                radius: Theme.radius
                Layout.fillWidth: true
                implicitHeight: previewColumn.implicitHeight + 2 * Theme.spacing
                ColumnLayout {
                    id: previewColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 4
                    Label {
                        objectName: "deadlineText"
                        text: qsTr("Meld uw afwezigheid uiterlijk op %1.").arg(page.absences.previewDeadlineText)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "lateText"
                        visible: page.absences.previewLate
                        text: qsTr("Deze melding is te laat. U kunt hem wel versturen, maar bel ook %1 op %2.")
                                  .arg(Organisation.name).arg(page.unbroken(Organisation.phone))
                        color: Theme.error
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: page.absences.previewVisits.length > 0
                              ? qsTr("Deze geplande bezoeken vallen in uw afwezigheid:")
                              : qsTr("Er zijn in deze periode geen bezoeken gepland.")
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        objectName: "affectedVisits"
                        model: page.absences.previewVisits
                        delegate: Label {
                            required property var modelData
                            text: "• " + modelData.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Label {
                id: formError
                objectName: "absenceFormError"
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ButtonRow {
                Layout.fillWidth: true
                Button {
                    text: qsTr("Annuleren")
                    implicitHeight: Theme.touchTarget
                    enabled: !page.absences.busy
                    onClicked: page.done()
                }
                PrimaryButton {
                    objectName: "sendAbsenceButton"
                    text: page.absences.busy ? qsTr("Bezig…") : qsTr("Versturen")
                    Layout.fillWidth: true
                    enabled: page.canSend
                    onClicked: page.absences.submit(typeBox.currentValue, page.startDate,
                                                    page.multipleDays && page.endKnown ? page.endDate
                                                    : page.multipleDays ? new Date(NaN) : page.startDate,
                                                    page.wholeDay, startTime.time, endTime.time,
                                                    page.correctingEntry)
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
