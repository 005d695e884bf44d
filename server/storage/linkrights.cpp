// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "linkrights.h"

#include <array>

namespace careportal::server {

namespace {

constexpr std::array kRights{LinkRight::Planning,       LinkRight::ContactDetails,
                             LinkRight::ContactPersons, LinkRight::ContactRequests,
                             LinkRight::Absences,       LinkRight::Dossier,
                             LinkRight::AccessLog};

unsigned bit(LinkRight right) {
    return 1U << static_cast<unsigned>(right);
}

std::optional<LinkRight> rightNamed(const QString &name) {
    for (const LinkRight right : kRights)
        if (LinkRights::name(right) == name)
            return right;
    return std::nullopt;
}

} // namespace

LinkRights LinkRights::all() {
    unsigned bits = 0;
    for (const LinkRight right : kRights)
        bits |= bit(right);
    return LinkRights(bits);
}

LinkRights LinkRights::contactDefault() {
    return LinkRights(all().m_bits & ~(bit(LinkRight::Dossier) | bit(LinkRight::AccessLog)));
}

LinkRights LinkRights::defaultFor(const QString &relation) {
    return isChoosable(relation) ? contactDefault() : all();
}

bool LinkRights::isChoosable(const QString &relation) {
    return relation == QLatin1String("contact");
}

std::optional<LinkRights> LinkRights::parse(const QString &list, QStringList *unknown) {
    const QString trimmed = list.trimmed();
    if (trimmed == QLatin1String("none"))
        return LinkRights();
    unsigned bits = 0;
    QStringList wrong;
    for (const QString &part : trimmed.split(QLatin1Char(','))) {
        const auto right = rightNamed(part.trimmed());
        if (right)
            bits |= bit(*right);
        else
            wrong.append(part.trimmed());
    }
    if (unknown)
        *unknown = wrong;
    if (!wrong.isEmpty())
        return std::nullopt;
    return LinkRights(bits);
}

LinkRights LinkRights::fromStored(const QString &stored) {
    unsigned bits = 0;
    for (const QString &part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto right = rightNamed(part))
            bits |= bit(*right);
    return LinkRights(bits);
}

bool LinkRights::has(LinkRight right) const {
    return (m_bits & bit(right)) != 0;
}

QStringList LinkRights::names() const {
    QStringList result;
    for (const LinkRight right : kRights)
        if (has(right))
            result.append(name(right));
    return result;
}

QString LinkRights::toStored() const {
    const QString stored = names().join(QLatin1Char(','));
    return stored.isNull() ? QStringLiteral("") : stored;
}

QString LinkRights::display() const {
    return m_bits == 0 ? QStringLiteral("none") : names().join(QLatin1Char(','));
}

QString LinkRights::name(LinkRight right) {
    switch (right) {
    case LinkRight::Planning:
        return QStringLiteral("planning");
    case LinkRight::ContactDetails:
        return QStringLiteral("contact-details");
    case LinkRight::ContactPersons:
        return QStringLiteral("contact-persons");
    case LinkRight::ContactRequests:
        return QStringLiteral("contact-requests");
    case LinkRight::Absences:
        return QStringLiteral("absences");
    case LinkRight::Dossier:
        return QStringLiteral("dossier");
    case LinkRight::AccessLog:
        return QStringLiteral("access-log");
    }
    return {};
}

QStringList LinkRights::allNames() {
    return all().names();
}

} // namespace careportal::server
