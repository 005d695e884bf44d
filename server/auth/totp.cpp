// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "totp.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>
#include <sodium.h>

namespace careportal::server {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

bool isCode(const QString &code) {
    if (code.size() != Totp::kDigits)
        return false;
    for (const QChar c : code)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

QByteArray Totp::newSecret() {
    QByteArray secret(kSecretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    return secret;
}

QString Totp::codeAt(const QByteArray &secret, qint64 step) {
    QByteArray counter(8, Qt::Uninitialized);
    qToBigEndian(quint64(step), counter.data());
    const QByteArray mac =
        QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    // RFC 4226 5.3, dynamic truncation: the low nibble of the last byte picks four bytes.
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000U, kDigits, 10, QLatin1Char('0'));
}

std::optional<qint64> Totp::matchingStep(const QByteArray &secret, const QString &code,
                                         qint64 unixSeconds, int window) {
    const QString given = code.trimmed();
    if (secret.isEmpty() || !isCode(given))
        return std::nullopt;
    const QByteArray givenBytes = given.toLatin1();
    const qint64 now = unixSeconds / kStepSeconds;
    std::optional<qint64> found;
    for (qint64 step = now - window; step <= now + window; ++step) {
        const QByteArray expected = codeAt(secret, step).toLatin1();
        if (sodium_memcmp(expected.constData(), givenBytes.constData(),
                          static_cast<size_t>(kDigits)) == 0 &&
            !found)
            found = step;
    }
    return found;
}

QString Totp::toBase32(const QByteArray &bytes) {
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

QByteArray Totp::fromBase32(const QString &text) {
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'=')
            continue;
        const char upper = c.toUpper().toLatin1();
        const char *at = std::char_traits<char>::find(kAlphabet, 32, upper);
        if (!at || upper == 0)
            return {};
        buffer = (buffer << 5) | quint32(at - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString Totp::keyUri(const QString &issuer, const QString &account, const QByteArray &secret) {
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(u'/' + issuer + u':' + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), toBase32(secret));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    query.addQueryItem(QStringLiteral("digits"), QString::number(kDigits));
    query.addQueryItem(QStringLiteral("period"), QString::number(kStepSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace careportal::server
