// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace careportal {

/// A business contact's switches at one organisation (seed 004, BusinessRights of the API).
/// The server enforces them; the app only mirrors them (a medewerker sees no Facturen).
struct BusinessRights {
    bool administrator = false; ///< Beheerder klantportaal: colleagues, rights, invoices.
    bool portalUser = false;    ///< Medewerker klantportaal: off means no login there.
    bool emailServices = false; ///< E-mail diensten.
    bool allProjects = false;   ///< Contactpersoon voor alle projecten.

    [[nodiscard]] static BusinessRights fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const BusinessRights &, const BusinessRights &) = default;
};

/// A customer organisation this business contact works for (getMe's `organisations`).
struct OrganisationLink {
    QString id;
    QString name;
    QString contactId; ///< The account's own contact there.
    BusinessRights rights;

    [[nodiscard]] static OrganisationLink fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const OrganisationLink &, const OrganisationLink &) = default;
};

/// One item of the business portal as the API describes it: an invoice, a project, a
/// colleague, an answer, the organisation itself. The screens show these read-mostly
/// records field by field, so they stay the API's JSON (checked for the members every
/// kind must have) rather than a struct per kind that would only copy the schema; the
/// models (BusinessListModel and its subclasses) turn the members into roles.
struct BusinessRecord {
    QString id;
    QJsonObject json; ///< The whole item as the server sent it, etag included.
    QByteArray etag;

    /// Invalid (empty id) without an `id` string.
    [[nodiscard]] static BusinessRecord fromJson(const QJsonObject &json);
    /// The item as the API has it; fromJson() reads it back (the cache keeps it so).
    [[nodiscard]] QJsonObject toRecord() const { return json; }
    [[nodiscard]] bool isValid() const { return !id.isEmpty(); }
    /// The members as a map, for QML.
    [[nodiscard]] QVariantMap toMap() const { return json.toVariantMap(); }

    friend bool operator==(const BusinessRecord &, const BusinessRecord &) = default;
};

/// An invoice PDF as the server sent it: never written to disk by the app unless the user
/// saves it (ExportFile), and never cached.
struct InvoicePdf {
    QByteArray data;
    QString fileName; ///< From Content-Disposition: "factuur-F2026-0500.pdf".
};

} // namespace careportal
