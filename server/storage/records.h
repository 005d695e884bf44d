#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

// Plain rows as the Store hands them out: the API layer sees data, never SQL.
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
};

/// The lockout bookkeeping of one account (see LoginThrottle).
struct LoginFailureState {
    int failedCount = 0;
    QDateTime firstFailedAt;
    QDateTime lockedUntil;
};

struct TokenRecord {
    QString accountId;
    QDateTime expiresAt;
    bool revoked = false;
};

struct AppointmentRecord {
    QString id;
    QString clientId;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    QString helpType;
    QString carerName;
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

} // namespace careportal::server
