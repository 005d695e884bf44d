// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import "controls.js" as Controls

// "Selecteer organisatie" (seed 004) over the shipped list of invented organisations:
// typing narrows the list, nothing found says so, the keyboard alone can choose, a choice
// is confirmed once more before it counts, and a kiosk offers no choice at all.
Item {
    id: root
    width: 800
    height: 700

    Component {
        id: pageComponent
        ChooseOrganisationPage {
            anchors.fill: parent
            directory: OrganisationDirectoryModel {}
        }
    }

    SignalSpy { id: chosenSpy; signalName: "chosen" }

    TestCase {
        name: "ChooseOrganisationPage"
        when: windowShown

        function makePage(properties) {
            const page = createTemporaryObject(pageComponent, root, properties || {})
            verify(page)
            chosenSpy.clear()
            chosenSpy.target = page.directory
            return page
        }

        function type(text) {
            for (const c of text)
                keyClick(c)
        }

        function test_filterIsFocusedAndTypingNarrows() {
            const page = makePage()
            const input = findChild(page, "organisationFilterInput")
            const list = findChild(page, "organisationList")
            tryCompare(input, "activeFocus", true)
            const all = list.count
            verify(all >= 8)
            type("zorg")
            compare(page.directory.filterText, "zorg")
            verify(list.count > 1 && list.count < all, "zorg: " + list.count + " of " + all)
            compare(findChild(page, "noOrganisationFound").visible, false)
            type(" zwolle")
            tryCompare(list, "count", 1)
            tryCompare(findChild(page, "organisationCount"), "text", "1 organisatie")
            for (let i = 0; i < " zwolle".length; ++i)
                keyClick(Qt.Key_Backspace)
            tryVerify(() => list.count > 1)
        }

        function test_nothingFoundIsSaid() {
            const page = makePage()
            tryCompare(findChild(page, "organisationFilterInput"), "activeFocus", true)
            type("xyzzy")
            const list = findChild(page, "organisationList")
            tryCompare(list, "count", 0)
            const empty = findChild(page, "noOrganisationFound")
            verify(Controls.shown(empty))
            compare(empty.text, "Geen organisatie gevonden")
        }

        function test_keyboardChoosesAfterConfirmation() {
            const page = makePage()
            tryCompare(findChild(page, "organisationFilterInput"), "activeFocus", true)
            type("kwartel")
            const list = findChild(page, "organisationList")
            tryCompare(list, "count", 1)
            keyClick(Qt.Key_Down)
            verify(list.activeFocus)
            compare(list.currentIndex, 0)
            keyClick(Qt.Key_Return)
            const confirmation = findChild(page, "organisationConfirmation")
            tryCompare(confirmation, "visible", true)
            compare(findChild(page, "pendingOrganisation").text, "Wijkzorg Kwartelhof")
            compare(chosenSpy.count, 0, "nothing chosen before the confirmation")
            verify(findChild(page, "confirmOrganisation").activeFocus)
            keyClick(Qt.Key_Return)
            compare(chosenSpy.count, 1)
            compare(page.directory.chosenName, "Wijkzorg Kwartelhof")
        }

        function test_mouseCanGoBackBeforeChoosing() {
            const page = makePage()
            const list = findChild(page, "organisationList")
            tryVerify(() => list.count > 1)
            let first = null
            tryVerify(() => (first = findChild(list, "organisation_0")) !== null)
            const firstName = first.name
            mouseClick(first)
            tryCompare(findChild(page, "organisationConfirmation"), "visible", true)
            compare(findChild(page, "pendingOrganisation").text, firstName)
            verify(!Controls.shown(list))
            mouseClick(findChild(page, "chooseOtherOrganisation"))
            tryVerify(() => Controls.shown(list))
            compare(chosenSpy.count, 0)

            let second = null
            tryVerify(() => (second = findChild(list, "organisation_1")) !== null)
            const secondName = second.name
            mouseClick(second)
            mouseClick(findChild(page, "confirmOrganisation"))
            compare(chosenSpy.count, 1)
            compare(page.directory.chosenName, secondName)
        }

        function test_bigEnoughToTouch_data() {
            return [{ tag: "phone 360x640", width: 360, height: 640 },
                    { tag: "tablet 1280x800", width: 1280, height: 800 }]
        }
        function test_bigEnoughToTouch(data) {
            root.width = data.width
            root.height = data.height
            const page = makePage()
            const list = findChild(page, "organisationList")
            tryVerify(() => list.count > 1)
            wait(50)
            const controls = Controls.visibleControls(page)
            verify(controls.length >= 3)
            for (const control of controls)
                verify(control.height >= Theme.touchTarget, Controls.describe(control))
            root.width = 800
            root.height = 700
        }

        function test_kioskOffersNoChoice() {
            const page = makePage({ refused: true })
            verify(Controls.shown(findChild(page, "organisationsRefused")))
            verify(!Controls.shown(findChild(page, "organisationList")))
            verify(!Controls.shown(findChild(page, "organisationFilterInput")))
            verify(findChild(page, "organisationsRefused").text.indexOf("beheerder") >= 0)
        }
    }
}
