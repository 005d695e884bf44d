// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace careportal::server {

/// {"nl": nl, "en": en}: every text the app shows as it comes comes in both languages.
[[nodiscard]] QJsonObject bilingual(const QString &nl, const QString &en);

/// {"code", "labels"} of a served option list.
[[nodiscard]] QJsonObject optionJson(const LabelledOption &option);

/// {"items": [...]} of a served option list (GET /contact-person-types and the like).
[[nodiscard]] QJsonObject optionListJson(const QList<LabelledOption> &options);

} // namespace careportal::server
