// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

namespace careportal::server {

class Database;

/// A write transaction on this thread's connection that nests. The outermost one is
/// BEGIN IMMEDIATE … COMMIT (it takes the write lock at once, so two writers queue on
/// the busy timeout instead of one failing when it upgrades a read lock); inner ones are
/// savepoints. So a store method that must be atomic on its own can also run inside a
/// larger unit, such as an idempotent write that stores its answer with the change.
/// Rolls back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when the transaction could not begin; then commit() fails too.
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();
    void rollback();

private:
    [[nodiscard]] bool exec(const QString &statement);

    QSqlDatabase m_db;
    int &m_depth;
    int m_level = 0;
    bool m_active = false;
};

} // namespace careportal::server
