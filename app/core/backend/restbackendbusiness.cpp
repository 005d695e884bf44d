// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// RestBackend: the business portal of seed 004 (/business/organisations/{orgId}/…).

#include "backend/restbackend.h"
#include "backend/restrequests.h"

namespace careportal {

using rest::conditionalGet;
using rest::escaped;
using rest::organisationPath;
using rest::parseItem;
using rest::parseItems;
using rest::parseList;

namespace {

// A single item answered as a list of one (or none, after a 304), so that the models
// cache and revalidate it as they do their lists.
Result<ListVersion<BusinessRecord>> parseSingle(const ApiResponse &response, const char *what) {
    ListVersion<BusinessRecord> list;
    list.etag = response.etag;
    list.notModified = response.notModified();
    if (list.notModified)
        return list;
    auto item = parseItem<BusinessRecord>(response, what);
    if (!item.ok())
        return item.error();
    list.items.append(item.value());
    return list;
}

} // namespace

QFuture<Result<ListVersion<BusinessRecord>>>
RestBackend::businessOrganisation(const QString &orgId, const QByteArray &etag) {
    return call<ListVersion<BusinessRecord>>(
        conditionalGet(organisationPath(orgId), etag),
        [](const ApiResponse &response) { return parseSingle(response, "organisation"); });
}

QFuture<Result<ListVersion<BusinessRecord>>>
RestBackend::businessOwnContact(const QString &orgId, const QByteArray &etag) {
    return call<ListVersion<BusinessRecord>>(
        conditionalGet(organisationPath(orgId) + QStringLiteral("/contact"), etag),
        [](const ApiResponse &response) { return parseSingle(response, "own contact"); });
}

QFuture<Result<QList<LabelledOption>>> RestBackend::businessFunctions(const QString &orgId) {
    ApiRequest request;
    request.path = organisationPath(orgId) + QStringLiteral("/functions");
    return call<QList<LabelledOption>>(request, [](const ApiResponse &response) {
        return parseItems<LabelledOption>(response, "function");
    });
}

QFuture<Result<ListVersion<BusinessRecord>>>
RestBackend::businessColleagues(const QString &orgId, const QByteArray &etag) {
    return call<ListVersion<BusinessRecord>>(
        conditionalGet(organisationPath(orgId) + QStringLiteral("/colleagues"), etag),
        [](const ApiResponse &response) {
            return parseList<BusinessRecord>(response, "colleague");
        });
}

QFuture<Result<Done>> RestBackend::resetColleagueSecondFactor(const QString &orgId,
                                                              const QString &colleagueId) {
    const QString path =
        organisationPath(orgId) +
        QStringLiteral("/colleagues/%1/second-factor/reset").arg(escaped(colleagueId));
    return call<Done>(rest::post(path, {}), rest::done);
}

QFuture<Result<ListVersion<BusinessRecord>>>
RestBackend::invoices(const QString &orgId, bool openOnly, const QByteArray &etag) {
    ApiRequest request =
        conditionalGet(organisationPath(orgId) + QStringLiteral("/invoices"), etag);
    request.query.addQueryItem(QStringLiteral("status"),
                               openOnly ? QStringLiteral("open") : QStringLiteral("all"));
    return call<ListVersion<BusinessRecord>>(request, [](const ApiResponse &response) {
        return parseList<BusinessRecord>(response, "invoice");
    });
}

QFuture<Result<BusinessRecord>> RestBackend::invoice(const QString &orgId, const QString &id) {
    ApiRequest request;
    request.path = organisationPath(orgId) + QStringLiteral("/invoices/") + escaped(id);
    return call<BusinessRecord>(request, [](const ApiResponse &response) {
        return parseItem<BusinessRecord>(response, "invoice");
    });
}

QFuture<Result<InvoicePdf>> RestBackend::invoicePdf(const QString &orgId, const QString &id) {
    ApiRequest request;
    request.path = organisationPath(orgId) + QStringLiteral("/invoices/%1/pdf").arg(escaped(id));
    request.accept = QByteArrayLiteral("application/pdf");
    return call<InvoicePdf>(request, [](const ApiResponse &response) -> Result<InvoicePdf> {
        if (!response.document.startsWith("%PDF-"))
            return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("invoice pdf"));
        return InvoicePdf{response.document, response.fileName};
    });
}

QFuture<Result<ListVersion<BusinessRecord>>>
RestBackend::projects(const QString &orgId, bool mineOnly, const QByteArray &etag) {
    ApiRequest request =
        conditionalGet(organisationPath(orgId) + QStringLiteral("/projects"), etag);
    request.query.addQueryItem(QStringLiteral("scope"),
                               mineOnly ? QStringLiteral("mine") : QStringLiteral("all"));
    return call<ListVersion<BusinessRecord>>(request, [](const ApiResponse &response) {
        return parseList<BusinessRecord>(response, "project");
    });
}

QFuture<Result<ListVersion<BusinessRecord>>> RestBackend::correspondence(const QString &orgId,
                                                                         const QByteArray &etag) {
    return call<ListVersion<BusinessRecord>>(
        conditionalGet(organisationPath(orgId) + QStringLiteral("/correspondence"), etag),
        [](const ApiResponse &response) {
            return parseList<BusinessRecord>(response, "correspondence");
        });
}

QFuture<Result<BusinessRecord>> RestBackend::markCorrespondenceRead(const QString &orgId,
                                                                    const QString &id) {
    ApiRequest request;
    request.method = ApiRequest::Method::Put;
    request.path =
        organisationPath(orgId) + QStringLiteral("/correspondence/%1/read").arg(escaped(id));
    return call<BusinessRecord>(request, [](const ApiResponse &response) {
        return parseItem<BusinessRecord>(response, "correspondence");
    });
}

} // namespace careportal
