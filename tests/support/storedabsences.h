// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace careportal::test {

class ServerProcess;

/// The absence reports a test server stored, read straight from its SQLite file (read
/// only) in the order it stored them: what the outbox tests compare against, since only
/// the server's own rows can show that a write arrived exactly once and in order.
class StoredAbsences {
public:
    struct Row {
        qint64 rowId = 0;
        QString startDate; ///< ISO date.
    };

    explicit StoredAbsences(const ServerProcess &server);
    ~StoredAbsences();
    StoredAbsences(const StoredAbsences &) = delete;
    StoredAbsences &operator=(const StoredAbsences &) = delete;

    /// The client's reports stored after `afterRow`, oldest first; empty when unreadable.
    [[nodiscard]] QList<Row> since(const QString &clientId, qint64 afterRow) const;
    /// The start dates of since(), for comparing with what was sent.
    [[nodiscard]] QStringList startDatesSince(const QString &clientId, qint64 afterRow) const;
    /// The newest report's row (of any client), 0 when there is none.
    [[nodiscard]] qint64 lastRow() const;

private:
    QString m_connection;
};

} // namespace careportal::test
