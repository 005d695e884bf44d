#include "contactrequestsmodel.h"

#include "cachedatabase.h"
#include "carebackend.h"
#include "contactvalidation.h"
#include "languagesettings.h"

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
    return {{IdRole, "requestId"},
            {SubjectRole, "subject"},
            {SubjectLabelRole, "subjectLabel"},
            {MessageRole, "message"},
            {DoneRole, "done"},
            {StatusTextRole, "statusText"},
            {CreatedTextRole, "createdText"},
            {AnsweredTextRole, "answeredText"},
            {AnswerRole, "answer"},
            {AnsweredByRole, "answeredBy"}};
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
    for (const ContactRequest &r : m_requests) {
        if (!r.done || r.answeredAt < since || m_seen.contains(r.id))
            continue;
        result.append(QVariantMap{{QStringLiteral("requestId"), r.id},
                                  {QStringLiteral("subjectLabel"), subjectLabel(r.subject)},
                                  {QStringLiteral("answeredText"), dateText(r.answeredAt)},
                                  {QStringLiteral("answeredBy"), r.answeredBy}});
    }
    return result;
}

void ContactRequestsModel::markSeen(const QString &id) {
    if (id.isEmpty() || m_seen.contains(id))
        return;
    m_seen.append(id);
    if (m_cache)
        m_cache->storeValue(QStringLiteral("seenAnswers"), m_seen.join(QLatin1Char(',')).toUtf8());
    Q_EMIT newAnswersChanged();
}

void ContactRequestsModel::fetch(const QString &clientId) {
    if (m_cache)
        m_seen = QString::fromUtf8(m_cache->value(QStringLiteral("seenAnswers")))
                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
    whenLoaded(
        m_backend->contactRequestSubjects(),
        [this, clientId](const QList<LabelledOption> &subjects) {
            m_subjects = subjects;
            Q_EMIT subjectsChanged();
            whenLoaded(m_backend->contactRequests(clientId, {}),
                       [this](const ContactRequestPage &page) {
                           beginResetModel();
                           m_requests.clear();
                           endResetModel();
                           append(page);
                       });
        },
        false);
}

void ContactRequestsModel::fetchMore(const QString &clientId, const QString &cursor) {
    whenLoaded(m_backend->contactRequests(clientId, cursor),
               [this](const ContactRequestPage &page) { append(page); });
}

void ContactRequestsModel::append(const ContactRequestPage &page) {
    if (appendPage(m_requests, page.requests, page.nextCursor))
        Q_EMIT newAnswersChanged();
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
    whenWritten(m_backend->saveContactRequest(clientId(), request),
                [this](const ContactRequest &result) { stored(result); });
}

void ContactRequestsModel::stored(const ContactRequest &request) {
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).id == request.id) {
            m_requests[i] = request;
            Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
            Q_EMIT newAnswersChanged();
            return;
        }
    }
    // A new request is the newest: it goes on top, as the server lists it.
    beginInsertRows({}, 0, 0);
    m_requests.prepend(request);
    endInsertRows();
}

void ContactRequestsModel::remove(const QString &id) {
    if (!canWrite())
        return;
    whenWritten(m_backend->removeContactRequest(clientId(), id),
                [this, id](const Done &) { removeById(m_requests, id); });
}

QString ContactRequestsModel::messageError(const QString &message) const {
    return ContactValidation::message(
        ContactValidation::checkText(message, kMaxMessageLength, true), language(),
        kMaxMessageLength);
}

void ContactRequestsModel::clear() {
    beginResetModel();
    m_requests.clear();
    endResetModel();
    m_subjects.clear();
    resetPaging();
    m_seen.clear();
    Q_EMIT newAnswersChanged();
    Q_EMIT subjectsChanged();
}

} // namespace careportal
