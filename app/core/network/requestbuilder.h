// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/apirequest.h"

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

namespace careportal {

/// The one place where every API request gets its URL, headers and TLS settings.
class RequestBuilder {
public:
    explicit RequestBuilder(QUrl baseUrl);

    void setLanguage(const QString &language) { m_language = language; }
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QUrl urlFor(const ApiRequest &request) const;
    [[nodiscard]] QNetworkRequest build(const ApiRequest &request) const;

private:
    QUrl m_baseUrl;
    QString m_language = QStringLiteral("nl");
    QSslConfiguration m_ssl;
    int m_timeoutMs = 20000;
};

} // namespace careportal
