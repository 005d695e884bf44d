// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/organisationprofile.h"

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcOrganisations)

namespace careportal {

/// One organisation the user can choose on "Selecteer organisatie".
struct OrganisationEntry {
    QString name;
    QString place;
    QUrl serverUrl;
    QString fingerprint; ///< SHA-256 of a self-signed server certificate; usually empty.

    /// The profile the app is built from once this organisation is chosen.
    [[nodiscard]] OrganisationProfile toProfile() const;
    /// Whether every word of `filter` is in the name or the place, ignoring case and
    /// accents ("client" finds "Cliëntzorg").
    [[nodiscard]] bool matches(const QString &filter) const;
};

/// The organisations a new installation can choose from: a JSON file
/// {"organisations": [{"name", "place", "serverUrl", "fingerprint"?}, ...]}. The app ships
/// one (resources/organisations/directory.json); an installer puts its own in
/// `<config>/careportal/organisations.json` (e.g. /etc/xdg) or passes `--directory FILE`,
/// and that file wins: it replaces the shipped list.
class OrganisationDirectory {
public:
    /// The list compiled into the app.
    static inline const QString kShippedFile = QStringLiteral(":/organisations/directory.json");

    /// The file to read: `installerFile` (--directory) when given, else an installer's file
    /// in the generic config locations, else the shipped one.
    [[nodiscard]] static QString locate(const QString &installerFile = {});

    /// Reads `path`. On a broken file `error` says what is wrong (in the user's language)
    /// and the list is empty; entries that are not usable (no name, no https address, a bad
    /// fingerprint) are left out and logged. Sorted by name.
    [[nodiscard]] static OrganisationDirectory read(const QString &path);
    [[nodiscard]] static OrganisationDirectory parse(const QByteArray &json, const QString &path);

    /// Lower case, without accents: what filtering compares.
    [[nodiscard]] static QString folded(const QString &text);

    [[nodiscard]] const QList<OrganisationEntry> &entries() const { return m_entries; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }

private:
    QList<OrganisationEntry> m_entries;
    QString m_error;
    QString m_path;
};

} // namespace careportal
