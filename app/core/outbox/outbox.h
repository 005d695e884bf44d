// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/queuedwrite.h"
#include "outbox/outboxstore.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CacheDatabase;
class CareBackend;

/// Every write the user makes goes through here: it is kept in the cache at once (so it
/// survives a crash, a restart or a flat battery), shown as "Wacht op verzending", and
/// sent in the order it was made, one at a time, whenever the server can be reached.
/// Each carries the Idempotency-Key made when it was queued, so sending it again after a
/// lost answer never stores it twice. A write the server refuses stays, with the reason,
/// until the user corrects or discards it; after a 412 it holds the server's version too.
/// The Outbox keeps the queue; each delivery is an OutboxDeliveryJob.
class Outbox : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.outbox")
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY changed)
    Q_PROPERTY(bool sending READ sending NOTIFY sendingChanged)
public:
    Outbox(CacheDatabase *cache, CareBackend *backend, QObject *parent = nullptr);

    /// Keeps `write` (with a new key unless it has one) and starts sending. The entry's
    /// id, or 0 when it could not be kept (the cache is locked).
    qint64 queue(QueuedWrite write);
    /// Whether there is a session to send with; sending starts when it becomes true.
    void setEnabled(bool enabled);
    [[nodiscard]] QList<OutboxStore::Entry> entries(const QString &clientId = {}) const;
    [[nodiscard]] int waitingCount() const;
    [[nodiscard]] int refusedCount() const;
    [[nodiscard]] bool sending() const { return m_sending; }

    Q_INVOKABLE void sendNow();
    Q_INVOKABLE void discard(qint64 id);
    /// The corrected fields of a refused entry (and the version to edit, after a 412).
    void retry(qint64 id, const QJsonObject &fields, const QByteArray &ifMatch = {});

    /// Waits between attempts while the server cannot be reached: 2 s, doubling, at most
    /// this long; a network that comes back (QNetworkInformation) ends the wait at once.
    static constexpr int kMaxRetryDelayMs = 60000;

Q_SIGNALS:
    void changed();
    void sendingChanged();
    /// The server has `write` (also when it answered from its store of earlier answers).
    void delivered(const careportal::QueuedWrite &write, const careportal::WriteReceipt &receipt);
    /// The server refused `write`; it stays in the outbox with the reason.
    void refused(const careportal::QueuedWrite &write, const careportal::ApiError &problem);
    /// The server could not be reached for `write`: it and everything after it wait.
    void deferred(const careportal::QueuedWrite &write);

private:
    void sendNext();
    void handleDelivered(qint64 id, const QueuedWrite &write, const WriteReceipt &receipt);
    /// Refused entries stay with the reason; unreachable ones wait and are sent again.
    void handleNotDelivered(qint64 id, const QueuedWrite &write, const ApiError &error);
    void retryLater();
    void setSending(bool sending);
    void watchNetwork();

    CacheDatabase *m_cache;
    CareBackend *m_backend;
    OutboxStore m_store;
    QTimer m_retryTimer;
    int m_retryDelayMs = 0;
    bool m_enabled = false;
    bool m_sending = false;
};

} // namespace careportal
