// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "linkrights.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

// Plain rows as the stores hand them out: the API layer sees data, never SQL.
namespace careportal::server {

struct OrganisationRecord {
    QString id;
    QString name;
    QString phone;
    QString primaryColor;
    QString accentColor;
    QString logoMediaType;
    QByteArray logoData;
    int absenceNoticeDays = 3; // working days' notice for an absence report (seed 000)
};

struct ClientRecord {
    QString id;
    QString salutation;
    QString initials;
    QString surname;
    QString displayName;
};

struct ClientLink {
    QString clientId;
    QString displayName;
    QString relation;
    LinkRights rights; // the parts of the portal this link opens
};

/// How an account may see one client: its relation and the parts of the portal it opens.
struct ClientAccess {
    QString relation;
    LinkRights rights;
};

struct AccountRecord {
    QString id;
    QString username;
    QString passwordHash;
    QString salutation;
    QString initials;
    QString surname;
    QString displayName;
    bool mustChangePassword = false;
    bool disabled = false; // by staff: no login, no session
};

/// The lockout bookkeeping of one account (see LoginThrottle).
/// See LockoutPolicy for what each field means to a lock.
struct LoginFailureState {
    int failedCount = 0; // in the current run
    QDateTime firstFailedAt;
    QDateTime lockedUntil;
    int lockCount = 0; // locks since the last success; each one doubles the next
    int hourFailedCount = 0;
    QDateTime hourStartedAt;
};

struct TokenRecord {
    QString accountId;
    QDateTime expiresAt;
    bool revoked = false;
    QString sessionId; // empty for tokens issued before sessions existed (schema < 11)
};

/// How a session was started. A login through the organisation's identity provider never
/// uses the portal password, so a pending change of that password does not hold it back.
enum class LoginMethod { Password, Oidc };

/// One login and everything refreshed from it: the family a refresh token belongs to.
struct SessionRecord {
    QString id;
    QString accountId;
    QDateTime createdAt;
    QDateTime lastActiveAt;
    QDateTime endedAt; // invalid while the session runs
    QString endReason;
    QString factorPending; // "sms" or "totp" until the second factor is given; else empty
    QString deviceId;      // the remembered device it started on or remembered, if any
    LoginMethod loginMethod = LoginMethod::Password; // sessions before schema 23: password
};

struct SessionLimits {
    int idleMinutes = 30;
    int absoluteMinutes = 720;
};

struct AppointmentRecord {
    QString id;
    QString clientId;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    QString helpType;
    QString carerName;
};

/// A visit as staff see it: cancelled ones too, with what cancelled them.
struct StaffVisitRecord {
    AppointmentRecord visit;
    QString cancelledBy; // empty: planned; an absence report's id, or "staff:<name>"
};

/// An account beside the client it is linked to, as staff see it (admin list-client).
struct LinkedAccount {
    QString accountId;
    QString username;
    QString relation;
    bool mustChangePassword = false; // the one-time password has not been replaced yet
    LinkRights rights;
};

struct ContactDetailRecord {
    QString id;
    QString clientId;
    QString kind; // see ContactDetailKinds
    QString value;
    QString remark;
};

struct ContactPersonRecord {
    QString id;
    QString clientId;
    QString name;
    QString phone1;
    QString phone2;
    QString email;
    QString type; // a code of contactPersonTypes()
    bool primary = false;
    QString remarks;
};

/// A choice from a server-served list, with its labels (person types, request subjects).
struct LabelledOption {
    QString code;
    QString labelNl;
    QString labelEn;
};

using ContactPersonType = LabelledOption;

/// "Contact zorgorganisatie": a client's question and, once staff handled it, the answer.
struct ContactRequestRecord {
    QString id;
    QString clientId;
    QString accountId; // who asked (the client or someone acting for them)
    QString subject;   // a code of contactRequestSubjects()
    QString message;
    bool done = false;   // Openstaand / Afgerond
    QDateTime createdAt; // UTC
    QDateTime answeredAt;
    QString answer;
    QString answeredBy; // the staff member's name as the client may see it
};

/// "Afwezigheid": a client's report that they will not be home.
struct AbsenceRecord {
    QString id;
    QString clientId;
    QString accountId;
    QString type; // a code of absenceTypes()
    QDate startDate;
    QDate endDate; // invalid: end not known yet
    bool wholeDay = true;
    QTime startTime; // only when !wholeDay (one day)
    QTime endTime;
    bool late = false; // reported inside the notice period
    bool processed = false;
    QDateTime createdAt; // UTC
    QDateTime processedAt;
    QString processedBy;
};

/// Position in a newest-first list: the time and id of the last row seen. Keyset paging
/// stays correct while new rows arrive, unlike an offset.
struct PageCursor {
    qint64 utc = 0;
    QString id;
};

/// The general data of a client's dossier ("Gegevens", seed 003), read-only in the portal.
struct DossierRecord {
    QString clientId;
    QString address;
    QString postcode;
    QString city;
    QDate birthDate;
    QString gpName; // huisarts
    QString gpPhone;
    QString pharmacyName;
    QString pharmacyPhone;
    QDate reportsVisibleFrom; // invalid: all reports (seed 002: readable from a start date)
};

/// A kind of report with the seed's explanation (Zorgplanrapportage, ...).
struct ReportKind {
    QString code;
    QString labelNl;
    QString labelEn;
    QString explanationNl;
    QString explanationEn;
};

/// One report in the dossier, written by a discipline (SO, FT, VP, ...).
struct DossierReportRecord {
    QString id;
    QString clientId;
    QString kind;        // a code of reportKinds()
    QString discipline;  // a code of disciplines()
    QString author;      // the care worker's name as the client may see it
    QDateTime writtenAt; // UTC
    QString title;
    QString body; // plain text
};

struct CareActionRecord {
    QString id;
    QString goalId;
    QString description;
    QString frequency; // free text: "dagelijks", "maandag en donderdag"
};

/// A goal of the care plan ("Doel") with the care question behind it and its actions.
struct CareGoalRecord {
    QString id;
    QString clientId;
    QString title;
    QString careQuestion; // zorgvraag
    QList<CareActionRecord> actions;
};

/// One row of the NEN 7513 access log: who did what with which client's data, when and
/// from where. Rows are only ever added (the database refuses updates and deletes).
struct AccessLogRecord {
    qint64 id = 0;
    QDateTime at;       // UTC
    QString event;      // read, search, change, export, print
    QString clientId;   // whose data
    QString accountId;  // the user
    QString userName;   // the user's display name at the time
    QString onBehalfOf; // the client the user acted for
    QString role;       // the user's relation to the client (self, representative, ...)
    QString device;     // the access point: the client program (User-Agent)
    QString address;    // and its network address
    QString object;     // what was touched: "appointments", "contact-persons/<id>", ...
};

/// An event for the organisation's security officer (NEN 7513): an attempt the server
/// refused, kept apart from the access log that clients read.
struct SecurityEventRecord {
    qint64 id = 0;
    QDateTime at;      // UTC
    QString event;     // client-refused: a client id the account may not see (or none)
    QString accountId; // who tried
    QString userName;  // the account's user name at the time
    QString object;    // what was asked: method and path, e.g. "GET /clients/x/appointments"
    QString device;    // the client program (User-Agent)
    QString address;   // and its network address
};

} // namespace careportal::server
