// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace careportal {

/// What the app keeps of a login through the identity provider, in the keychain only: the
/// refresh token (to get a new ID token without the browser), the last ID token (the
/// provider's logout wants it as a hint) and the nonce the server checks the ID tokens
/// against.
struct ProviderSession {
    QByteArray refreshToken;
    QByteArray idToken;
    QByteArray nonce;

    [[nodiscard]] bool isEmpty() const { return idToken.isEmpty(); }
    /// The keychain entry's form: compact JSON.
    [[nodiscard]] QByteArray toStored() const;
    [[nodiscard]] static ProviderSession fromStored(const QByteArray &stored);
};

} // namespace careportal
