// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import "textfit.js" as TextFit

// The absence form as a person fills it in (issue 27): times typed the way people write
// them wherever the click landed, a wrong time that says why, the form within a phone's
// width, no error before an end date was chosen, the organisation's phone number on one
// line, and weekdays in lower case inside a Dutch sentence.
Item {
    id: root
    width: 900
    height: 1400

    // As in the window: controls take their font from the window (Main.qml).
    Component {
        id: formComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: AbsenceForm {}
        }
    }
    Component { id: spyComponent; SignalSpy {} }
    // Lays out a text the way a label does, to see on which line each character lands.
    Component {
        id: layoutComponent
        TextEdit { readOnly: true; wrapMode: TextEdit.Wrap; visible: false }
    }

    TestCase {
        name: "AbsenceForm"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            tryVerify(() => Organisation.phone.length > 0, 20000)
        }

        function cleanup() {
            App.language.code = "nl"
            App.display.restoreDefaults()
        }

        function makeForm(width) {
            const control = createTemporaryObject(formComponent, root, { width: width || root.width, height: root.height })
            verify(control)
            return control.contentItem
        }

        function daysFromNow(days) {
            const day = new Date()
            day.setHours(0, 0, 0, 0)
            day.setDate(day.getDate() + days)
            return day
        }

        // The text input of a time field.
        function timeInput(form, name) {
            const field = findChild(form, name)
            verify(field, name)
            return "cursorPosition" in field ? field : findChild(field, name + "Input")
        }

        function partOfADay(form) {
            form.startDate = daysFromNow(14)
            mouseClick(findChild(form, "wholeDayNo"))
            const input = timeInput(form, "startTimeField")
            tryVerify(() => input.width > 0 && input.height > 0, 3000, "the time fields show")
            return input
        }

        function type(text) {
            for (const character of text)
                keyClick(character)
        }

        // Issue 27, 1: a click landed after the ":" of the old input mask and the digits
        // typed there vanished; only "08:00" typed from the very start worked.
        function test_typedTimes_data() {
            const rows = []
            for (const typed of ["8", "08", "800", "0800", "8:00", "08.00", "8,00", "8.", " 8:00 "]) {
                for (const where of ["left", "middle", "right"])
                    rows.push({ tag: "'" + typed + "' clicked " + where, typed: typed, where: where })
            }
            return rows
        }
        function test_typedTimes(data) {
            const form = makeForm()
            const input = partOfADay(form)
            const x = data.where === "left" ? 3 : data.where === "middle" ? input.width / 2 : input.width - 3
            mouseClick(input, x, input.height / 2)
            verify(input.activeFocus)
            type(data.typed)
            // The end time, reached with Tab as a keyboard user would: the start time is done.
            keyClick(Qt.Key_Tab)
            compare(input.text, "08:00")
            type("17")
            keyClick(Qt.Key_Tab)
            compare(timeInput(form, "endTimeField").text, "17:00")
            compare(form.periodError, "")
            compare(findChild(form, "startTimeFieldError").visible, false)
        }

        // A time already there is replaced by what is typed, wherever the click landed.
        function test_typingReplacesATime() {
            const form = makeForm()
            const input = partOfADay(form)
            mouseClick(input, input.width / 2, input.height / 2)
            type("0930")
            keyClick(Qt.Key_Tab)
            compare(input.text, "09:30")
            mouseClick(input, input.width - 3, input.height / 2)
            type("1015")
            keyClick(Qt.Key_Return)
            compare(input.text, "10:15")
        }

        // The empty field shows an example, not " : ".
        function test_emptyFieldShowsAnExample() {
            const form = makeForm()
            const input = partOfADay(form)
            compare(input.text, "")
            compare(input.displayText, "")
            compare(input.placeholderText, "bijv. 08:00")
            compare(timeInput(form, "endTimeField").placeholderText, "bijv. 17:00")
        }

        // A wrong time says why, once the user leaves the field; in English too.
        function test_wrongTimeSaysWhy_data() {
            return [
                { tag: "hour", typed: "25", nl: "Het uur kan 0 tot en met 23 zijn.", en: "The hour can be 0 to 23." },
                { tag: "minutes", typed: "8:75", nl: "De minuten kunnen 00 tot en met 59 zijn.", en: "The minutes can be 00 to 59." },
                { tag: "one digit of minutes", typed: "8:3", nl: "Typ de minuten met twee cijfers, bijvoorbeeld 08:05.", en: "Type the minutes with two digits, for example 08:05." },
                { tag: "letters", typed: "acht", nl: "Typ de tijd met cijfers, bijvoorbeeld 08:00.", en: "Type the time in digits, for example 08:00." },
                { tag: "too many digits", typed: "08000", nl: "Typ de tijd als uu:mm, bijvoorbeeld 08:00.", en: "Type the time as hh:mm, for example 08:00." },
            ]
        }
        function test_wrongTimeSaysWhy(data) {
            const form = makeForm()
            const input = partOfADay(form)
            const error = findChild(form, "startTimeFieldError")
            mouseClick(input)
            type(data.typed)
            compare(error.visible, false, "no error while still typing")
            keyClick(Qt.Key_Tab)
            compare(input.text, data.typed, "a wrong time is left as typed, to correct it")
            verify(error.visible)
            compare(error.text, data.nl)
            verify(!findChild(form, "sendAbsenceButton").enabled)
            App.language.code = "en"
            tryCompare(error, "text", data.en)
            App.language.code = "nl"
            // Put right: the error goes.
            mouseClick(input)
            type("0800")
            compare(error.visible, false)
        }

        // Issue 27, 3: at a phone's width "Hele dag = Nee" made the form wider than the
        // screen (heading, "Let op!", Type and Eindtijd cut off on the right).
        function test_partOfADayFitsAPhone_data() {
            return [
                { tag: "phone 360 px", percent: 100 },
                { tag: "phone 360 px at 200 %", percent: 200 },
            ]
        }
        function test_partOfADayFitsAPhone(data) {
            App.display.textPercent = data.percent
            const form = makeForm(360)
            partOfADay(form)
            mouseClick(timeInput(form, "startTimeField"))
            type("25")
            keyClick(Qt.Key_Tab) // an error under a field needs room too
            verify(findChild(form, "startTimeFieldError").visible)
            waitForItemPolished(findChild(form, "timeFields"))
            wait(50)
            const problems = TextFit.textProblems(form).concat(TextFit.controlProblems(form))
            verify(problems.length === 0, problems.join("; "))
            const end = timeInput(form, "endTimeField")
            verify(end.mapToItem(form, 0, 0).x + end.width <= 360, "Eindtijd within the phone")
        }

        // Issue 27, 8: "De einddatum moet op of na de startdatum liggen" showed before an end
        // date was chosen.
        function test_noEndDateErrorBeforeAnEndDate() {
            const form = makeForm()
            mouseClick(findChild(form, "moreDaysRadio"))
            form.startDate = daysFromNow(14)
            const error = findChild(form, "periodError")
            compare(error.visible, false)
            verify(!findChild(form, "sendAbsenceButton").enabled, "but it cannot be sent yet")
            form.endDate = daysFromNow(10)
            verify(error.visible)
            compare(error.text, "De einddatum moet op of na de startdatum liggen.")
            form.endDate = daysFromNow(20)
            compare(error.visible, false)
        }

        // Issue 27, 8: the organisation's number broke in two ("088 123 45" / "67").
        function test_phoneNumberStaysOnOneLine() {
            const form = makeForm()
            const dialog = findChild(form, "absenceSentDialog")
            dialog.late = true
            dialog.queued = false
            dialog.open()
            tryCompare(dialog, "opened", true, 3000)
            const label = findChild(form, "absenceSentText")
            const digits = Organisation.phone.replace(/\D/g, "")
            verify(digits.length >= 8)
            // The number as the label has it, whatever lies between its digits.
            const found = new RegExp(digits.split("").join("\\D?")).exec(label.text)
            verify(found, "the phone number in '" + label.text + "'")
            const layout = createTemporaryObject(layoutComponent, root, { text: label.text, font: label.font })
            // Every width of a phone's dialog down to very narrow: the number is never split.
            for (let width = 140; width <= 460; width += 4) {
                layout.width = width
                const first = layout.positionToRectangle(found.index)
                const last = layout.positionToRectangle(found.index + found[0].length - 1)
                compare(last.y, first.y, "the number on one line at width " + width)
            }
            dialog.close()
        }

        // Issue 27, 11: Enter and Escape close "Verstuurd" (and "Bewaard") and go back to
        // the list, as its Ok does.
        function test_sentDialogKeys_data() {
            return [
                { tag: "Enter, sent", key: Qt.Key_Return, queued: false },
                { tag: "Escape, sent", key: Qt.Key_Escape, queued: false },
                { tag: "Enter, kept offline", key: Qt.Key_Enter, queued: true },
            ]
        }
        function test_sentDialogKeys(data) {
            const form = makeForm()
            const dialog = findChild(form, "absenceSentDialog")
            const done = createTemporaryObject(spyComponent, root, { target: form, signalName: "done" })
            dialog.queued = data.queued
            dialog.open()
            tryCompare(dialog, "opened", true, 3000)
            keyClick(data.key)
            tryCompare(dialog, "visible", false, 3000)
            compare(done.count, 1, "back to the list")
        }

        // Issue 27, 8: "uiterlijk op Vrijdag": Dutch weekday names are lower case in a sentence.
        function test_deadlineWeekdayInLowerCase() {
            const form = makeForm()
            form.startDate = daysFromNow(21)
            const deadline = findChild(form, "deadlineText")
            tryVerify(() => deadline.visible && Client.absences.previewDeadlineText.length > 0, 20000)
            const weekday = /uiterlijk op (\S+) /.exec(deadline.text)
            verify(weekday, deadline.text)
            compare(weekday[1], weekday[1].toLowerCase())
            App.language.code = "en"
            tryVerify(() => /by [A-Z][a-z]+day /.test(deadline.text), 3000, deadline.text)
        }
    }
}
