// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/contact.h"
#include "domain/queuedwrite.h"
#include "outbox/outboxstore.h"
#include "storage/documentcache.h"
#include "util/futureresult.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QPromise>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

namespace careportal {

class LanguageSettings;
class Outbox;
class Session;

/// What every list of the current client's data shares: it loads when its page asks
/// (reload()), empties on logout and on a client switch, shows loading / ready / error states, and
/// reports the outcome of a save or remove with signals a form can bind to. Answers that arrive
/// after a logout or a client switch are dropped.
///
/// Offline first (setOfflineSupport): a list is shown at once from the sealed cache, then
/// revalidated with its ETag; without a server the cached list stays, flagged offline, with
/// when it was last confirmed. Writes go through the outbox: they show at once as rows
/// marked "Wacht op verzending", and one the server refused stays with the reason until the
/// user corrects or discards it (after a 412, with both versions to choose from).
class ClientListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Base class of the client's lists")
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// The list shown is the cached one: the server could not be reached.
    Q_PROPERTY(bool offline READ offline NOTIFY freshnessChanged)
    /// "Laatst bijgewerkt: 26-11-2026 10:15"; empty before the first answer.
    Q_PROPERTY(QString updatedText READ updatedText NOTIFY freshnessChanged)
public:
    /// The roles every list has for its rows' pending changes (see pendingData()).
    enum PendingChangeRole {
        PendingRole = Qt::UserRole + 100, ///< A change of this row waits in the outbox.
        RefusedRole,                      ///< The server refused it; PendingTextRole says why.
        ConflictRole,      ///< Refused with a 412: someone else changed the row meanwhile.
        PendingTextRole,   ///< "Wacht op verzending" / "Niet verstuurd: ..."
        EntryIdRole,       ///< The outbox entry, for discardPending() and friends.
        PendingDeleteRole, ///< The change is a removal.
        CorrectableRole,   ///< Refused for its content (422): the form can put it right.
    };
    Q_ENUM(PendingChangeRole)

    enum class Status { Idle, Loading, Ready, Error };
    Q_ENUM(Status)

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] bool busy() const { return m_busy; }

    [[nodiscard]] bool offline() const { return m_offline; }
    [[nodiscard]] QString updatedText() const;
    /// "Laatst bijgewerkt: 26-11-2026 10:15" for `updatedAt` (empty when invalid): how every
    /// page says it, the planning's too.
    [[nodiscard]] static QString updatedTextFor(const QDateTime &updatedAt);

    /// Fetches the list again (the retry of the error state).
    Q_INVOKABLE void reload();

    /// Lists are kept in `cache` and writes go through `outbox`. Without a cache lists are
    /// only in memory; without an outbox the list cannot be changed.
    void setOfflineSupport(DocumentCache *cache, Outbox *outbox);

    /// Throws away a change that is still in the outbox (one the server refused).
    Q_INVOKABLE void discardPending(qint64 entryId);
    /// After a 412: sends the user's version over the one the server has now.
    Q_INVOKABLE void sendMineAnyway(qint64 entryId);
    /// After a 412: [{label, mine, theirs}] per field that differs, for the choice dialog.
    Q_INVOKABLE [[nodiscard]] QVariantList conflictFields(qint64 entryId) const;

Q_SIGNALS:
    void statusChanged();
    void busyChanged();
    /// A save or remove was stored by the server; the list shows it.
    void saved();
    /// The server (or the network) refused a save or remove. `fieldErrors` maps field
    /// names to the sentence to show there; `message` is for the whole form.
    void saveFailed(const QVariantMap &fieldErrors, const QString &message);
    /// The server could not be reached: the change is kept and sent later (saved() came too).
    void queued();
    void freshnessChanged();

