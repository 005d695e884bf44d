#include "outbox/outbox.h"

#include "backend/carebackend.h"
#include "storage/cachedatabase.h"
#include "util/futureresult.h"

#include <QNetworkInformation>

namespace careportal {

namespace {

constexpr int kFirstRetryDelayMs = 2000;

enum class Outcome { Retry, Refused, Conflict };

/// What a failed delivery means for the entry. Only answers that judge the write itself
/// refuse it; everything else (no network, server trouble, a session to renew, the same
/// write still running on the server) means: try again later, with the same key.
Outcome outcomeOf(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
        return Outcome::Refused;
    case ApiError::Kind::Conflict:
        if (error.httpStatus == 412)
            return Outcome::Conflict;
        return error.code == QLatin1String("request-in-progress") ? Outcome::Retry
                                                                  : Outcome::Refused;
    default:
        return Outcome::Retry;
    }
}

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
    onResult(m_backend->deliver(entry->write), this,
             [this, entry = *entry](const Result<WriteReceipt> &result) {
                 setSending(false);
                 handle(entry, result);
             });
}

void Outbox::handle(const OutboxStore::Entry &entry, const Result<WriteReceipt> &result) {
    if (result.ok()) {
        m_store.remove(entry.id);
        m_retryDelayMs = 0;
        Q_EMIT changed();
        Q_EMIT delivered(entry.write, result.value());
        sendNext();
        return;
    }
    switch (outcomeOf(result.error())) {
    case Outcome::Retry:
        retryLater();
        Q_EMIT deferred(entry.write);
        return;
    case Outcome::Refused:
        m_store.setProblem(entry.id, OutboxStore::State::Rejected, result.error());
        break;
    case Outcome::Conflict:
        m_store.setProblem(entry.id, OutboxStore::State::Conflict, result.error());
        break;
    }
    Q_EMIT changed();
    Q_EMIT refused(entry.write, result.error());
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
