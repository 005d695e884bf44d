// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// The password rules as a live checklist on the (forced) password change page.
Item {
    id: root
    width: 800
    height: 900

    // TestCase itself is invisible: pages live in this visible root so input reaches them.
    Component { id: pageComponent; ChangePasswordPage { anchors.fill: parent; forced: true } }

    TestCase {
        id: testCase
        name: "PasswordChecklist"
        when: windowShown

        function satisfiedCount(page) {
            const checklist = findChild(page, "passwordChecklist")
            let count = 0
            for (let i = 0; i < checklist.children.length; ++i) {
                const child = checklist.children[i]
                if (child.text !== undefined && child.text.indexOf("\u2713") === 0)
                    ++count
            }
            return count
        }

        function test_checklistFollowsTyping() {
            const page = createTemporaryObject(pageComponent, root)
            const next = findChild(page, "newPasswordFieldInput")
            const repeat = findChild(page, "repeatPasswordFieldInput")
            const button = findChild(page, "changePasswordButton")
            findChild(page, "currentPasswordFieldInput").text = "Welkom!2026"

            compare(satisfiedCount(page), 1) // only "Geen ?" holds for an empty password
            compare(button.enabled, false)

            next.text = "kort"
            compare(satisfiedCount(page), 1)
            next.text = "Langer1"
            compare(satisfiedCount(page), 3) // upper-case, digit, no "?"
            next.text = "Langer1!"
            compare(satisfiedCount(page), 5) // all five rules
            compare(button.enabled, false)   // repeat still differs

            repeat.text = "Langer1!"
            compare(satisfiedCount(page), 6) // and both new passwords equal
            compare(button.enabled, true)

            next.text = "Langer1!?"
            repeat.text = "Langer1!?"
            compare(button.enabled, false)   // "?" is not allowed
        }

        function test_mismatchedRepeatIsExplained() {
            const page = createTemporaryObject(pageComponent, root)
            compare(findChild(page, "repeatRule").same, false)
            findChild(page, "newPasswordFieldInput").text = "Langer1!"
            findChild(page, "repeatPasswordFieldInput").text = "Langer1!"
            compare(findChild(page, "repeatRule").same, true)
        }
    }
}
