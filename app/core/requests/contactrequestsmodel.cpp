// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requests/contactrequestsmodel.h"

#include "backend/carebackend.h"
#include "contactvalidation.h"
#include "settings/languagesettings.h"
#include "storage/cachedatabase.h"
#include "util/futureresult.h"

namespace careportal {

namespace {

QString dateText(const QDateTime &time) {
    return time.isValid() ? time.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace

ContactRequestsModel::ContactRequestsModel(Session *session, CareBackend *backend,
                                           LanguageSettings *language, QObject *parent)
    : PagedClientListModel(session, language, parent)
    , m_backend(backend) {
    setWriteKind(QueuedWrite::Kind::ContactRequest);
    connect(language, &LanguageSettings::codeChanged, this, [this] {
        Q_EMIT subjectsChanged();
        if (!m_requests.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {SubjectLabelRole, StatusTextRole});
    });
}

int ContactRequestsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

QVariant ContactRequestsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ContactRequest &r = m_requests.at(index.row());
    if (const auto pending = pendingData(r.id, role))
        return *pending;
    switch (role) {
    case IdRole:
        return r.id;
    case SubjectRole:
        return r.subject;
    case SubjectLabelRole:
        return subjectLabel(r.subject);
    case MessageRole:
        return r.message;
    case DoneRole:
        return r.done;
    case StatusTextRole:
        return r.done ? tr("Afgerond") : tr("Openstaand");
    case CreatedTextRole:
        return dateText(r.createdAt);
    case AnsweredTextRole:
        return dateText(r.answeredAt);
    case AnswerRole:
        return r.answer;
    case AnsweredByRole:
        return r.answeredBy;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactRequestsModel::roleNames() const {
    QHash<int, QByteArray> names{{IdRole, "requestId"},
                                 {SubjectRole, "subject"},
                                 {SubjectLabelRole, "subjectLabel"},
                                 {MessageRole, "message"},
                                 {DoneRole, "done"},
                                 {StatusTextRole, "statusText"},
                                 {CreatedTextRole, "createdText"},
                                 {AnsweredTextRole, "answeredText"},
                                 {AnswerRole, "answer"},
                                 {AnsweredByRole, "answeredBy"}};
    names.insert(pendingRoleNames());
    return names;
}

QVariantList ContactRequestsModel::subjects() const {
    return optionsForQml(m_subjects);
}

QString ContactRequestsModel::subjectLabel(const QString &code) const {
    return optionLabel(m_subjects, code);
}

QVariantList ContactRequestsModel::newAnswers() const {
    QVariantList result;
    const QDateTime since = QDateTime::currentDateTime().addDays(-kNewAnswerDays);
    for (const ContactRequest &r : m_serverRequests) {
        if (!r.done || r.answeredAt < since || r.answerReadAt.isValid() || m_seen.contains(r.id))
            continue;
        result.append(QVariantMap{{QStringLiteral("requestId"), r.id},
                                  {QStringLiteral("subjectLabel"), subjectLabel(r.subject)},
                                  {QStringLiteral("answeredText"), dateText(r.answeredAt)},
                                  {QStringLiteral("answeredBy"), r.answeredBy}});
    }
    return result;
}

void ContactRequestsModel::markSeen(const QString &id) {
    const int row = rowOf(m_serverRequests, id);
    if (row < 0 || !m_serverRequests.at(row).done ||
        m_serverRequests.at(row).answerReadAt.isValid())
        return; // nothing to read yet, or read before
    if (!m_seen.contains(id)) {
        m_seen.append(id);
        if (m_cache)
            m_cache->storeValue(QStringLiteral("seenAnswers"),
                                m_seen.join(QLatin1Char(',')).toUtf8());
        Q_EMIT newAnswersChanged();
    }
    sendReadMarker(id);
}

void ContactRequestsModel::sendReadMarkers() {
    for (const ContactRequest &r : std::as_const(m_serverRequests)) {
        if (r.done && !r.answerReadAt.isValid() && m_seen.contains(r.id))
            sendReadMarker(r.id);
    }
}

void ContactRequestsModel::sendReadMarker(const QString &id) {
    const QString client = clientId();
    if (client.isEmpty() || m_marking.contains(id))
        return;
    m_marking.insert(id);
    onResult(m_backend->markAnswerRead(client, id), this,
             [this, client, id](const Result<ContactRequest> &result) {
                 m_marking.remove(id);
                 if (client != clientId() || !result.ok())
                     return; // another client by now, or not arrived: the next listing retries
                 const int row = rowOf(m_serverRequests, id);
                 if (row >= 0)
                     m_serverRequests[row].answerReadAt = result.value().answerReadAt;
             });
}

namespace {
constexpr QLatin1String kSubjectsDocument("contact-request-subjects");
constexpr QLatin1String kDocument("contact-requests"); // the first page
} // namespace

void ContactRequestsModel::fetch(const QString &clientId) {
    if (m_cache)
        m_seen = QString::fromUtf8(m_cache->value(QStringLiteral("seenAnswers")))
                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto cachedSubjects = cachedList<LabelledOption>(kSubjectsDocument);
    const auto cached = cachedList<ContactRequest>(kDocument);
    if (cachedSubjects && cached && awaitingFirstRows()) {
        setSubjects(cachedSubjects->items);
        m_serverRequests.clear();
        append(*cached);
        showingCached();
    }
    const QByteArray etag = cached ? cached->etag : QByteArray();
    whenListed(
        m_backend->contactRequestSubjects(), kSubjectsDocument,
        [this, clientId, etag](const QList<LabelledOption> &subjects) {
            setSubjects(subjects);
            whenListed(m_backend->contactRequests(clientId, {}, etag), kDocument,
                       [this](const ContactRequestPage &page) {
                           m_serverRequests.clear();
                           append(page);
                           Q_EMIT firstPageLoaded();
                       });
        },
        false);
}

void ContactRequestsModel::setSubjects(const QList<LabelledOption> &subjects) {
    m_subjects = subjects;
    Q_EMIT subjectsChanged();
}

void ContactRequestsModel::fetchMore(const QString &clientId, const QString &cursor) {
    whenLoaded(m_backend->contactRequests(clientId, cursor, {}),
               [this](const ContactRequestPage &page) { append(page); });
}

void ContactRequestsModel::append(const ContactRequestPage &page) {
    // Pages may overlap when requests came in meanwhile: keep each request once.
    for (const ContactRequest &request : page.items) {
        if (rowOf(m_serverRequests, request.id) < 0)
            m_serverRequests.append(request);
    }
    setNextCursor(page.nextCursor);
    rebuildRows();
    Q_EMIT newAnswersChanged();
    sendReadMarkers();
}

void ContactRequestsModel::rebuildRows() {
    beginResetModel();
    m_requests = withPending(m_serverRequests, true);
    endResetModel();
}

QByteArray ContactRequestsModel::versionOf(const QString &id) const {
    const int row = rowOf(m_serverRequests, id);
    return row < 0 ? QByteArray() : m_serverRequests.at(row).etag;
}

void ContactRequestsModel::applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) {
    if (write.operation == QueuedWrite::Operation::Delete) {
        m_serverRequests.removeIf([&](const ContactRequest &r) { return r.id == write.targetId; });
    } else if (const ContactRequest stored = ContactRequest::fromJson(receipt.item);
               stored.isValid()) {
        const int row = rowOf(m_serverRequests, stored.id);
        if (row < 0)
            m_serverRequests.prepend(stored); // the newest, as the server lists it
        else
            m_serverRequests[row] = stored;
    }
    rebuildRows();
    Q_EMIT newAnswersChanged();
}

QList<QPair<QString, QString>> ContactRequestsModel::fieldLabels() const {
    return {{QStringLiteral("subject"), tr("Onderwerp")},
            {QStringLiteral("message"), tr("Bericht")}};
}

QString ContactRequestsModel::fieldText(const QString &field, const QJsonValue &value) const {
    if (field == QLatin1String("subject"))
        return subjectLabel(value.toString());
    return ClientListModel::fieldText(field, value);
}

QVariantMap ContactRequestsModel::request(const QString &id) const {
    return rowAsMap(rowOf(m_requests, id));
}

void ContactRequestsModel::save(const QString &id, const QString &subject, const QString &message) {
    if (!canWrite())
        return;
    ContactRequest request;
    request.id = id;
    request.subject = subject;
    request.message = message.trimmed();
    queueWrite(id.isEmpty() ? QueuedWrite::Operation::Create : QueuedWrite::Operation::Update, id,
               request.toJson(), versionOf(id));
}

void ContactRequestsModel::remove(const QString &id) {
    if (!canWrite())
        return;
    queueWrite(QueuedWrite::Operation::Delete, id, {}, versionOf(id));
}

QString ContactRequestsModel::messageError(const QString &message) const {
    return ContactValidation::message(
        ContactValidation::checkText(message, kMaxMessageLength, true), language(),
        kMaxMessageLength);
}

void ContactRequestsModel::clear() {
    m_serverRequests.clear();
    beginResetModel();
    m_requests.clear();
    endResetModel();
    m_subjects.clear();
    resetPaging();
    m_seen.clear();
    m_marking.clear();
    Q_EMIT newAnswersChanged();
    Q_EMIT subjectsChanged();
}

} // namespace careportal
