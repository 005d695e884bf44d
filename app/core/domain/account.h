// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/business.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace careportal {

/// A client whose data this account may see (the client themself, or someone they act for).
struct ClientRef {
    QString id;
    QString displayName;
    QString relation;
    /// The parts of the client's portal the account may use ("planning", "dossier", …;
    /// ClientLink.rights of getMe). The server answers 404 for the others.
    QStringList rights;

    /// Every part, in the API's order: what a link without `rights` (an account kept in
    /// the cache by an older version, which only knew links with every part) has.
    [[nodiscard]] static QStringList allRights();

    friend bool operator==(const ClientRef &, const ClientRef &) = default;
};

/// The logged-in account as getMe describes it.
struct Account {
    /// A client-portal account (a client, or someone acting for clients) or a business
    /// contact of customer organisations (seed 004).
    enum class Kind { Client, Business };

    QString accountId;
    Kind kind = Kind::Client;
    QString username;
    QString displayName; ///< With salutation: "mevrouw C. Test".
    bool mustChangePassword = false;
    QList<ClientRef> clients;
    QList<OrganisationLink> organisations; ///< Only for a business contact.

    [[nodiscard]] static Account fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool isValid() const { return !accountId.isEmpty(); }
};

/// A session's secrets: the short-lived access token and the refresh token that gets the
/// next one. They live in the keychain together (one entry), never in the cache.
struct SessionTokens {
    QByteArray access;
    QByteArray refresh;

    [[nodiscard]] bool isEmpty() const { return access.isEmpty(); }
    /// The keychain entry's form: compact JSON.
    [[nodiscard]] QByteArray toStored() const;
    /// Reads toStored(); an entry from before refresh tokens (the bare access token) gives
    /// that token without a refresh token.
    [[nodiscard]] static SessionTokens fromStored(const QByteArray &stored);
    friend bool operator==(const SessionTokens &, const SessionTokens &) = default;
};

/// The answer to a successful login or refresh. When the organisation wants a second
/// factor, `token` is only the waiting token for completing it (no refresh token), and
/// `factorMethod` says how the code comes ("sms", "totp").
struct LoginResult {
    QByteArray token;
    QString expiresAt;
    QByteArray refreshToken;
    bool mustChangePassword = false;
    bool secondFactorRequired = false;
    QString factorMethod;
    QString factorDestination; ///< The masked phone number for "sms".
    QByteArray deviceToken;    ///< After a second factor with "remember this device".

    [[nodiscard]] static LoginResult fromJson(const QJsonObject &json);
    [[nodiscard]] SessionTokens tokens() const { return {token, refreshToken}; }
};

} // namespace careportal
