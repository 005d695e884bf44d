// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessjson.h"

#include "dutchtime.h"
#include "http/entitytag.h"

#include <QJsonArray>

namespace careportal::server::businessjson {

namespace {

QJsonValue dateOrNull(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject customer(const BusinessCustomerRecord &c) {
    return EntityTag::tagged({{QLatin1String("id"), c.id},
                              {QLatin1String("name"), c.name},
                              {QLatin1String("address"), c.address},
                              {QLatin1String("postcode"), c.postcode},
                              {QLatin1String("city"), c.city},
                              {QLatin1String("postalAddress"), c.postalAddress},
                              {QLatin1String("kvkNumber"), c.kvkNumber},
                              {QLatin1String("phone"), c.phone},
                              {QLatin1String("email"), c.email},
                              {QLatin1String("website"), c.website}});
}

QJsonObject rights(const BusinessRights &r) {
    return {{QLatin1String("administrator"), r.administrator},
            {QLatin1String("portalUser"), r.portalUser},
            {QLatin1String("emailServices"), r.emailServices},
            {QLatin1String("allProjects"), r.allProjects}};
}

QJsonObject contact(const BusinessContactRecord &c, bool personal) {
    QJsonObject json{{QLatin1String("id"), c.id},
                     {QLatin1String("displayName"), c.displayName()},
                     {QLatin1String("initials"), c.initials},
                     {QLatin1String("firstName"), c.firstName},
                     {QLatin1String("prefix"), c.prefix},
                     {QLatin1String("surname"), c.surname},
                     {QLatin1String("nickname"), c.nickname},
                     {QLatin1String("phone"), c.phone},
                     {QLatin1String("mobile"), c.mobile},
                     {QLatin1String("email"), c.email},
                     {QLatin1String("department"), c.department},
                     {QLatin1String("function"),
                      c.functionCode.isEmpty() ? QJsonValue() : QJsonValue(c.functionCode)},
                     {QLatin1String("functionOnCard"), c.functionOnCard},
                     {QLatin1String("hasLogin"), !c.accountId.isEmpty()},
                     {QLatin1String("rights"), rights(c.rights)}};
    if (personal) {
        json.insert(QLatin1String("birthDate"), dateOrNull(c.birthDate));
        json.insert(QLatin1String("gender"), c.gender);
        json.insert(QLatin1String("address"), c.address);
        json.insert(QLatin1String("postalAddress"), c.postalAddress);
    }
    return EntityTag::tagged(json);
}

QJsonObject project(const BusinessProjectRecord &p, bool member) {
    return EntityTag::tagged(
        {{QLatin1String("id"), p.id},
         {QLatin1String("number"), p.number},
         {QLatin1String("name"), p.name},
         {QLatin1String("location"), p.location},
         {QLatin1String("description"), p.description},
         {QLatin1String("startDate"), dateOrNull(p.startDate)},
         {QLatin1String("endDate"), dateOrNull(p.endDate)},
         {QLatin1String("member"), member},
         {QLatin1String("projectLead"), QJsonObject{{QLatin1String("name"), p.leadName},
                                                    {QLatin1String("phone"), p.leadPhone},
                                                    {QLatin1String("email"), p.leadEmail}}}});
}

QJsonObject invoice(const BusinessInvoiceRecord &i, bool lines) {
    QJsonObject json{
        {QLatin1String("id"), i.id},
        {QLatin1String("number"), i.number},
        {QLatin1String("invoiceDate"), dateOrNull(i.invoiceDate)},
        {QLatin1String("dueDate"), dateOrNull(i.dueDate)},
        {QLatin1String("description"), i.description},
        {QLatin1String("amountCents"), i.amountCents},
        {QLatin1String("vatCents"), i.vatCents},
        {QLatin1String("totalCents"), i.totalCents()},
        {QLatin1String("status"), i.paid() ? QStringLiteral("paid") : QStringLiteral("open")},
        {QLatin1String("paidOn"), dateOrNull(i.paidOn)},
        {QLatin1String("overdue"),
         !i.paid() && i.dueDate < QDateTime::currentDateTimeUtc().toTimeZone(amsterdam()).date()},
        {QLatin1String("hasPdf"), i.hasPdf}};
    if (lines) {
        QJsonArray items;
        for (const BusinessInvoiceLine &line : i.lines)
            items.append(QJsonObject{{QLatin1String("description"), line.description},
                                     {QLatin1String("quantity"), line.quantity},
                                     {QLatin1String("unitPriceCents"), line.unitPriceCents},
                                     {QLatin1String("amountCents"), line.amountCents},
                                     {QLatin1String("vatPercent"), line.vatPercent},
                                     {QLatin1String("vatCents"), line.vatCents}});
        json.insert(QLatin1String("lines"), items);
    }
    return EntityTag::tagged(json);
}

QJsonObject correspondence(const BusinessQuestionRecord &q, const QString &projectName) {
    return EntityTag::tagged({{QLatin1String("id"), q.id},
                              {QLatin1String("projectId"), q.projectId},
                              {QLatin1String("projectName"), projectName},
                              {QLatin1String("question"), q.question},
                              {QLatin1String("askedAt"), timeOrNull(q.askedAt)},
                              {QLatin1String("answer"), q.answer},
                              {QLatin1String("answeredAt"), timeOrNull(q.answeredAt)},
                              {QLatin1String("answeredBy"), q.answeredBy},
                              {QLatin1String("read"), q.readAt.isValid()}});
}

} // namespace careportal::server::businessjson
