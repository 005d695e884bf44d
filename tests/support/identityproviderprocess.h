// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace careportal::test {

/// The real OpenID Connect provider the tests log in through: panva's oidc-provider
/// (tools/oidc-provider/provider.mjs, on Node.js) on loopback over TLS, with a certificate
/// and a signing key made fresh in a temporary folder and the users the test gives.
class IdentityProviderProcess {
public:
    /// Installed by scripts/test.sh (npm ci); a developer's build may lack it.
    [[nodiscard]] static bool isInstalled();
    /// A user of the provider's users file (its login is the e-mail address).
    [[nodiscard]] static QJsonObject user(const QString &subject, const QString &email,
                                          const QString &password);

    IdentityProviderProcess();
    ~IdentityProviderProcess();
    IdentityProviderProcess(const IdentityProviderProcess &) = delete;
    IdentityProviderProcess &operator=(const IdentityProviderProcess &) = delete;

    /// Starts it and waits (up to 30 s) for its "listening <issuer>" line.
    [[nodiscard]] bool start(const QJsonArray &users);
    void stop();

    [[nodiscard]] QUrl issuer() const { return m_issuer; }
    /// Its certificate (PEM): the app and the server trust it for this provider.
    [[nodiscard]] QString certificatePath() const;
    [[nodiscard]] QString errorOutput() const;

private:
    [[nodiscard]] bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_issuer;
};

} // namespace careportal::test
