// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CarePortal

// "Mijn gegevens" of the business portal (seed 004): the three tiles, and on a stack what
// each opens — the own contact and its form, the organisation, the colleagues with a
// colleague's details and form — so "Terug" and Escape always go one step back. Each view
// reads its data again when it opens; a change kept for later (no connection) is
// explained by the QueuedDialog.
Page {
    id: page

    function back() {
        if (stack.depth > 1)
            stack.pop()
    }
    function open(view: string) {
        if (view === "ownContact")
            openOwnContact()
        else if (view === "organisation")
            openOrganisation()
        else if (view === "colleagues")
            openColleagues()
    }
    function openOwnContact() {
        Business.ownContact.reload()
        const shown = stack.push(ownContactView) as OwnContactView
        shown.backRequested.connect(page.back)
        shown.editRequested.connect(() => page.pushForm(ownContactForm, {}))
    }
    function openOrganisation() {
        Business.organisation.reload()
        const shown = stack.push(organisationView) as OrganisationView
        shown.backRequested.connect(page.back)
    }
    function openColleagues() {
        Business.colleagues.reload()
        const shown = stack.push(colleagueList) as ColleagueList
        shown.backRequested.connect(page.back)
        shown.openRequested.connect(id => page.openColleague(id))
        shown.addRequested.connect(() => page.pushForm(colleagueForm, { itemId: "" }))
    }
    function openColleague(id: string) {
        const shown = stack.push(colleagueDetail, { itemId: id }) as ColleagueDetail
        shown.backRequested.connect(page.back)
        shown.removed.connect(page.back)
        shown.editRequested.connect(() => page.pushForm(colleagueForm, { itemId: id }))
    }
    function pushForm(form: Component, properties: var) {
        const shown = stack.push(form, properties) as ClientFormPage
        shown.done.connect(page.back)
    }

    objectName: "myDetailsPage"
    background: Rectangle { color: Theme.background }

    // A list reset while its view shows (a switch of organisation from the banner) is
    // loaded again; each view also loads its list afresh when it opens (above).
    LoadWhenIdle { model: Business.ownContact; active: stack.depth > 1 }
    LoadWhenIdle { model: Business.organisation; active: stack.depth > 1 }
    LoadWhenIdle { model: Business.colleagues; active: stack.depth > 1 }

    StackView {
        id: stack
        objectName: "myDetailsStack"
        anchors.fill: parent
        focus: true
        initialItem: MyDetailsTiles {
            onChosen: view => page.open(view)
        }
        // Escape goes one step back, from wherever the keyboard is (a field too); an open
        // dialog or choice list takes it first.
        Keys.onEscapePressed: event => {
            event.accepted = stack.depth > 1 && !stack.busy
            if (event.accepted)
                page.back()
        }
    }

    Component { id: ownContactView; OwnContactView {} }
    Component { id: ownContactForm; OwnContactForm {} }
    Component { id: organisationView; OrganisationView {} }
    Component { id: colleagueList; ColleagueList {} }
    Component { id: colleagueDetail; ColleagueDetail {} }
    Component { id: colleagueForm; ColleagueForm {} }

    QueuedDialog { id: queuedDialog }
    Connections {
        target: Business.ownContact
        function onQueued() { queuedDialog.open() }
    }
    Connections {
        target: Business.colleagues
        function onQueued() { queuedDialog.open() }
    }
}
