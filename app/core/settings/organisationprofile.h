// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/loginoptions.h"

#include <QString>
#include <QUrl>

namespace careportal {

/// Where this installation's organisation lives: the API's base URL, the organisation's
/// name (shown before anything is fetched) and, for a server with a self-signed
/// certificate, that certificate's SHA-256 fingerprint. Comes from a JSON file, e.g.
/// {"serverUrl": "https://zorg.example/api/v1", "organisationName": "...", "fingerprint":
/// "AB:CD:..."}
struct OrganisationProfile {
    QUrl serverUrl;
    QString organisationName;
    QString fingerprint;
    /// A shared PC in a care home: full screen, nothing remembered, logout when idle.
    bool kiosk = false;
    /// Kiosk only: minutes without input before the logout (its 30-second countdown
    /// included). The care home chooses; three minutes unless it says otherwise.
    int idleLogoutMinutes = 3;
    /// A touch screen without a keyboard (a carer's tablet): the on-screen keyboard. A kiosk
    /// always has it.
    bool virtualKeyboard = false;
    /// A PEM file of certificates trusted for the identity provider besides the system's
    /// (an organisation's own certificate authority); empty: the system's only.
    QString providerCertificates;
    /// Which system `serverUrl` is: CarePortal's own JSON API ("api", the default) or the
    /// base of an organisation's FHIR R4 server ("fhir", docs/fhir.md).
    QString backend = QStringLiteral("api");
    /// For a FHIR backend, the logins it offers, as the reference server's /organisation
    /// `login` says them (a FHIR server has no such answer): its identity provider, and a
    /// password login that takes a test server's static token as the password.
    LoginOptions login;

    [[nodiscard]] bool isFhir() const { return backend == QLatin1String("fhir"); }

    /// Empty when valid, else a Dutch/English message saying what is wrong.
    [[nodiscard]] QString validate() const;
    [[nodiscard]] bool isValid() const { return validate().isEmpty(); }
    /// A key naming this profile's session in the keychain and cache.
    [[nodiscard]] QString sessionKey() const;

    /// Reads a profile file; on failure returns an invalid profile and sets `error`.
    [[nodiscard]] static OrganisationProfile load(const QString &path, QString *error);
    bool save(const QString &path) const;
};

} // namespace careportal
