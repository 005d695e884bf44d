// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace careportal::test {

/// Reads the OS keychain directly (not through the app's TokenStore), so a test can prove
/// where the token really is. nullopt: no entry; throws nothing, waits up to 10 s.
struct KeychainProbe {
    enum class Outcome { Found, NotFound, Unavailable };
    Outcome outcome = Outcome::Unavailable;
    QByteArray secret;

    [[nodiscard]] static KeychainProbe read(const QString &service, const QString &key);
};

} // namespace careportal::test
