// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/businesscontactsmodel.h"

#include "auth/session.h"
#include "backend/carebackend.h"
#include "contactvalidation.h"
#include "util/futureresult.h"

namespace careportal {

namespace {

const QList<QByteArray> kMembers{
    "id",     "displayName", "initials", "firstName",  "prefix",       "surname",        "nickname",
    "phone",  "mobile",      "email",    "department", "function",     "functionOnCard", "hasLogin",
    "rights", "birthDate",   "gender",   "address",    "postalAddress"};

// The text members of BusinessContactInput, as the form has them.
const QList<const char *> kTextInput{"initials", "firstName", "prefix",        "surname",
                                     "nickname", "address",   "postalAddress", "phone",
                                     "mobile",   "email",     "department",    "functionOnCard"};

constexpr QLatin1String kFunctionsDocument("business-functions");

} // namespace

BusinessContactsModel::BusinessContactsModel(Scope scope, Session *session, CareBackend *backend,
                                             LanguageSettings *language, QObject *parent)
    : BusinessListModel(session, backend, language, kMembers, parent)
    , m_scope(scope) {
    setWriteKind(scope == Scope::Own ? QueuedWrite::Kind::BusinessContact
                                     : QueuedWrite::Kind::BusinessColleague);
}

QVariantMap BusinessContactsModel::contact() const {
    return shownRows().isEmpty() ? QVariantMap() : item(shownRows().first().id);
}

void BusinessContactsModel::fetch(const QString &orgId) {
    const auto cached = cachedList<LabelledOption>(kFunctionsDocument);
    if (cached && awaitingFirstRows()) {
        m_functions = cached->items;
        Q_EMIT functionsChanged();
    }
    whenListed(
        backend()->businessFunctions(orgId), kFunctionsDocument,
        [this, orgId](const QList<LabelledOption> &functions) {
            m_functions = functions;
            Q_EMIT functionsChanged();
            const bool own = m_scope == Scope::Own;
            list(own ? QStringLiteral("business-own-contact")
                     : QStringLiteral("business-colleagues"),
                 [this, orgId, own](const QByteArray &etag) {
                     return own ? backend()->businessOwnContact(orgId, etag)
                                : backend()->businessColleagues(orgId, etag);
                 });
        },
        false);
}

QList<QByteArray> BusinessContactsModel::derivedRoleNames() const {
    return {"functionLabel", "administrator", "portalUser",
            "emailServices", "allProjects",   "birthDateText"};
}

QVariant BusinessContactsModel::derived(const BusinessRecord &record, int which) const {
    const QJsonObject rights = record.json.value(QLatin1String("rights")).toObject();
    switch (which) {
    case 0:
        return optionLabel(m_functions, record.json.value(QLatin1String("function")).toString());
    case 1:
        return rights.value(QLatin1String("administrator")).toBool();
    case 2:
        return rights.value(QLatin1String("portalUser")).toBool();
    case 3:
        return rights.value(QLatin1String("emailServices")).toBool();
    case 4:
        return rights.value(QLatin1String("allProjects")).toBool();
    case 5: {
        const QDate date = QDate::fromString(
            record.json.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
    }
    default:
        return {};
    }
}

QJsonObject BusinessContactsModel::input(const QVariantMap &form) const {
    QJsonObject body;
    for (const char *member : kTextInput)
        body.insert(QLatin1String(member), form.value(QLatin1String(member)).toString().trimmed());
    const QString birth = form.value(QStringLiteral("birthDate")).toString();
    body.insert(QLatin1String("birthDate"), birth.isEmpty() ? QJsonValue() : QJsonValue(birth));
    body.insert(QLatin1String("gender"), form.value(QStringLiteral("gender")).toString());
    const QString function = form.value(QStringLiteral("function")).toString();
    body.insert(QLatin1String("function"),
                function.isEmpty() ? QJsonValue() : QJsonValue(function));
    for (const char *flag : {"emailServices", "allProjects"})
        body.insert(QLatin1String(flag), form.value(QLatin1String(flag)).toBool());
    // Only a beheerder changes a colleague's rights; the own ones are not sent (the API
    // ignores them there).
    if (m_scope == Scope::Colleagues) {
        for (const char *flag : {"administrator", "portalUser"})
            body.insert(QLatin1String(flag), form.value(QLatin1String(flag)).toBool());
    }
    return body;
}

void BusinessContactsModel::save(const QVariantMap &form) {
    if (!canWrite())
        return;
    const QString id = form.value(QStringLiteral("itemId")).toString();
    if (m_scope == Scope::Own && id.isEmpty())
        return; // the own contact exists; it is only changed
    queueWrite(id.isEmpty() ? QueuedWrite::Operation::Create : QueuedWrite::Operation::Update, id,
               input(form), versionOf(id));
}

void BusinessContactsModel::remove(const QString &id) {
    if (m_scope == Scope::Colleagues && canWrite())
        queueWrite(QueuedWrite::Operation::Delete, id, {}, versionOf(id));
}

void BusinessContactsModel::resetSecondFactor(const QString &id) {
    if (clientId().isEmpty())
        return;
    const QString orgId = clientId();
    onResult(backend()->resetColleagueSecondFactor(orgId, id), this,
             [this, orgId](const Result<Done> &result) {
                 if (orgId != clientId())
                     return; // logged out or switched organisation meanwhile
                 if (result.ok())
                     Q_EMIT secondFactorReset();
                 else
                     Q_EMIT secondFactorResetFailed(result.error().message(language()));
             });
}

QString BusinessContactsModel::surnameError(const QString &surname) const {
    return ContactValidation::message(ContactValidation::checkLine(surname, kMaxLineLength, true),
                                      language(), kMaxLineLength);
}

QString BusinessContactsModel::lineError(const QString &text) const {
    return ContactValidation::message(ContactValidation::checkLine(text, kMaxLineLength, false),
                                      language(), kMaxLineLength);
}

QString BusinessContactsModel::phoneError(const QString &phone) const {
    return ContactValidation::message(ContactValidation::checkPhone(phone, false), language(),
                                      ContactValidation::kPhoneMaxLength);
}

QString BusinessContactsModel::emailError(const QString &email) const {
    return ContactValidation::message(ContactValidation::checkEmail(email, true), language(),
                                      ContactValidation::kEmailMaxLength);
}

QString BusinessContactsModel::isoDate(const QString &dutchDate) {
    const QString text = dutchDate.trimmed();
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, QStringLiteral("d-M-yyyy"));
    return date.isValid() && date <= QDate::currentDate() ? date.toString(Qt::ISODate)
                                                          : QStringLiteral("invalid");
}

QList<QPair<QString, QString>> BusinessContactsModel::fieldLabels() const {
    return {{QStringLiteral("initials"), tr("Voorletters")},
            {QStringLiteral("firstName"), tr("Voornaam")},
            {QStringLiteral("prefix"), tr("Voorvoegsel")},
            {QStringLiteral("surname"), tr("Achternaam")},
            {QStringLiteral("nickname"), tr("Roepnaam")},
            {QStringLiteral("birthDate"), tr("Geboortedatum")},
            {QStringLiteral("gender"), tr("Geslacht")},
            {QStringLiteral("address"), tr("Adres")},
            {QStringLiteral("postalAddress"), tr("Postadres")},
            {QStringLiteral("phone"), tr("Telefoonnummer")},
            {QStringLiteral("mobile"), tr("Mobiel nummer")},
            {QStringLiteral("email"), tr("E-mailadres")},
            {QStringLiteral("department"), tr("Afdeling")},
            {QStringLiteral("function"), tr("Functie")},
            {QStringLiteral("functionOnCard"), tr("Functie op visitekaart")},
            {QStringLiteral("emailServices"), tr("E-mail diensten")},
            {QStringLiteral("allProjects"), tr("Contactpersoon voor alle projecten")},
            {QStringLiteral("administrator"), tr("Beheerder klantportaal")},
            {QStringLiteral("portalUser"), tr("Medewerker klantportaal")}};
}

QString BusinessContactsModel::fieldText(const QString &field, const QJsonValue &value) const {
    if (field == QLatin1String("function"))
        return optionLabel(m_functions, value.toString());
    if (value.isBool())
        return value.toBool() ? tr("Ja") : tr("Nee");
    return BusinessListModel::fieldText(field, value);
}

void BusinessContactsModel::rebuildRows() {
    BusinessListModel::rebuildRows();
    Q_EMIT contactChanged();
}

void BusinessContactsModel::clear() {
    BusinessListModel::clear();
    m_functions.clear();
    Q_EMIT functionsChanged();
}

} // namespace careportal
