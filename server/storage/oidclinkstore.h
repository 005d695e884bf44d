// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace careportal::server {

class Database;

/// Which provider account (issuer and `sub`) logs in as which portal account. Staff link
/// with `admin link-oidc`; with --oidc-link-by-email the first login links by the verified
/// e-mail address. One provider account per portal account and issuer.
class OidcLinkStore {
public:
    struct Link {
        QString issuer;
        QString subject;
        QString accountId;
        QString linkedBy; ///< "admin" or "email"
        QDateTime linkedAt;
    };

    explicit OidcLinkStore(Database &database);

    [[nodiscard]] std::optional<QString> accountFor(const QString &issuer, const QString &subject);
    /// Links (issuer, subject) to the account, replacing the account's earlier link at that
    /// issuer and any earlier owner of the subject.
    [[nodiscard]] bool link(const Link &link);
    /// The number of links removed; -1 on a database error.
    [[nodiscard]] int unlinkAccount(const QString &accountId);
    [[nodiscard]] QList<Link> linksOf(const QString &accountId);
    /// The one account whose user name or e-mail address is `email` (case-insensitive);
    /// nullopt when none or several are.
    [[nodiscard]] std::optional<QString> accountByEmail(const QString &email);

    /// The issuer the server last started with (the admin tool's default).
    [[nodiscard]] bool setCurrentIssuer(const QString &issuer);
    [[nodiscard]] QString currentIssuer();

private:
    Database &m_database;
};

} // namespace careportal::server
