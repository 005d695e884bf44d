#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace careportal {

/// A client whose data this account may see (the client themself, or someone they act for).
struct ClientRef {
    QString id;
    QString displayName;
    QString relation;

    friend bool operator==(const ClientRef &, const ClientRef &) = default;
};

/// The logged-in account as getMe describes it.
struct Account {
    QString accountId;
    QString username;
    QString displayName; ///< With salutation: "mevrouw C. Test".
    bool mustChangePassword = false;
    QList<ClientRef> clients;

    [[nodiscard]] static Account fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool isValid() const { return !accountId.isEmpty(); }
};

/// The answer to a successful login.
struct LoginResult {
    QByteArray token;
    QString expiresAt;
    bool mustChangePassword = false;

    [[nodiscard]] static LoginResult fromJson(const QJsonObject &json);
};

} // namespace careportal
