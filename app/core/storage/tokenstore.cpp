// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/tokenstore.h"

#include <QPromise>
#include <memory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "careportal.keychain")

namespace careportal {

const QString TokenStore::serviceName = QStringLiteral("CarePortal");

namespace {

bool isUnavailable(QKeychain::Error error) {
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser;
}

} // namespace

// keychainJob note: jobs have no parent and delete themselves when done (QtKeychain's
// autoDelete). Parented to the store, a job still running when the store goes (a logout
// right before quitting) was deleted under libsecret's pending callback, which then posted
// to freed memory. The connections use the store as context, so they end with it.

TokenStore::TokenStore(QString key, Keeping keeping, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_keeping(keeping) {}

QFuture<bool> TokenStore::keepInMemory(const QByteArray &token) {
    ++m_generation;
    m_memoryToken = token;
    return QtFuture::makeReadyFuture(false);
}

void TokenStore::setKeychainAvailable(bool available) {
    if (m_keychainAvailable == available)
        return;
    m_keychainAvailable = available;
    Q_EMIT keychainAvailableChanged();
}

QFuture<bool> TokenStore::save(const QByteArray &token) {
    if (m_keeping == Keeping::MemoryOnly)
        return keepInMemory(token);
    const quint64 generation = ++m_generation;
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    auto *job = new QKeychain::WritePasswordJob(serviceName); // see keychainJob note
    job->setKey(m_key);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this,
            [this, promise, token, generation](QKeychain::Job *finished) {
                const bool stored = finished->error() == QKeychain::NoError;
                // A remove() or newer save() since this one started wins: never resurrect a token.
                if (generation == m_generation) {
                    if (!stored) {
                        qCWarning(lcKeychain)
                            << "keychain unavailable, keeping the session in memory:"
                            << finished->errorString();
                        m_memoryToken = token;
                    } else {
                        m_memoryToken.clear();
                    }
                }
                setKeychainAvailable(stored);
                promise->addResult(stored);
                promise->finish();
            });
    job->start();
    return promise->future();
}

QFuture<QByteArray> TokenStore::load() {
    auto promise = std::make_shared<QPromise<QByteArray>>();
    promise->start();
    if (!m_memoryToken.isEmpty() || m_keeping == Keeping::MemoryOnly) {
        promise->addResult(m_memoryToken);
        promise->finish();
        return promise->future();
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName); // see keychainJob note
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this, promise](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (isUnavailable(read->error())) {
            qCInfo(lcKeychain) << "no keychain:" << read->errorString();
            setKeychainAvailable(false);
        }
        promise->addResult(read->error() == QKeychain::NoError ? read->binaryData() : QByteArray());
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<bool> TokenStore::remove() {
    ++m_generation; // a save still in flight must not bring the token back
    m_memoryToken.clear();
    if (m_keeping == Keeping::MemoryOnly)
        return QtFuture::makeReadyFuture(true);
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    auto *job = new QKeychain::DeletePasswordJob(serviceName); // see keychainJob note
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *finished) {
        const auto error = finished->error();
        promise->addResult(error == QKeychain::NoError || error == QKeychain::EntryNotFound);
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace careportal
