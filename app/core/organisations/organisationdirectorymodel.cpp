// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "organisations/organisationdirectorymodel.h"

namespace careportal {

OrganisationDirectoryModel::OrganisationDirectoryModel(QObject *parent)
    : QAbstractListModel(parent) {
    load();
}

int OrganisationDirectoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant OrganisationDirectoryModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const OrganisationEntry &entry = m_entries.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entry.name;
    case PlaceRole:
        return entry.place;
    case ServerUrlRole:
        return entry.serverUrl;
    case FingerprintRole:
        return entry.fingerprint;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrganisationDirectoryModel::roleNames() const {
    return {{NameRole, "name"},
            {PlaceRole, "place"},
            {ServerUrlRole, "serverUrl"},
            {FingerprintRole, "fingerprint"}};
}

void OrganisationDirectoryModel::setSource(const QString &source) {
    if (source == m_source)
        return;
    m_source = source;
    load();
}

void OrganisationDirectoryModel::load() {
    const QString path = OrganisationDirectory::locate(m_source);
    OrganisationDirectory directory = OrganisationDirectory::read(path);
    m_error = directory.error();
    // A broken installer's file is reported, but the user can still choose from the list
    // the app ships rather than face an empty screen.
    if (!directory.isValid() && path != OrganisationDirectory::kShippedFile)
        directory = OrganisationDirectory::read(OrganisationDirectory::kShippedFile);
    beginResetModel();
    m_entries = directory.entries();
    m_shown.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).matches(m_filterText))
            m_shown.append(i);
    endResetModel();
    Q_EMIT sourceChanged();
    Q_EMIT countChanged();
}

void OrganisationDirectoryModel::setFilterText(const QString &text) {
    if (text == m_filterText)
        return;
    m_filterText = text;
    applyFilter();
    Q_EMIT filterTextChanged();
}

// Removes and inserts rows instead of resetting, so that a list view keeps its place and a
// screen reader hears only what changed.
void OrganisationDirectoryModel::applyFilter() {
    const int before = count();
    qsizetype row = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const bool shown = row < m_shown.size() && m_shown.at(row) == i;
        const bool matches = m_entries.at(i).matches(m_filterText);
        if (shown && !matches) {
            beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
            m_shown.removeAt(row);
            endRemoveRows();
        } else if (!shown && matches) {
            beginInsertRows({}, static_cast<int>(row), static_cast<int>(row));
            m_shown.insert(row, i);
            endInsertRows();
            ++row;
        } else if (shown) {
            ++row;
        }
    }
    if (count() != before)
        Q_EMIT countChanged();
}

void OrganisationDirectoryModel::setProfilePath(const QString &path) {
    if (path == m_profilePath)
        return;
    m_profilePath = path;
    Q_EMIT profilePathChanged();
}

bool OrganisationDirectoryModel::choose(int row) {
    if (row < 0 || row >= count())
        return false;
    m_chosen = m_entries.at(m_shown.at(row)).toProfile();
    if (!m_profilePath.isEmpty() && !m_chosen.save(m_profilePath))
        qCWarning(lcOrganisations).noquote()
            << "The chosen organisation cannot be saved in" << m_profilePath
            << "- it is asked again at the next start";
    Q_EMIT chosen();
    return true;
}

} // namespace careportal
