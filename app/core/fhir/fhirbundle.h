// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "fhir/fhirresource.h"

#include <QList>
#include <QUrl>

namespace careportal::fhir {

/// One page of a FHIR search: its matches, what _include brought, and the next page.
struct SearchPage {
    QList<Resource> matches;
    ResourceIndex included;
    QUrl next; ///< Bundle.link[next]; invalid on the last page.

    /// Appends a later page of the same search.
    void append(const SearchPage &page);
};

/// Reads a searchset Bundle whose matches must be of `matchType`. Strict where a screen would
/// otherwise show something wrong: not a Bundle, an entry without a resource, a resource
/// without resourceType or id, or a match of another type is a BadResponse naming it, so
/// the caller keeps what it had. Lenient where FHIR allows: unknown elements, and
/// OperationOutcome entries (search warnings, mode "outcome"), are passed over.
[[nodiscard]] Result<SearchPage> readSearchPage(const QJsonObject &bundle,
                                                const QString &matchType);

/// A list's version for a search, which has no ETag in FHIR: a digest of the matches' ids and
/// meta.versionIds, so that an unchanged list is reported unchanged.
[[nodiscard]] QByteArray listVersion(const QList<Resource> &resources);

/// The resource types of FHIR R4 the app may meet in a search; any other is not FHIR R4.
[[nodiscard]] bool isKnownResourceType(const QString &type);

} // namespace careportal::fhir
