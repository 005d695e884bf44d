// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CarePortal

// "Contactpersonen": the list, a person's details, and the form to add or change one.
ClientListStack {
    stackObjectName: "contactPersonsStack"
    idProperty: "personId"
    list: ContactPersonList {}
    detail: Component { ContactPersonDetail {} }
    form: Component { ContactPersonForm {} }
}
