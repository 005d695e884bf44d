#include "contactrequestsapi.h"

#include "dutchtime.h"
#include "fieldcheck.h"
#include "http/httpserver.h"
#include "sessionguard.h"
#include "storage/contactrequeststore.h"

#include <QJsonArray>
#include <QUuid>

namespace careportal::server {

namespace {

using Issue = ContactValidation::Issue;

// The cursor is opaque to the app: base64url of "<created epoch>:<id>" of the last row.
QString encodeCursor(const ContactRequestRecord &last) {
    const QByteArray raw =
        QByteArray::number(last.createdAt.toSecsSinceEpoch()) + ':' + last.id.toUtf8();
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ContactRequestStore::Cursor> decodeCursor(const QString &text, bool *ok) {
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray raw = decoded.decoded;
    const qsizetype colon = raw.indexOf(':');
    bool number = false;
    const qint64 created = raw.left(colon).toLongLong(&number);
    if (!decoded || colon <= 0 || !number) {
        *ok = false;
        return std::nullopt;
    }
    return ContactRequestStore::Cursor{created, QString::fromUtf8(raw.mid(colon + 1))};
}

bool isKnownSubject(const QList<LabelledOption> &subjects, const QString &code) {
    return std::any_of(subjects.cbegin(), subjects.cend(),
                       [&code](const LabelledOption &s) { return s.code == code; });
}

std::optional<ApiResponse> readBody(const QJsonObject &body, const QList<LabelledOption> &subjects,
                                    ContactRequestRecord &request) {
    FieldCheck check(body);
    request.subject = check.text(QStringLiteral("subject"));
    request.message = check.text(QStringLiteral("message"));
    if (!isKnownSubject(subjects, request.subject))
        check.add(QStringLiteral("subject"),
                  request.subject.isEmpty() ? Issue::Required : Issue::UnknownOption);
    check.add(
        QStringLiteral("message"),
        ContactValidation::checkText(request.message, ContactRequestsApi::kMaxMessageLength, true),
        ContactRequestsApi::kMaxMessageLength);
    if (!check.ok())
        return check.problem();
    return std::nullopt;
}

} // namespace

ContactRequestsApi::ContactRequestsApi(ContactRequestStore &store, SessionGuard &guard)
    : m_store(store)
    , m_guard(guard) {}

QJsonObject ContactRequestsApi::toJson(const ContactRequestRecord &r) {
    QJsonObject json{
        {QLatin1String("id"), r.id},
        {QLatin1String("subject"), r.subject},
        {QLatin1String("message"), r.message},
        {QLatin1String("status"), r.done ? QStringLiteral("done") : QStringLiteral("open")},
        {QLatin1String("createdAt"), localIso(r.createdAt)}};
    if (r.done) {
        json.insert(QLatin1String("answeredAt"), localIso(r.answeredAt));
        json.insert(QLatin1String("answer"), r.answer);
        json.insert(QLatin1String("answeredBy"), r.answeredBy);
    }
    return json;
}

void ContactRequestsApi::registerRoutes(HttpServer &server) {
    registerReads(server);
    registerWrites(server);
}

void ContactRequestsApi::registerReads(HttpServer &server) {
    server.get("/contact-request-subjects", [this](const ApiRequest &request) {
        const auto access = m_guard.authenticate(request, SessionGuard::Access::Full);
        if (const auto *failure = std::get_if<ApiResponse>(&access))
            return *failure;
        QJsonArray items;
        for (const LabelledOption &subject : m_store.subjects())
            items.append(QJsonObject{
                {QLatin1String("code"), subject.code},
                {QLatin1String("labels"), QJsonObject{{QLatin1String("nl"), subject.labelNl},
                                                      {QLatin1String("en"), subject.labelEn}}}});
        return ApiResponse::json(200, {{QLatin1String("items"), items}});
    });

    server.get("/clients/([^/]+)/contact-requests", [this](const ApiRequest &request) {
        const auto access = m_guard.authenticateForClient(request);
        if (const auto *failure = std::get_if<ApiResponse>(&access))
            return *failure;
        bool limitOk = true;
        const QString limitText = request.query.value(QStringLiteral("limit"));
        const int limit = limitText.isEmpty() ? kDefaultPageSize : limitText.toInt(&limitOk);
        bool cursorOk = true;
        const auto before = decodeCursor(request.query.value(QStringLiteral("cursor")), &cursorOk);
        if (!limitOk || limit < 1 || limit > kMaxPageSize || !cursorOk)
            return Problem::make(Problem::Code::BadRequest,
                                 QStringLiteral("\"limit\" must be 1 to %1; \"cursor\" must be "
                                                "a nextCursor of an earlier page.")
                                     .arg(kMaxPageSize));
        // One more than asked tells whether an older page exists.
        QList<ContactRequestRecord> rows = m_store.page(request.pathParams[0], before, limit + 1);
        const bool more = rows.size() > limit;
        if (more)
            rows.removeLast();
        QJsonArray items;
        for (const ContactRequestRecord &row : std::as_const(rows))
            items.append(toJson(row));
        QJsonObject body{{QLatin1String("items"), items}};
        body.insert(QLatin1String("nextCursor"),
                    more ? QJsonValue(encodeCursor(rows.last())) : QJsonValue(QJsonValue::Null));
        return ApiResponse::json(200, body);
    });

    server.get("/clients/([^/]+)/contact-requests/([^/]+)", [this](const ApiRequest &request) {
        const auto access = m_guard.authenticateForClient(request);
        if (const auto *failure = std::get_if<ApiResponse>(&access))
            return *failure;
        const auto found = m_store.request(request.pathParams[0], request.pathParams[1]);
        if (!found)
            return Problem::make(Problem::Code::NotFound);
        return ApiResponse::json(200, toJson(*found));
    });
}

void ContactRequestsApi::registerWrites(HttpServer &server) {
    server.postJson("/clients/([^/]+)/contact-requests", [this](const ApiRequest &request) {
        const auto access = m_guard.authenticateForClient(request);
        if (const auto *failure = std::get_if<ApiResponse>(&access))
            return *failure;
        ContactRequestRecord record;
        if (auto problem = readBody(request.json, m_store.subjects(), record))
            return *problem;
        record.clientId = request.pathParams[0];
        if (m_store.openCount(record.clientId) >= kMaxOpenPerClient)
            return Problem::make(
                Problem::Code::LimitReached,
                QStringLiteral("At most %1 open requests.").arg(kMaxOpenPerClient));
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.accountId = std::get<AuthenticatedSession>(access).account.id;
        record.createdAt = QDateTime::currentDateTimeUtc();
        if (!m_store.insert(record))
            return Problem::make(Problem::Code::Internal);
        return ApiResponse::json(201, toJson(record));
    });

    server.putJson("/clients/([^/]+)/contact-requests/([^/]+)", [this](const ApiRequest &request) {
        const auto access = m_guard.authenticateForClient(request);
        if (const auto *failure = std::get_if<ApiResponse>(&access))
            return *failure;
        const auto existing = m_store.request(request.pathParams[0], request.pathParams[1]);
        if (!existing)
            return Problem::make(Problem::Code::NotFound);
        ContactRequestRecord record = *existing;
        if (auto problem = readBody(request.json, m_store.subjects(), record))
            return *problem;
        if (record.done || !m_store.updateOpen(record))
            return Problem::make(Problem::Code::RequestClosed);
        return ApiResponse::json(200, toJson(record));
    });

    server.remove("/clients/([^/]+)/contact-requests/([^/]+)", [this](const ApiRequest &request) {
        const auto access = m_guard.authenticateForClient(request);
        if (const auto *failure = std::get_if<ApiResponse>(&access))
            return *failure;
        const auto existing = m_store.request(request.pathParams[0], request.pathParams[1]);
        if (!existing)
            return Problem::make(Problem::Code::NotFound);
        if (existing->done || !m_store.deleteOpen(existing->clientId, existing->id))
            return Problem::make(Problem::Code::RequestClosed);
        return ApiResponse::noContent();
    });
}

} // namespace careportal::server
