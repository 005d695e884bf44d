// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "organisations/organisationdirectory.h"
#include "settings/organisationprofile.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// "Selecteer organisatie": the organisations of the directory (see OrganisationDirectory)
/// that match what the user types, by name or place, ignoring case and accents. Choosing
/// one turns it into the app's organisation profile and, unless `profilePath` is empty (a
/// kiosk remembers nothing), saves it there so the next start goes straight to login.
class OrganisationDirectoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The installer's file (--directory); empty: an installed file or the shipped list.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    /// Rows shown (after filtering).
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Why the list could not be read; empty when it could.
    Q_PROPERTY(QString error READ error NOTIFY sourceChanged)
    /// Where choose() saves the profile; empty: not saved.
    Q_PROPERTY(QString profilePath READ profilePath WRITE setProfilePath NOTIFY profilePathChanged)
    /// The organisation chosen last ("" before a choice).
    Q_PROPERTY(QString chosenName READ chosenName NOTIFY chosen)
public:
    enum Role { NameRole = Qt::UserRole + 1, PlaceRole, ServerUrlRole, FingerprintRole };
    Q_ENUM(Role)

    explicit OrganisationDirectoryModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString source() const { return m_source; }
    void setSource(const QString &source);
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] int count() const { return static_cast<int>(m_shown.size()); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString profilePath() const { return m_profilePath; }
    void setProfilePath(const QString &path);
    [[nodiscard]] QString chosenName() const { return m_chosen.organisationName; }
    [[nodiscard]] OrganisationProfile chosenProfile() const { return m_chosen; }

    /// Chooses the organisation in `row` of the rows shown; false for a row that is not
    /// there. A profile that cannot be saved is still chosen (for this run) and logged.
    Q_INVOKABLE bool choose(int row);

Q_SIGNALS:
    void sourceChanged();
    void filterTextChanged();
    void countChanged();
    void profilePathChanged();
    void chosen();

private:
    void load();
    void applyFilter();

    QString m_source;
    QString m_filterText;
    QString m_error;
    QString m_profilePath;
    QList<OrganisationEntry> m_entries;
    QList<qsizetype> m_shown; ///< Indexes into m_entries that match the filter.
    OrganisationProfile m_chosen;
};

} // namespace careportal