protected:
    ClientListModel(Session *session, LanguageSettings *language, QObject *parent);

    /// Whose data the list holds: the shown client's, or (for the business portal) the
    /// chosen customer organisation's. clientId() then names the organisation: the cache,
    /// the outbox and the backend key the lists by it alike.
    enum class Subject { Client, Organisation };
    void setSubject(Subject subject) { m_subject = subject; }
    /// The outbox kind this list's writes have; lists without writes have none.
    void setWriteKind(QueuedWrite::Kind kind) { m_writeKind = kind; }
    /// Keeps a change in the outbox and waits for it like a direct write: saved() when the
    /// server has it (or when it could not be reached: queued() too), saveFailed() when it
    /// refused it while the form is open. A correction of a refused change replaces it.
    void queueWrite(QueuedWrite::Operation operation, const QString &targetId,
                    const QJsonObject &fields, const QByteArray &ifMatch);
    /// The server stored one of this list's writes: show its answer in the server's rows.
    virtual void applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt);
    /// The change the form waited for is stored (just before saved()).
    virtual void formDelivered(const WriteReceipt &) {}
    /// The outbox changed: rebuild the rows shown (server rows with pending changes).
    virtual void rebuildRows() {}

    /// The server's rows with this client's pending changes: a new item appears (with the id
    /// "outbox:<entry>"; on top when `newestFirst`), an edit replaces the row's fields, a
    /// removal marks the row. Marks are then read by pendingData().
    template <typename T> QList<T> withPending(const QList<T> &rows, bool newestFirst);
    /// A pending role's value for the row with `id`, or nullopt for other roles.
    [[nodiscard]] std::optional<QVariant> pendingData(const QString &id, int role) const;
    /// The pending roles' names, to add to a model's roleNames().
    [[nodiscard]] static QHash<int, QByteArray> pendingRoleNames();
    /// The label of each field a conflict shows, in the user's language.
    [[nodiscard]] virtual QList<QPair<QString, QString>> fieldLabels() const { return {}; }
    /// A field's value as the user reads it (an option's label rather than its code).
    [[nodiscard]] virtual QString fieldText(const QString &field, const QJsonValue &value) const;

    /// The row id a pending new item has ("outbox:<entry>").
    [[nodiscard]] static QString pendingId(qint64 entryId);
    /// The fields of this list's outbox entry `entryId` as they were queued (empty if gone).
    [[nodiscard]] QJsonObject pendingFields(qint64 entryId) const;

    /// The cached version of the document `kind` of this client, if any.
    template <typename T>
    [[nodiscard]] std::optional<ListVersion<T>> cachedList(const QString &kind);
    /// Like whenLoaded, for a list kept in the cache as `kind`: a 304 keeps the cached list,
    /// a new list replaces it, and no server shows the cached one flagged offline.
    template <typename T, typename Apply>
    void whenListed(const QFuture<Result<ListVersion<T>>> &future, const QString &kind, Apply apply,
                    bool lastStep = true);
    /// A list without versions (the option lists), kept the same way.
    template <typename T, typename Apply>
    void whenListed(const QFuture<Result<QList<T>>> &future, const QString &kind, Apply apply,
                    bool lastStep = true);
    /// Fetches the list again without the loading state (after a delivered write).
    void refreshQuietly();
    /// A load the page waits for (not a quiet refresh, whose rows are newer than the
    /// cache): the cached list may be shown first.
    [[nodiscard]] bool awaitingFirstRows() const { return m_status == Status::Loading; }
    /// The cached list is on screen: the page may be used while the server is asked.
    void showingCached() { setStatus(Status::Ready, {}); }

    /// reload() for a changed question (another filter): answers still on their way to the
    /// old one are dropped, so a late one cannot overwrite the new list.
    void reloadDroppingPending();

    /// Starts the fetch for `clientId`; call loaded() or failed() with its outcome.
    virtual void fetch(const QString &clientId);
    /// Forgets every row (logout, client switch).
    virtual void clear();
    /// A load step failed (the status is now Error); undo any half-started state.
    virtual void loadFailed() {}

    /// The client, or the organisation (Subject), whose list this is; empty when none.
    [[nodiscard]] QString clientId() const;
    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] QString language() const;
    [[nodiscard]] LanguageSettings *languageSettings() const { return m_language; }

    /// Runs `future` and hands its value to `apply` if the model still shows the same client
    /// and session; otherwise drops it. Errors go to failed() (loads) or saveFailed (writes).
    /// `lastStep` false: a first step of a load (the list stays "loading" after it).
    template <typename T, typename Apply>
    void whenLoaded(const QFuture<Result<T>> &future, Apply apply, bool lastStep = true) {
        const int generation = m_generation;
        onResult(future, this, [this, generation, apply, lastStep](const Result<T> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                failed(result.error());
                return;
            }
            apply(result.value());
            if (lastStep)
                setStatus(Status::Ready, {});
        });
    }

    /// A server-served list as [{code, label}] in the current language, for a ComboBox.
    [[nodiscard]] QVariantList optionsForQml(const QList<LabelledOption> &options) const;
    /// The label of `code` in `options`, or the code itself when the list does not know it.
    [[nodiscard]] QString optionLabel(const QList<LabelledOption> &options,
                                      const QString &code) const;
    /// The row as a map of its role names, for a detail page; empty for row < 0.
    [[nodiscard]] QVariantMap rowAsMap(int row) const;
    /// The row of the item with `id` in `rows`, or -1.
    template <typename T> [[nodiscard]] static int rowOf(const QList<T> &rows, const QString &id) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id)
                return static_cast<int>(i);
        }
        return -1;
    }

    /// A write runs (the form shows it and refuses a second one).
    void setBusy(bool busy);
    /// Starts a write only when none runs (a double tap must not send twice).
    [[nodiscard]] bool canWrite() const { return !m_busy && !clientId().isEmpty(); }

