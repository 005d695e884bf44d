// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace careportal::fhir {

/// What a FHIR session consists of: the bearer token every request carries and who it is.
/// The app keeps it, like the reference server's session token, only in the keychain (as
/// SessionTokens::access); the rest of the app treats it as opaque.
struct FhirSessionToken {
    QByteArray bearer;
    /// The portal user name of a test-token login (its Patient or RelatedPersons carry it as
    /// an identifier); empty after a login through the identity provider.
    QString username;
    /// The identity provider's fhirUser claim ("Patient/…" or "RelatedPerson/…").
    QString fhirUser;

    [[nodiscard]] bool isValid() const {
        return !bearer.isEmpty() && (!username.isEmpty() || !fhirUser.isEmpty());
    }
    [[nodiscard]] QByteArray encode() const;
    /// An invalid token for anything that is not an encoded FhirSessionToken.
    [[nodiscard]] static FhirSessionToken decode(const QByteArray &encoded);
};

} // namespace careportal::fhir
