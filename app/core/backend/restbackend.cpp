#include "restbackend.h"

#include "apiclient.h"

#include <QJsonArray>
#include <QPromise>
#include <memory>

namespace careportal {

namespace {

ApiRequest post(const QString &path, const QJsonObject &body, bool authenticated = true) {
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = path;
    request.body = body;
    request.authenticated = authenticated;
    return request;
}

Result<Done> done(const ApiResponse &) {
    return Done{};
}

Result<AppointmentPage> parseAppointments(const ApiResponse &response) {
    AppointmentPage page;
    page.etag = response.etag;
    page.notModified = response.notModified();
    for (const auto &value :
         response.body.object().value(QLatin1String("appointments")).toArray()) {
        Appointment appointment = Appointment::fromJson(value.toObject());
        if (!appointment.isValid())
            return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("appointment"));
        page.appointments.append(std::move(appointment));
    }
    return page;
}

} // namespace

RestBackend::RestBackend(ApiClient *client, QObject *parent)
    : CareBackend(parent)
    , m_client(client) {}

void RestBackend::setAccessToken(const QByteArray &token) {
    m_client->setAccessToken(token);
}

void RestBackend::setLanguage(const QString &language) {
    m_client->setLanguage(language);
}

template <typename T>
QFuture<Result<T>> RestBackend::call(const ApiRequest &request,
                                     std::function<Result<T>(const ApiResponse &)> parse) {
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    ApiCall *apiCall = m_client->send(request);
    connect(apiCall, &ApiCall::finished, this, [promise, parse](const ApiResponse &response) {
        promise->addResult(response.ok() ? parse(response) : Result<T>(response.error));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<Organisation>> RestBackend::organisation() {
    ApiRequest request;
    request.path = QStringLiteral("/organisation");
    request.authenticated = false;
    return call<Organisation>(request, [](const ApiResponse &response) -> Result<Organisation> {
        Organisation organisation = Organisation::fromJson(response.body.object());
        if (!organisation.isValid())
            return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("organisation"));
        return organisation;
    });
}

QFuture<Result<LoginResult>> RestBackend::login(const QString &username, const QString &password) {
    const QJsonObject body{{QLatin1String("username"), username.trimmed()},
                           {QLatin1String("password"), password}};
    return call<LoginResult>(post(QStringLiteral("/auth/login"), body, false),
                             [](const ApiResponse &response) -> Result<LoginResult> {
                                 LoginResult result = LoginResult::fromJson(response.body.object());
                                 if (result.token.isEmpty())
                                     return ApiError::make(ApiError::Kind::BadResponse,
                                                           QStringLiteral("token"));
                                 return result;
                             });
}

QFuture<Result<Done>> RestBackend::changePassword(const QString &current, const QString &next) {
    const QJsonObject body{{QLatin1String("currentPassword"), current},
                           {QLatin1String("newPassword"), next}};
    return call<Done>(post(QStringLiteral("/account/password"), body), done);
}

QFuture<Result<Done>> RestBackend::logout() {
    return call<Done>(post(QStringLiteral("/auth/logout"), {}), done);
}

QFuture<Result<Account>> RestBackend::me() {
    ApiRequest request;
    request.path = QStringLiteral("/me");
    return call<Account>(request, [](const ApiResponse &response) -> Result<Account> {
        Account account = Account::fromJson(response.body.object());
        if (!account.isValid())
            return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("account"));
        return account;
    });
}

QFuture<Result<AppointmentPage>> RestBackend::appointments(const QString &clientId, QDate from,
                                                           QDate to, const QByteArray &etag) {
    ApiRequest request;
    request.path = QStringLiteral("/clients/%1/appointments")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    request.query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    request.query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    request.ifNoneMatch = etag;
    return call<AppointmentPage>(request, parseAppointments);
}

} // namespace careportal
