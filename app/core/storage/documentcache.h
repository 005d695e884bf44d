// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace careportal {

class CacheDatabase;

/// The client's lists as last fetched (contact details, contact persons, the first page
/// of contact requests, absence reports and the option lists their forms need), so a page
/// shows them at once and offline. Each is one sealed JSON document (CacheDatabase::cipher)
/// under a keyed hash of the client id, with the ETag to revalidate it and when the server
/// last confirmed it ("laatst bijgewerkt").
class DocumentCache {
public:
    struct Document {
        QJsonObject content;
        QByteArray etag;
        QDateTime fetchedAt;
    };

    explicit DocumentCache(CacheDatabase *database);

    /// nullopt when never stored, locked, or unreadable under the current key.
    [[nodiscard]] std::optional<Document> load(const QString &clientId, const QString &kind) const;
    /// Replaces the document in one statement: a reader sees the old or the new one whole.
    bool store(const QString &clientId, const QString &kind, const Document &document);
    /// The server said the document is unchanged (a 304) at `fetchedAt`.
    bool touch(const QString &clientId, const QString &kind, const QDateTime &fetchedAt);

private:
    [[nodiscard]] QByteArray context(const QByteArray &clientKey, const QString &kind) const;

    CacheDatabase *m_database;
};

} // namespace careportal
