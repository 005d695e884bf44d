// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// FhirBackend: the client's data, read through FHIR searches and reads (docs/fhir.md).

#include "fhir/fhirabsences.h"
#include "fhir/fhiraccesslog.h"
#include "fhir/fhirappointments.h"
#include "fhir/fhirbackend.h"
#include "fhir/fhircontacts.h"
#include "fhir/fhirdossier.h"
#include "fhir/fhirrequests.h"

namespace careportal {

using fhir::Resource;
using fhir::SearchPage;

namespace {

QString patientRef(const QString &clientId) {
    return QStringLiteral("Patient/") + clientId;
}

QString dateRange(const QString &prefix, QDate date) {
    return prefix + date.toString(Qt::ISODate);
}

// A list whose version is unchanged is answered as such, as a 304 of the reference server
// is: the screen keeps what it shows and the cache what it has.
template <typename T>
Result<ListVersion<T>> versioned(const QList<Resource> &resources, const QByteArray &etag,
                                 const std::function<Result<T>(const Resource &)> &map) {
    ListVersion<T> list;
    list.etag = fhir::listVersion(resources);
    if (!etag.isEmpty() && etag == list.etag) {
        list.notModified = true;
        return list;
    }
    for (const Resource &resource : resources) {
        const Result<T> item = map(resource);
        if (!item.ok())
            return item.error();
        list.items.append(item.value());
    }
    return list;
}

QString requestIds(const QList<Resource> &requests) {
    QStringList ids;
    for (const Resource &request : requests)
        ids.append(request.reference());
    return ids.join(QLatin1Char(','));
}

} // namespace

QFuture<Result<AppointmentPage>> FhirBackend::appointments(const QString &clientId, QDate from,
                                                           QDate to, const QByteArray &etag) {
    const QUrlQuery query{{QStringLiteral("patient"), patientRef(clientId)},
                          {QStringLiteral("date"), dateRange(QStringLiteral("ge"), from)},
                          {QStringLiteral("date"), dateRange(QStringLiteral("le"), to)},
                          {QStringLiteral("_sort"), QStringLiteral("date")},
                          {QStringLiteral("_count"), QStringLiteral("100")},
                          {QStringLiteral("_include"), QStringLiteral("Appointment:practitioner")}};
    return promised<AppointmentPage>([this, query, etag](const Deliver<AppointmentPage> &done) {
        searchAll(QStringLiteral("Appointment"), query,
                  [etag, done](const Result<SearchPage> &found) {
                      if (!found.ok()) {
                          done(found.error());
                          return;
                      }
                      AppointmentPage page;
                      page.etag = fhir::listVersion(found.value().matches);
                      page.notModified = !etag.isEmpty() && etag == page.etag;
                      for (const Resource &resource : found.value().matches) {
                          if (page.notModified)
                              break;
                          const auto visit = fhir::plannedVisit(resource, found.value().included);
                          if (!visit.ok()) {
                              done(visit.error());
                              return;
                          }
                          if (visit.value())
                              page.appointments.append(*visit.value());
                      }
                      done(page);
                  });
    });
}

QFuture<Result<ListVersion<ContactDetail>>> FhirBackend::contactDetails(const QString &clientId,
                                                                        const QByteArray &etag) {
    using Details = ListVersion<ContactDetail>;
    return promised<Details>([this, clientId, etag](const Deliver<Details> &done) {
        read(QStringLiteral("Patient"), clientId, etag,
             [done](const Result<Resource> &patient, bool notModified) {
                 if (!patient.ok()) {
                     done(patient.error());
                     return;
                 }
                 Details list;
                 list.notModified = notModified;
                 if (!notModified) {
                     const auto details = fhir::contactDetails(patient.value());
                     if (!details.ok()) {
                         done(details.error());
                         return;
                     }
                     list.items = versionedDetails(details.value());
                     list.etag = patient.value().etag();
                 }
                 done(list);
             });
    });
}

QFuture<Result<QList<ContactPersonType>>> FhirBackend::contactPersonTypes() {
    return ready<QList<ContactPersonType>>(fhir::contactPersonTypes());
}

QFuture<Result<ListVersion<ContactPerson>>> FhirBackend::contactPersons(const QString &clientId,
                                                                        const QByteArray &etag) {
    using Persons = ListVersion<ContactPerson>;
    const QUrlQuery query{{QStringLiteral("patient"), patientRef(clientId)},
                          {QStringLiteral("_count"), QStringLiteral("100")}};
    return promised<Persons>([this, query, etag](const Deliver<Persons> &done) {
        searchAll(
            QStringLiteral("RelatedPerson"), query, [etag, done](const Result<SearchPage> &found) {
                if (!found.ok()) {
                    done(found.error());
                    return;
                }
                done(versioned<ContactPerson>(found.value().matches, etag, fhir::contactPerson));
            });
    });
}

QFuture<Result<QList<LabelledOption>>> FhirBackend::contactRequestSubjects() {
    return ready<QList<LabelledOption>>(fhir::contactRequestSubjects());
}

QFuture<Result<ContactRequestPage>> FhirBackend::contactRequests(const QString &clientId,
                                                                 const QString &cursor,
                                                                 const QByteArray &etag) {
    const QUrlQuery first{{QStringLiteral("subject"), patientRef(clientId)},
                          {QStringLiteral("_sort"), QStringLiteral("-authored")},
                          {QStringLiteral("_count"), QStringLiteral("20")}};
    const auto request = pageRequest(QStringLiteral("CommunicationRequest"), cursor, first);
    return promised<ContactRequestPage>([this, request, cursor,
                                         etag](const Deliver<ContactRequestPage> &done) {
        if (!request.ok()) {
            done(request.error());
            return;
        }
        searchPage(request.value(), QStringLiteral("CommunicationRequest"),
                   [this, cursor, etag, done](const Result<SearchPage> &requests) {
                       if (!requests.ok()) {
                           done(requests.error());
                           return;
                       }
                       withAnswers(requests.value(), cursor.isEmpty() ? etag : QByteArray(), done);
                   });
    });
}

void FhirBackend::withAnswers(const SearchPage &requests, const QByteArray &etag,
                              const Deliver<ContactRequestPage> &done) {
    const auto finish = [requests, etag, done](const QList<Resource> &answers) {
        QHash<QString, Resource> answerOf;
        for (const Resource &answer : answers)
            for (const auto &basedOn : answer.array(QStringLiteral("basedOn")))
                answerOf.insert(
                    fhir::referencedId(basedOn.toObject(), QStringLiteral("CommunicationRequest")),
                    answer);
        ContactRequestPage page;
        page.nextCursor = requests.next.toString();
        page.etag = fhir::listVersion(requests.matches + answers);
        page.notModified = !etag.isEmpty() && etag == page.etag;
        for (const Resource &request : requests.matches) {
            if (page.notModified)
                break;
            const auto item = fhir::contactRequest(request, answerOf.value(request.id()));
            if (!item.ok()) {
                done(item.error());
                return;
            }
            page.items.append(item.value());
        }
        done(page);
    };
    if (requests.matches.isEmpty()) {
        finish({});
        return;
    }
    const QUrlQuery query{{QStringLiteral("based-on"), requestIds(requests.matches)},
                          {QStringLiteral("_count"), QStringLiteral("100")}};
    searchAll(QStringLiteral("Communication"), query,
              [finish, done](const Result<SearchPage> &answers) {
                  if (!answers.ok()) {
                      done(answers.error());
                      return;
                  }
                  finish(answers.value().matches);
              });
}

QFuture<Result<QList<LabelledOption>>> FhirBackend::absenceTypes() {
    return ready<QList<LabelledOption>>(fhir::absenceTypes());
}

QFuture<Result<ListVersion<AbsenceReport>>> FhirBackend::absences(const QString &clientId,
                                                                  const QByteArray &etag) {
    using Reports = ListVersion<AbsenceReport>;
    const QUrlQuery query{{QStringLiteral("patient"), patientRef(clientId)},
                          {QStringLiteral("code"), fhir::codeSystem(QStringLiteral("task-type")) +
                                                       QStringLiteral("|afwezigheid")},
                          {QStringLiteral("_count"), QStringLiteral("100")}};
    return promised<Reports>([this, query, etag](const Deliver<Reports> &done) {
        searchAll(QStringLiteral("Task"), query, [etag, done](const Result<SearchPage> &found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            done(versioned<AbsenceReport>(found.value().matches, etag, fhir::absenceReport));
        });
    });
}

QFuture<Result<DossierOverview>> FhirBackend::dossier(const QString &clientId) {
    const QUrlQuery query{
        {QStringLiteral("_id"), clientId},
        {QStringLiteral("_include"), QStringLiteral("Patient:general-practitioner")}};
    return promised<DossierOverview>([this, query](const Deliver<DossierOverview> &done) {
        searchAll(QStringLiteral("Patient"), query, [done](const Result<SearchPage> &found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            if (found.value().matches.isEmpty()) {
                done(ApiError::make(ApiError::Kind::NotFound, QStringLiteral("Patient")));
                return;
            }
            done(fhir::dossierOverview(found.value().matches.first(), found.value().included));
        });
    });
}

QFuture<Result<DossierReportPage>> FhirBackend::dossierReports(const QString &clientId,
                                                               const QString &kind,
                                                               const QString &cursor, int limit) {
    QUrlQuery first{
        {QStringLiteral("subject"), patientRef(clientId)},
        {QStringLiteral("_sort"), QStringLiteral("-date")},
        {QStringLiteral("_count"), QString::number(limit)},
        {QStringLiteral("_include"), QStringLiteral("Composition:author")},
        {QStringLiteral("_include:iterate"), QStringLiteral("PractitionerRole:practitioner")}};
    if (!kind.isEmpty())
        first.addQueryItem(QStringLiteral("type"), fhir::codeSystem(QStringLiteral("report-kind")) +
                                                       QLatin1Char('|') + kind);
    const auto request = pageRequest(QStringLiteral("Composition"), cursor, first);
    return promised<DossierReportPage>([this, request](const Deliver<DossierReportPage> &done) {
        if (!request.ok()) {
            done(request.error());
            return;
        }
        searchPage(request.value(), QStringLiteral("Composition"),
                   [done](const Result<SearchPage> &found) {
                       if (!found.ok()) {
                           done(found.error());
                           return;
                       }
                       DossierReportPage page;
                       page.nextCursor = found.value().next.toString();
                       for (const Resource &composition : found.value().matches) {
                           const auto report =
                               fhir::dossierReport(composition, found.value().included);
                           if (!report.ok()) {
                               done(report.error());
                               return;
                           }
                           page.reports.append(report.value());
                       }
                       done(page);
                   });
    });
}

QFuture<Result<QList<CareGoal>>> FhirBackend::carePlan(const QString &clientId) {
    const QUrlQuery query{{QStringLiteral("subject"), patientRef(clientId)},
                          {QStringLiteral("status"), QStringLiteral("active")},
                          {QStringLiteral("_include"), QStringLiteral("CarePlan:goal")}};
    return promised<QList<CareGoal>>([this, query](const Deliver<QList<CareGoal>> &done) {
        searchAll(QStringLiteral("CarePlan"), query, [done](const Result<SearchPage> &found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            done(fhir::careGoals(found.value().matches, found.value().included));
        });
    });
}

QFuture<Result<AccessLogPage>> FhirBackend::accessLog(const QString &clientId, QDate from, QDate to,
                                                      const QString &cursor, int limit) {
    const QUrlQuery first{{QStringLiteral("entity"), patientRef(clientId)},
                          {QStringLiteral("date"), dateRange(QStringLiteral("ge"), from)},
                          {QStringLiteral("date"), dateRange(QStringLiteral("le"), to)},
                          {QStringLiteral("_sort"), QStringLiteral("-date")},
                          {QStringLiteral("_count"), QString::number(limit)}};
    const auto request = pageRequest(QStringLiteral("AuditEvent"), cursor, first);
    return promised<AccessLogPage>([this, request](const Deliver<AccessLogPage> &done) {
        if (!request.ok()) {
            done(request.error());
            return;
        }
        searchPage(request.value(), QStringLiteral("AuditEvent"),
                   [done](const Result<SearchPage> &found) {
                       if (!found.ok()) {
                           done(found.error());
                           return;
                       }
                       AccessLogPage page;
                       page.nextCursor = found.value().next.toString();
                       for (const Resource &event : found.value().matches) {
                           const auto entry = fhir::accessLogEntry(event);
                           if (!entry.ok()) {
                               done(entry.error());
                               return;
                           }
                           page.entries.append(entry.value());
                       }
                       done(page);
                   });
    });
}

} // namespace careportal