private:
    struct PendingMark {
        qint64 entryId = 0;
        OutboxStore::State state = OutboxStore::State::Waiting;
        bool isDelete = false;
        bool correctable = false;
        QString problem;
    };

    [[nodiscard]] QList<OutboxStore::Entry> pendingEntries() const;
    [[nodiscard]] std::optional<OutboxStore::Entry> entry(qint64 entryId) const;
    /// The refused entry a form's save corrects: "outbox:<id>", or a refused edit of `targetId`.
    [[nodiscard]] std::optional<OutboxStore::Entry> refusedEntryFor(const QString &targetId) const;
    [[nodiscard]] bool isMine(const QueuedWrite &write) const;
    void onDelivered(const QueuedWrite &write, const WriteReceipt &receipt);
    void onRefused(const QueuedWrite &write, const ApiError &problem);
    void onDeferred();
    void finishForm();
    void setFreshness(const QDateTime &updatedAt, bool offline);
    [[nodiscard]] static bool isUnreachable(const ApiError &error);
    template <typename T> void storeList(const QString &kind, const ListVersion<T> &list);

    void failed(const ApiError &error);
    void setStatus(Status status, const QString &errorMessage);
    void onSessionChanged();

    Session *m_session;
    LanguageSettings *m_language;
    Subject m_subject = Subject::Client;
    Status m_status = Status::Idle;
    QString m_errorMessage;
    bool m_busy = false;
    int m_generation = 0;
    DocumentCache *m_cache = nullptr;
    Outbox *m_outbox = nullptr;
    std::optional<QueuedWrite::Kind> m_writeKind;
    QString m_formKey;                   ///< The Idempotency-Key of the change a form waits for.
    QHash<QString, PendingMark> m_marks; ///< By row id, from the last withPending().
    QDateTime m_updatedAt;
    bool m_offline = false;
};

template <typename T>
std::optional<ListVersion<T>> ClientListModel::cachedList(const QString &kind) {
    if (!m_cache || clientId().isEmpty())
        return std::nullopt;
    const auto document = m_cache->load(clientId(), kind);
    if (!document)
        return std::nullopt;
    ListVersion<T> list;
    for (const auto &value : document->content.value(QLatin1String("items")).toArray()) {
        T item = T::fromJson(value.toObject());
        if (item.isValid())
            list.items.append(std::move(item));
    }
    list.nextCursor = document->content.value(QLatin1String("nextCursor")).toString();
    list.etag = document->etag;
    if (!m_updatedAt.isValid() || document->fetchedAt < m_updatedAt)
        setFreshness(document->fetchedAt, m_offline);
    return list;
}

