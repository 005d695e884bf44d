// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/businessrecords.h"

#include <QJsonObject>

namespace careportal::server::businessjson {

/// "Mijn organisatie", with its ETag.
[[nodiscard]] QJsonObject customer(const BusinessCustomerRecord &customer);
[[nodiscard]] QJsonObject rights(const BusinessRights &rights);
/// A contact person. `personal` adds what only the person and a beheerder see: date of
/// birth, gender, address and postal address.
[[nodiscard]] QJsonObject contact(const BusinessContactRecord &contact, bool personal);
/// A project; `member` says whether it is among the caller's own ("Mijn projecten").
[[nodiscard]] QJsonObject project(const BusinessProjectRecord &project, bool member);
/// An invoice's summary; with `lines` its lines too (the detail).
[[nodiscard]] QJsonObject invoice(const BusinessInvoiceRecord &invoice, bool lines);
/// An answered question as correspondence, with its project's name.
[[nodiscard]] QJsonObject correspondence(const BusinessQuestionRecord &question,
                                         const QString &projectName);

} // namespace careportal::server::businessjson
