// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outbox/outbox.h"

#include "outbox/outboxdeliveryjob.h"
#include "storage/cachedatabase.h"

#include <QNetworkInformation>

namespace careportal {

namespace {

constexpr int kFirstRetryDelayMs = 2000;

} // namespace

Outbox::Outbox(CacheDatabase *cache, CareBackend *backend, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_backend(backend)
    , m_store(cache) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::sendNext);
    watchNetwork();
}

void Outbox::watchNetwork() {
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability != QNetworkInformation::Reachability::Disconnected)
                    sendNow();
            });
}

qint64 Outbox::queue(QueuedWrite write) {
    if (write.idempotencyKey.isEmpty())
        write.idempotencyKey = QueuedWrite::newKey();
    const auto id = m_store.add(write, QDateTime::currentDateTimeUtc());
    if (!id)
        return 0;
    Q_EMIT changed();
    sendNext();
    return *id;
}

void Outbox::setEnabled(bool enabled) {
    m_enabled = enabled;
    Q_EMIT changed(); // a login may have dropped another account's writes, a logout all
    if (enabled)
        sendNow();
    else
        m_retryTimer.stop();
}

QList<OutboxStore::Entry> Outbox::entries(const QString &clientId) const {
    return m_store.entries(clientId);
}

int Outbox::waitingCount() const {
    return m_cache->isUnlocked() ? m_store.waitingCount() : 0;
}

int Outbox::refusedCount() const {
    const QList<OutboxStore::Entry> all = m_store.entries();
    return int(std::count_if(all.cbegin(), all.cend(), [](const OutboxStore::Entry &e) {
        return e.state != OutboxStore::State::Waiting;
    }));
}

void Outbox::sendNow() {
    m_retryDelayMs = 0;
    m_retryTimer.stop();
    sendNext();
}

void Outbox::discard(qint64 id) {
    if (m_store.remove(id))
        Q_EMIT changed();
}

void Outbox::retry(qint64 id, const QJsonObject &fields, const QByteArray &ifMatch) {
    if (!m_store.retryWith(id, fields, ifMatch))
        return;
    Q_EMIT changed();
    sendNow();
}

void Outbox::sendNext() {
    // One at a time: the order the user made the changes is the order the server sees.
    if (m_sending || !m_enabled)
        return;
    const auto entry = m_store.nextWaiting();
    if (!entry)
        return;
    setSending(true);
    m_store.countAttempt(entry->id);
    auto *job = new OutboxDeliveryJob(m_backend, entry->write, this);
    connect(job, &NetworkJob::finished, this, [this, job, id = entry->id] {
        setSending(false);
        handleDelivered(id, job->write(), job->receipt());
    });
    connect(job, &NetworkJob::failed, this, [this, job, id = entry->id](const ApiError &error) {
        setSending(false);
        handleNotDelivered(id, job->write(), error);
    });
    job->start();
}

void Outbox::handleDelivered(qint64 id, const QueuedWrite &write, const WriteReceipt &receipt) {
    m_store.remove(id);
    m_retryDelayMs = 0;
    Q_EMIT changed();
    Q_EMIT delivered(write, receipt);
    sendNext();
}

void Outbox::handleNotDelivered(qint64 id, const QueuedWrite &write, const ApiError &error) {
    using Outcome = OutboxDeliveryJob::Outcome;
    switch (OutboxDeliveryJob::outcomeOf(error)) {
    case Outcome::Delivered:
    case Outcome::Unreachable:
        retryLater();
        Q_EMIT deferred(write);
        return;
    case Outcome::Refused:
        m_store.setProblem(id, OutboxStore::State::Rejected, error);
        break;
    case Outcome::Conflict:
        m_store.setProblem(id, OutboxStore::State::Conflict, error);
        break;
    }
    Q_EMIT changed();
    Q_EMIT refused(write, error);
    sendNext();
}

void Outbox::retryLater() {
    m_retryDelayMs =
        m_retryDelayMs == 0 ? kFirstRetryDelayMs : std::min(2 * m_retryDelayMs, kMaxRetryDelayMs);
    m_retryTimer.start(m_retryDelayMs);
}

void Outbox::setSending(bool sending) {
    if (m_sending == sending)
        return;
    m_sending = sending;
    Q_EMIT sendingChanged();
}

} // namespace careportal
