// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CarePortal

// "Contact zorgorganisatie": the requests, one request with its answer, and the form for a
// new or changed request.
ClientListStack {
    stackObjectName: "contactRequestsStack"
    idProperty: "requestId"
    list: ContactRequestList {}
    detail: Component { ContactRequestDetail {} }
    form: Component { ContactRequestForm {} }
}