template <typename T>
void ClientListModel::storeList(const QString &kind, const ListVersion<T> &list) {
    if (!m_cache)
        return;
    QJsonArray items;
    for (const T &item : list.items)
        items.append(item.toRecord());
    QJsonObject content{{QLatin1String("items"), items}};
    if (!list.nextCursor.isEmpty())
        content.insert(QLatin1String("nextCursor"), list.nextCursor);
    m_cache->store(clientId(), kind, {content, list.etag, QDateTime::currentDateTimeUtc()});
}

template <typename T, typename Apply>
void ClientListModel::whenListed(const QFuture<Result<ListVersion<T>>> &future, const QString &kind,
                                 Apply apply, bool lastStep) {
    const int generation = m_generation;
    onResult(future, this, [this, generation, kind, apply, lastStep](const auto &result) {
        if (generation != m_generation)
            return;
        if (result.ok() && !result.value().notModified) {
            storeList(kind, result.value());
            apply(result.value());
            setFreshness(QDateTime::currentDateTimeUtc(), false);
        } else {
            const auto cached = cachedList<T>(kind);
            if (!cached || (!result.ok() && !isUnreachable(result.error()))) {
                failed(result.ok() ? ApiError::make(ApiError::Kind::BadResponse) : result.error());
                return;
            }
            if (result.ok() && m_cache)
                m_cache->touch(clientId(), kind, QDateTime::currentDateTimeUtc());
            apply(*cached);
            setFreshness(result.ok() ? QDateTime::currentDateTimeUtc() : m_updatedAt, !result.ok());
        }
        if (lastStep)
            setStatus(Status::Ready, {});
    });
}

template <typename T, typename Apply>
void ClientListModel::whenListed(const QFuture<Result<QList<T>>> &future, const QString &kind,
                                 Apply apply, bool lastStep) {
    QPromise<Result<ListVersion<T>>> promise;
    auto versioned = promise.future();
    const auto shared = std::make_shared<QPromise<Result<ListVersion<T>>>>(std::move(promise));
    shared->start();
    onResult(future, this, [shared](const Result<QList<T>> &result) {
        shared->addResult(result.ok() ? Result<ListVersion<T>>(ListVersion<T>(result.value()))
                                      : Result<ListVersion<T>>(result.error()));
        shared->finish();
    });
    whenListed<T>(
        versioned, kind, [apply](const ListVersion<T> &list) { apply(list.items); }, lastStep);
}

template <typename T>
QList<T> ClientListModel::withPending(const QList<T> &rows, bool newestFirst) {
    m_marks.clear();
    QList<T> shown = rows;
    QList<T> created;
    for (const OutboxStore::Entry &e : pendingEntries()) {
        const PendingMark mark{e.id, e.state, e.write.operation == QueuedWrite::Operation::Delete,
                               e.problem.kind == ApiError::Kind::Validation,
                               e.problem.message(language())};
        if (e.write.operation == QueuedWrite::Operation::Create) {
            QJsonObject record = e.write.fields;
            record.insert(QLatin1String("id"), pendingId(e.id));
            record.insert(QLatin1String("createdAt"), e.queuedAt.toString(Qt::ISODate));
            T item = T::fromJson(record);
            if (!item.isValid())
                continue;
            m_marks.insert(item.id, mark);
            created.append(item);
            continue;
        }
        const int row = rowOf(shown, e.write.targetId);
        if (row < 0)
            continue; // gone from the server's list; the outbox still shows it in its count
        if (e.write.operation == QueuedWrite::Operation::Update) {
            QJsonObject record = shown.at(row).toRecord();
            for (auto it = e.write.fields.begin(); it != e.write.fields.end(); ++it)
                record.insert(it.key(), it.value());
            T edited = T::fromJson(record);
            if (edited.isValid())
                shown[row] = edited;
        }
        m_marks.insert(e.write.targetId, mark);
    }
    if (newestFirst) {
        std::reverse(created.begin(), created.end());
        return created + shown;
    }
    return shown + created;
}

} // namespace careportal
