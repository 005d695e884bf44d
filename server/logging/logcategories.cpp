// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logcategories.h"

Q_LOGGING_CATEGORY(lcHttp, "careportal.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "careportal.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "careportal.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "careportal.tls", QtInfoMsg)
