#pragma once

#include "carebackend.h"

#include <functional>

namespace careportal {

class ApiClient;
struct ApiRequest;
struct ApiResponse;

/// CareBackend over CarePortal's own JSON API (docs/api/openapi.yaml).
class RestBackend : public CareBackend {
    Q_OBJECT
public:
    explicit RestBackend(ApiClient *client, QObject *parent = nullptr);

    void setAccessToken(const QByteArray &token) override;
    void setLanguage(const QString &language) override;

    QFuture<Result<Organisation>> organisation() override;
    QFuture<Result<LoginResult>> login(const QString &username, const QString &password) override;
    QFuture<Result<Done>> changePassword(const QString &current, const QString &next) override;
    QFuture<Result<Done>> logout() override;
    QFuture<Result<Done>> requestPasswordReset(const QString &username,
                                               const QString &email) override;
    QFuture<Result<Done>> confirmPasswordReset(const QString &username, const QString &code,
                                               const QString &newPassword) override;
    QFuture<Result<Account>> me() override;
    QFuture<Result<AppointmentPage>> appointments(const QString &clientId, QDate from, QDate to,
                                                  const QByteArray &etag) override;
    QFuture<Result<QList<ContactDetail>>> contactDetails(const QString &clientId) override;
    QFuture<Result<ContactDetail>> saveContactDetail(const QString &clientId,
                                                     const ContactDetail &detail) override;
    QFuture<Result<Done>> removeContactDetail(const QString &clientId, const QString &id) override;
    QFuture<Result<QList<ContactPersonType>>> contactPersonTypes() override;
    QFuture<Result<QList<ContactPerson>>> contactPersons(const QString &clientId) override;
    QFuture<Result<ContactPerson>> saveContactPerson(const QString &clientId,
                                                     const ContactPerson &person) override;
    QFuture<Result<Done>> removeContactPerson(const QString &clientId, const QString &id) override;
    QFuture<Result<QList<LabelledOption>>> contactRequestSubjects() override;
    QFuture<Result<ContactRequestPage>> contactRequests(const QString &clientId,
                                                        const QString &cursor) override;
    QFuture<Result<ContactRequest>> saveContactRequest(const QString &clientId,
                                                       const ContactRequest &request) override;
    QFuture<Result<Done>> removeContactRequest(const QString &clientId, const QString &id) override;
    QFuture<Result<QList<LabelledOption>>> absenceTypes() override;
    QFuture<Result<QList<AbsenceReport>>> absences(const QString &clientId) override;
    QFuture<Result<AbsenceReport>> createAbsence(const QString &clientId,
                                                 const AbsenceReport &report) override;
    QFuture<Result<DossierOverview>> dossier(const QString &clientId) override;
    QFuture<Result<DossierReportPage>> dossierReports(const QString &clientId, const QString &kind,
                                                      const QString &cursor, int limit) override;
    QFuture<Result<QList<CareGoal>>> carePlan(const QString &clientId) override;
    QFuture<Result<AccessLogPage>> accessLog(const QString &clientId, QDate from, QDate to,
                                             const QString &cursor, int limit) override;

private:
    template <typename T>
    QFuture<Result<T>> call(const ApiRequest &request,
                            std::function<Result<T>(const ApiResponse &)> parse);

    ApiClient *m_client;
};

} // namespace careportal
