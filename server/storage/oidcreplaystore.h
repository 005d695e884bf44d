// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>

namespace careportal::server {

class Database;

/// The ID tokens the server accepted, by SHA-256, each until its `exp`: a token presented a
/// second time (a copy from a log, a proxy, a stolen redirect) is refused as `replayed`,
/// also after a restart. Expired entries are removed as new ones come.
class OidcReplayStore {
public:
    enum class Seen { First, Replayed, Failed };

    explicit OidcReplayStore(Database &database);

    /// Records the token; Replayed when it was recorded before and has not expired.
    [[nodiscard]] Seen remember(const QByteArray &tokenHash, const QDateTime &expiresAt,
                                const QDateTime &now);
    /// The number of tokens kept (for the tests).
    [[nodiscard]] int count();

private:
    Database &m_database;
};

} // namespace careportal::server
