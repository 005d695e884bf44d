// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transaction.h"

#include "database.h"
#include "logging/logcategories.h"

#include <QSqlError>
#include <QSqlQuery>

namespace careportal::server {

Transaction::Transaction(Database &database)
    : m_db(database.connection())
    , m_depth(database.transactionDepth()) {
    m_level = m_depth + 1;
    m_active = exec(m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                 : QStringLiteral("SAVEPOINT level%1").arg(m_level));
    if (m_active)
        m_depth = m_level;
}

Transaction::~Transaction() {
    rollback();
}

bool Transaction::commit() {
    if (!m_active)
        return false;
    const bool ok = exec(m_level == 1 ? QStringLiteral("COMMIT")
                                      : QStringLiteral("RELEASE level%1").arg(m_level));
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    m_depth = m_level - 1;
    return true;
}

void Transaction::rollback() {
    if (!m_active)
        return;
    if (m_level == 1) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it without undoing the outer
        // transaction's earlier work.
        (void)exec(QStringLiteral("ROLLBACK TO level%1").arg(m_level));
        (void)exec(QStringLiteral("RELEASE level%1").arg(m_level));
    }
    m_active = false;
    m_depth = m_level - 1;
}

bool Transaction::exec(const QString &statement) {
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        qCWarning(lcDb) << statement << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace careportal::server
