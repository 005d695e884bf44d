// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"
#include "storage/businessrecords.h"
#include "storage/records.h"

#include <QCommandLineOption>

namespace careportal::server {
class Database;
} // namespace careportal::server

namespace careportal::server::admin {

class TaskOptions;

/// Business customers and their contacts (seed 004): create-business-customer,
/// add-business-contact, list-business-customers, list-business-contacts.
[[nodiscard]] TaskList businessTasks();
/// Changes to a business customer's contacts as the portal's beheerder makes them:
/// edit-business-contact, remove-business-contact (never the last beheerder who can log in).
[[nodiscard]] TaskList businessContactTasks();
/// Projects, members, questions and invoices of business customers.
[[nodiscard]] TaskList businessProjectTasks();
/// The options only the business tasks use (the shared ones are admincommand's).
[[nodiscard]] QList<QCommandLineOption> businessOptions();

/// A new business account for `contact` logging in as `username` with the one-time
/// `password` (hashed; an empty hash when hashing failed), to be changed at first login:
/// the same for a contact staff add here and one a beheerder adds in the portal.
[[nodiscard]] AccountRecord newBusinessAccount(const BusinessContactRecord &contact,
                                               const QString &username, const QString &password);

/// --portal-rights: a comma-separated list of beheerder, medewerker, email-diensten,
/// alle-projecten, or none; nullopt (with an error recorded) when malformed.
[[nodiscard]] std::optional<BusinessRights> portalRightsOption(TaskOptions &options);
/// The rights as --portal-rights spells them.
[[nodiscard]] QString portalRightsText(const BusinessRights &rights);

} // namespace careportal::server::admin
