// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "optionjson.h"

namespace careportal::server {

QJsonObject bilingual(const QString &nl, const QString &en) {
    return {{QLatin1String("nl"), nl}, {QLatin1String("en"), en}};
}

QJsonObject optionJson(const LabelledOption &option) {
    return {{QLatin1String("code"), option.code},
            {QLatin1String("labels"), bilingual(option.labelNl, option.labelEn)}};
}

QJsonObject optionListJson(const QList<LabelledOption> &options) {
    QJsonArray items;
    for (const LabelledOption &option : options)
        items.append(optionJson(option));
    return {{QLatin1String("items"), items}};
}

} // namespace careportal::server
