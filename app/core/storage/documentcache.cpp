// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/documentcache.h"

#include "storage/cachedatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace careportal {

DocumentCache::DocumentCache(CacheDatabase *database)
    : m_database(database) {}

QByteArray DocumentCache::context(const QByteArray &clientKey, const QString &kind) const {
    return QByteArrayLiteral("documents:") + clientKey.toHex() + ':' + kind.toUtf8();
}

std::optional<DocumentCache::Document> DocumentCache::load(const QString &clientId,
                                                           const QString &kind) const {
    if (!m_database->isUnlocked())
        return std::nullopt;
    const QByteArray clientKey = m_database->cipher().blind(clientId);
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("SELECT etag, fetched_at, payload FROM documents WHERE "
                                 "client_key = ? AND kind = ?"));
    query.addBindValue(clientKey);
    query.addBindValue(kind);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const auto plain =
        m_database->cipher().open(query.value(2).toByteArray(), context(clientKey, kind));
    if (!plain)
        return std::nullopt; // as if never fetched: the next answer replaces it
    return Document{QJsonDocument::fromJson(*plain).object(), query.value(0).toByteArray(),
                    QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong())};
}

bool DocumentCache::store(const QString &clientId, const QString &kind, const Document &document) {
    if (!m_database->isUnlocked())
        return false;
    const QByteArray clientKey = m_database->cipher().blind(clientId);
    const QByteArray plain = QJsonDocument(document.content).toJson(QJsonDocument::Compact);
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO documents (client_key, kind, etag, "
                                 "fetched_at, payload) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(clientKey);
    query.addBindValue(kind);
    query.addBindValue(document.etag);
    query.addBindValue(document.fetchedAt.toSecsSinceEpoch());
    query.addBindValue(m_database->cipher().seal(plain, context(clientKey, kind)));
    if (!query.exec()) {
        qCWarning(lcDb) << "cannot cache" << kind << query.lastError().text();
        return false;
    }
    return true;
}

bool DocumentCache::touch(const QString &clientId, const QString &kind,
                          const QDateTime &fetchedAt) {
    if (!m_database->isUnlocked())
        return false;
    QSqlQuery query(m_database->database());
    query.prepare(
        QStringLiteral("UPDATE documents SET fetched_at = ? WHERE client_key = ? AND kind = ?"));
    query.addBindValue(fetchedAt.toSecsSinceEpoch());
    query.addBindValue(m_database->cipher().blind(clientId));
    query.addBindValue(kind);
    return query.exec();
}

} // namespace careportal
