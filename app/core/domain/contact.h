// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/listversion.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

namespace careportal {

/// One way to reach the client ("Mijn contactdetails"): a phone number or e-mail address.
struct ContactDetail {
    QString id;   ///< Empty for one not yet stored.
    QString kind; ///< A ContactDetailKinds code, e.g. "mobile-phone".
    QString value;
    QString remark;
    QByteArray etag; ///< The version the server has (If-Match for an edit).

    /// Invalid (empty id) when a required field is missing.
    [[nodiscard]] static ContactDetail fromJson(const QJsonObject &json);
    /// The request body of create/update (no id: it is in the path).
    [[nodiscard]] QJsonObject toJson() const;
    /// The whole item as the API has it; fromJson() reads it back (the cache keeps it so).
    [[nodiscard]] QJsonObject toRecord() const;
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && !kind.isEmpty(); }

    friend bool operator==(const ContactDetail &, const ContactDetail &) = default;
};

/// A person the organisation may contact about the client ("Contactpersonen").
struct ContactPerson {
    QString id;
    QString name;
    QString phone1;
    QString phone2;
    QString email;
    QString type; ///< A code of the server's contact person types, e.g. "familie".
    bool primary = false;
    QString remarks;
    QByteArray etag;

    [[nodiscard]] static ContactPerson fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonObject toRecord() const;
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && !name.isEmpty(); }

    friend bool operator==(const ContactPerson &, const ContactPerson &) = default;
};

/// One entry of a list the server serves with its labels: contact person types, contact
/// request subjects.
struct LabelledOption {
    QString code;
    QString labelNl;
    QString labelEn;

    [[nodiscard]] static LabelledOption fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toRecord() const;
    [[nodiscard]] bool isValid() const { return !code.isEmpty() && !labelNl.isEmpty(); }
    [[nodiscard]] QString label(const QString &language) const {
        return language.startsWith(QLatin1String("en")) && !labelEn.isEmpty() ? labelEn : labelNl;
    }
};

using ContactPersonType = LabelledOption;

/// A question to the care organisation ("Contact zorgorganisatie") and, once staff handled
/// it, their answer.
struct ContactRequest {
    QString id;      ///< Empty for one not yet sent.
    QString subject; ///< A code of the server's subjects, e.g. "planning".
    QString message;
    bool done = false; ///< Afgerond (answered) rather than Openstaand.
    QDateTime createdAt;
    QDateTime answeredAt;
    QString answer;
    QString answeredBy;
    /// When this account first opened the answer (the server's read marker); invalid while
    /// it has not, and for an open request.
    QDateTime answerReadAt;
    QByteArray etag;

    [[nodiscard]] static ContactRequest fromJson(const QJsonObject &json);
    /// The body of create/update: subject and message.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonObject toRecord() const;
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && createdAt.isValid(); }
};

/// "Afwezigheid": a report that the client will not be home.
struct AbsenceReport {
    QString id;   ///< Empty for one not yet sent.
    QString type; ///< A code of the server's absence types, e.g. "vakantie".
    QDate startDate;
    QDate endDate; ///< Invalid while the end is not known.
    bool wholeDay = true;
    QTime startTime; ///< Only for part of one day.
    QTime endTime;
    bool late = false; ///< Reported inside the notice period.
    bool processed = false;
    QDateTime createdAt;
    QByteArray etag;

    [[nodiscard]] static AbsenceReport fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonObject toRecord() const;
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && startDate.isValid(); }
    /// Whether a visit starting at `visitStart` (the organisation's local time) falls in
    /// the absence, as staff will judge it: the whole days from the start to the end date
    /// (every later day while the end is not known), or for part of one day a start from
    /// the start time up to, not including, the end time.
    [[nodiscard]] bool covers(const QDateTime &visitStart) const;
};

/// One page of requests, newest first, and where the next (older) page starts.
using ContactRequestPage = ListVersion<ContactRequest>;

} // namespace careportal
