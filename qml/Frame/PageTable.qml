// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CarePortal

// The page table: every page after login, one line each, in the menu's order. The shell
// (AppShell) holds the one table, shows its pages and titles and hands it to the menu
// (MenuContent), which lists it. A new screen is one line here (docs/architecture.md,
// "How to add a screen"). Not a singleton: a QML singleton of this module that names the
// module's pages would make every file of the module depend on every page.
QtObject {
    id: table

    readonly property list<PageEntry> all: [
        PageEntry { name: "home"; title: qsTr("Home"); page: Component { HomePage {} } },
        PageEntry { name: "contactDetails"; part: "contact-details"; title: qsTr("Mijn contactdetails"); feature: "contactDetails"; page: Component { ContactDetailsPage {} } },
        PageEntry { name: "contactPersons"; part: "contact-persons"; title: qsTr("Contactpersonen"); feature: "contactPersons"; page: Component { ContactPersonsPage {} } },
        PageEntry { name: "planning"; part: "planning"; title: qsTr("Planning"); feature: "planning"; page: Component { PlanningPage {} } },
        PageEntry { name: "dossier"; part: "dossier"; title: qsTr("Cliëntdossier"); feature: "dossier"; page: Component { DossierPage {} } },
        PageEntry { name: "contactRequests"; part: "contact-requests"; title: qsTr("Contact zorgorganisatie"); feature: "contactRequests"; page: Component { ContactRequestsPage {} } },
        PageEntry { name: "absence"; part: "absences"; title: qsTr("Afwezigheid"); feature: "absence"; page: Component { AbsencePage {} } },
        PageEntry { name: "password"; title: qsTr("Wachtwoord wijzigen"); feature: "changePassword"; page: Component { ChangePasswordPage {} } },
        PageEntry { name: "security"; title: qsTr("Accountbeveiliging"); feature: "accountSecurity"; page: Component { AccountSecurityPage {} } },
        PageEntry { name: "accessLog"; part: "access-log"; title: qsTr("Wie heeft mijn gegevens ingezien"); feature: "accessLog"; page: Component { AccessLogPage {} } },
        // The business portal (seed 004): its own Home and pages; Facturen for a beheerder.
        PageEntry { name: "home"; title: qsTr("Home"); accountKinds: ["business"]; page: Component { BusinessHomePage {} } },
        PageEntry { name: "myDetails"; title: qsTr("Mijn gegevens"); accountKinds: ["business"]; page: Component { MyDetailsPage {} } },
        PageEntry { name: "invoices"; part: "administrator"; title: qsTr("Facturen"); accountKinds: ["business"]; page: Component { InvoicesPage {} } },
        PageEntry { name: "projects"; title: qsTr("Projecten"); accountKinds: ["business"]; page: Component { ProjectsPage {} } },
        PageEntry { name: "security"; title: qsTr("Accountbeveiliging"); accountKinds: ["business"]; page: Component { AccountSecurityPage {} } },
        PageEntry { name: "password"; title: qsTr("Wachtwoord wijzigen"); menu: "more"; accountKinds: ["business"]; page: Component { ChangePasswordPage {} } },
        PageEntry { name: "about"; title: qsTr("Over CarePortal"); menu: "more"; accountKinds: ["client", "business"]; page: Component { AboutPage {} } }
    ]

    // The kind of account logged in: "client" (a client, or a representative acting for
    // clients) or "business" (a business contact, seed 004). Each kind has its own menu;
    // a name (Home, Wachtwoord wijzigen) may have an entry per kind.
    readonly property string accountKind: App.session.accountKind

    // The entry called `name` for this kind of account; its Home for a name it does not have.
    function entry(name: string): PageEntry {
        const found = find(name)
        return found !== null ? found : (find("home") ?? all[0])
    }

    function find(name: string): PageEntry {
        for (let i = 0; i < all.length; ++i) {
            if (all[i].name === name && Rights.holds(all[i].accountKinds, table.accountKind))
                return all[i]
        }
        return null
    }

    // The entries the menu lists at `place` ("main" or "more"), in order.
    function inMenu(place: string): list<PageEntry> {
        const entries = []
        for (let i = 0; i < all.length; ++i) {
            if (all[i].menu === place && Rights.holds(all[i].accountKinds, table.accountKind))
                entries.push(all[i])
        }
        return entries
    }

    // Whether this organisation offers the page to this account, and the account's link
    // to the client opens its part. Reads Organisation.features and App.session.rights, so
    // bindings follow a new organisation, a new login and a switch of client.
    function available(page: PageEntry): bool {
        return Rights.holds(page.accountKinds, table.accountKind)
                && (page.feature === "" || Rights.holds(Organisation.features, page.feature))
                && (page.part === "" || Rights.holds(App.session.rights, page.part))
    }
}
