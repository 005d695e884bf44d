// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Contact zorgorganisatie against the demo data of J. Voorbeeld: the list with "Laad meer
// contactverzoeken", a new request with the confirmation "Het contactverzoek is verstuurd."
// and an answered request with its reply.
Item {
    id: root
    width: 900
    height: 900

    Component { id: pageComponent; ContactRequestsPage { anchors.fill: parent } }

    TestCase {
        name: "ContactRequestsPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_1_loadMore() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.contactRequests, "status", ClientListModel.Ready, 20000)
            const list = findChild(page, "contactRequestsList")
            tryCompare(list, "count", 10, 20000)
            const more = findChild(page, "loadMoreButton")
            tryCompare(more, "visible", true, 5000)
            mouseClick(more)
            tryCompare(list, "count", 12, 20000)
            tryCompare(more, "visible", false, 5000)
        }

        function test_2_sendANewRequest() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.contactRequests, "status", ClientListModel.Ready, 20000)
            const stack = findChild(page, "contactRequestsStack")
            const list = findChild(page, "contactRequestsList")
            mouseClick(findChild(page, "newRequestButton"))
            tryCompare(stack, "busy", false, 5000)
            const form = stack.currentItem
            const send = findChild(form, "sendRequestButton")
            compare(send.enabled, false) // no subject, no message yet
            findChild(form, "subjectBox").currentIndex = 2
            findChild(form, "messageFieldArea").forceActiveFocus()
            typeText("Waar vind ik mijn rekening?")
            tryCompare(send, "enabled", true, 5000)
            mouseClick(send)
            const sent = findChild(form, "sentDialog")
            tryCompare(sent, "opened", true, 20000)
            mouseClick(findChild(form, "sentOkButton"))
            tryCompare(stack, "depth", 1, 5000)
            tryCompare(list, "count", 11, 20000) // the first page plus the new one on top
            compare(Client.contactRequests.data(Client.contactRequests.index(0, 0), ContactRequestsModel.StatusTextRole), "Openstaand")
            compare(Client.contactRequests.data(Client.contactRequests.index(0, 0), ContactRequestsModel.SubjectLabelRole),
                    "Ik heb een vraag over het klantportaal")
        }

        function test_3_answeredRequestShowsTheReply() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.contactRequests, "status", ClientListModel.Ready, 20000)
            const stack = findChild(page, "contactRequestsStack")
            const answered = Client.contactRequests.data(Client.contactRequests.index(1, 0), ContactRequestsModel.IdRole)
            stack.currentItem.openRequested(answered)
            tryCompare(stack, "busy", false, 5000)
            const detail = stack.currentItem
            compare(detail.request.statusText, "Afgerond")
            compare(detail.request.answeredBy, "Kees (klantenservice)")
            compare(findChild(detail, "editRequestButton").visible, false)
            compare(findChild(detail, "removeRequestButton").visible, false)
        }

        // Issue 27, item 11: the form starts in Onderwerp, and Enter closes "Verstuurd" as
        // its Ok does.
        function test_4_keyboardOnly() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.contactRequests, "status", ClientListModel.Ready, 20000)
            const stack = findChild(page, "contactRequestsStack")
            mouseClick(findChild(page, "newRequestButton"))
            tryCompare(stack, "busy", false, 5000)
            const form = stack.currentItem
            const subject = findChild(form, "subjectBox")
            tryCompare(subject, "activeFocus", true, 5000)
            subject.currentIndex = 0
            findChild(form, "messageFieldArea").forceActiveFocus()
            typeText("Mag de hulp een uur later komen?")
            mouseClick(findChild(form, "sendRequestButton"))
            const sent = findChild(form, "sentDialog")
            tryCompare(sent, "opened", true, 20000)
            keyClick(Qt.Key_Return)
            tryCompare(stack, "depth", 1, 5000)
            compare(sent.visible, false)

            // The request again, gone: the list is as the tests before this one left it.
            const id = Client.contactRequests.data(Client.contactRequests.index(0, 0), ContactRequestsModel.IdRole)
            Client.contactRequests.remove(id)
            tryCompare(App.outbox, "waitingCount", 0, 20000)
        }
    }
}
