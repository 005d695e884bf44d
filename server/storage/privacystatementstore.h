// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace careportal::server {

class Database;

/// The organisation's privacy statement ("Privacyverklaring"), in Dutch and English, as
/// plain text; readable before login.
class PrivacyStatementStore {
public:
    struct Statement {
        QString nl;
        QString en; // empty: only a Dutch version
        QDate updatedOn;
    };

    explicit PrivacyStatementStore(Database &database);

    [[nodiscard]] std::optional<Statement> statement();
    /// Replaces the statement.
    [[nodiscard]] bool setStatement(const Statement &statement);

private:
    Database &m_database;
};

} // namespace careportal::server
