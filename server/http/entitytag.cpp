// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "entitytag.h"

#include "problem.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QStringList>

namespace careportal::server {

namespace {

const QLatin1String kEtagMember("etag");

QStringList tagsOf(const QString &header) {
    QStringList tags;
    for (const QString &part : header.split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags.append(part.trimmed());
    return tags;
}

} // namespace

QByteArray EntityTag::of(const QByteArray &body) {
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

QByteArray EntityTag::of(const QJsonObject &representation) {
    QJsonObject withoutTag = representation;
    withoutTag.remove(kEtagMember);
    // QJsonObject keeps its members sorted, so equal objects serialise to equal bytes.
    return of(QJsonDocument(withoutTag).toJson(QJsonDocument::Compact));
}

QJsonObject EntityTag::tagged(QJsonObject representation) {
    representation.insert(kEtagMember, QString::fromLatin1(of(representation)));
    return representation;
}

bool EntityTag::noneMatchNames(const QString &ifNoneMatch, const QByteArray &etag) {
    const QString wanted = QString::fromLatin1(etag);
    for (QString tag : tagsOf(ifNoneMatch)) {
        if (tag.startsWith(QLatin1String("W/")))
            tag = tag.mid(2);
        if (tag == QLatin1String("*") || tag == wanted)
            return true;
    }
    return false;
}

bool EntityTag::matchNames(const QString &ifMatch, const QByteArray &etag) {
    const QString wanted = QString::fromLatin1(etag);
    for (const QString &tag : tagsOf(ifMatch)) {
        if (tag == QLatin1String("*") || tag == wanted)
            return true;
    }
    return false;
}

ApiResponse EntityTag::conditional(const ApiRequest &request, ApiResponse response) {
    const QByteArray etag = of(response.body);
    return conditional(request, std::move(response), etag);
}

ApiResponse EntityTag::conditional(const ApiRequest &request, ApiResponse response,
                                   const QByteArray &etag) {
    if (noneMatchNames(request.header("if-none-match"), etag))
        return ApiResponse::notModified(etag);
    // private: personal data never sits in a shared cache; no-cache: always revalidate.
    response.withHeader("ETag", etag).withHeader("Cache-Control", "private, no-cache");
    return response;
}

std::optional<ApiResponse> EntityTag::checkIfMatch(const ApiRequest &request,
                                                   const QJsonObject &current) {
    const QString ifMatch = request.header("if-match");
    const QByteArray etag = of(current);
    if (ifMatch.isEmpty() || matchNames(ifMatch, etag))
        return std::nullopt;
    return Problem::preconditionFailed(tagged(current), etag);
}

} // namespace careportal::server
