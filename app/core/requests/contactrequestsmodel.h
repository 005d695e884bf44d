// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/contact.h"
#include "lists/pagedclientlistmodel.h"

#include <QSet>

namespace careportal {

class CacheDatabase;
class CareBackend;

/// "Contact zorgorganisatie": the current client's requests, newest first, a page at a time
/// ("Laad meer contactverzoeken"), with sending, changing and deleting open ones.
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class ContactRequestsModel : public careportal::PagedClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.contactRequests")
    /// [{code, label}] from the server, labels in the current language.
    Q_PROPERTY(QVariantList subjects READ subjects NOTIFY subjectsChanged)
    /// Answers of the last 14 days the user has not opened yet, for Home:
    /// [{requestId, subjectLabel, answeredText, answeredBy}].
    Q_PROPERTY(QVariantList newAnswers READ newAnswers NOTIFY newAnswersChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SubjectRole,
        SubjectLabelRole,
        MessageRole,
        DoneRole,
        StatusTextRole,
        CreatedTextRole,
        AnsweredTextRole,
        AnswerRole,
        AnsweredByRole,
    };
    Q_ENUM(Role)

    ContactRequestsModel(Session *session, CareBackend *backend, LanguageSettings *language,
                         QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QVariantList subjects() const;
    [[nodiscard]] QVariantList newAnswers() const;

    /// Where answers opened in this session are kept until the server has their read
    /// marker (a restart offline). The server's marker is what lasts: the cache is wiped
    /// at logout and a kiosk keeps none. Optional: without it, only in memory.
    void setSeenStore(CacheDatabase *cache) { m_cache = cache; }
    /// The user opened this request: its answer is no longer new, here at once and, through
    /// the server's read marker, on every device and after every login of this account.
    /// A marker that does not arrive (offline) is sent again at the next listing.
    Q_INVOKABLE void markSeen(const QString &id);
    static constexpr int kNewAnswerDays = 14;
    /// Fetches the first page again without "loading", once a page has shown the list (the
    /// notifications' timer): answers that came in meanwhile appear in newAnswers.
    void syncQuietly() { refreshQuietly(); }

    /// The request with `id` as a map of the role names (empty when unknown).
    Q_INVOKABLE [[nodiscard]] QVariantMap request(const QString &id) const;
    /// Sends a new request (empty id) or changes an open one; outcome via saved()/saveFailed().
    Q_INVOKABLE void save(const QString &id, const QString &subject, const QString &message);
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE [[nodiscard]] QString messageError(const QString &message) const;

    static constexpr int kMaxMessageLength = 4000;

Q_SIGNALS:
    void subjectsChanged();
    void newAnswersChanged();
    /// A load of the first page is complete (the server's, or the kept one without a server).
    void firstPageLoaded();

protected:
    void fetch(const QString &clientId) override;
    void clear() override;
    void fetchMore(const QString &clientId, const QString &cursor) override;
    void applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) override;
    void rebuildRows() override;
    [[nodiscard]] QList<QPair<QString, QString>> fieldLabels() const override;
    [[nodiscard]] QString fieldText(const QString &field, const QJsonValue &value) const override;

private:
    [[nodiscard]] QString subjectLabel(const QString &code) const;
    void append(const ContactRequestPage &page);
    void setSubjects(const QList<LabelledOption> &subjects);
    [[nodiscard]] QByteArray versionOf(const QString &id) const;
    /// Sends the read marker of each answer opened here that the server does not show read.
    void sendReadMarkers();
    void sendReadMarker(const QString &id);

    CareBackend *m_backend;
    QList<ContactRequest> m_serverRequests; ///< The pages fetched, as the server has them.
    QList<ContactRequest> m_requests;       ///< Shown: with the outbox's pending changes.
    QList<LabelledOption> m_subjects;
    CacheDatabase *m_cache = nullptr;
    QStringList m_seen;      ///< Opened here; the server may not have the marker yet.
    QSet<QString> m_marking; ///< Read markers on their way.
};

} // namespace careportal
