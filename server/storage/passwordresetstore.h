#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace careportal::server {

class Database;

/// SQL for password reset codes. Only the SHA-256 of a code is stored.
class PasswordResetStore {
public:
    struct Reset {
        QString id;
        QString accountId;
        QByteArray codeHash;
        QDateTime expiresAt;
        bool used = false;
        int wrongTries = 0;
    };

    explicit PasswordResetStore(Database &database);

    [[nodiscard]] bool insert(const Reset &reset, const QDateTime &createdAt);
    /// The account's newest reset, used or not.
    [[nodiscard]] std::optional<Reset> newest(const QString &accountId);
    [[nodiscard]] int countSince(const QString &accountId, const QDateTime &since);
    [[nodiscard]] bool addWrongTry(const QString &id);
    /// Marks it used; false when it already was (two confirmations racing).
    [[nodiscard]] bool markUsed(const QString &id, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace careportal::server
