// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "security/remembereddevicesmodel.h"

#include "auth/session.h"
#include "backend/carebackend.h"
#include "settings/languagesettings.h"
#include "util/dateformatter.h"
#include "util/futureresult.h"

namespace careportal {

RememberedDevicesModel::RememberedDevicesModel(Session *session, CareBackend *backend,
                                               LanguageSettings *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_backend(backend)
    , m_language(language) {
    connect(m_session, &Session::loggedOut, this, [this] {
        ++m_generation;
        setDevices({});
        setLoading(false);
        setError({});
    });
}

int RememberedDevicesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

QVariant RememberedDevicesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RememberedDevice &device = m_devices.at(index.row());
    const DateFormatter format(m_language->code());
    switch (role) {
    case IdRole:
        return device.id;
    case Qt::DisplayRole:
    case NameRole:
        return device.name;
    case FirstUsedTextRole:
        return format.dateTimeText(device.firstUsedAt.toLocalTime());
    case LastUsedTextRole:
        return format.dateTimeText(device.lastUsedAt.toLocalTime());
    case CurrentRole:
        return device.current;
    default:
        return {};
    }
}

QHash<int, QByteArray> RememberedDevicesModel::roleNames() const {
    return {{IdRole, "deviceId"},
            {NameRole, "name"},
            {FirstUsedTextRole, "firstUsedText"},
            {LastUsedTextRole, "lastUsedText"},
            {CurrentRole, "current"}};
}

void RememberedDevicesModel::reload() {
    setError({});
    setLoading(true);
    onResult(m_backend->rememberedDevices(), this,
             [this, generation = ++m_generation](const Result<QList<RememberedDevice>> &result) {
                 if (generation != m_generation)
                     return;
                 setLoading(false);
                 if (!result.ok()) {
                     setError(result.error().message(m_language->code()));
                     return;
                 }
                 setDevices(result.value());
             });
}

void RememberedDevicesModel::revoke(const QString &id) {
    const auto it = std::find_if(m_devices.cbegin(), m_devices.cend(),
                                 [&](const RememberedDevice &d) { return d.id == id; });
    if (it == m_devices.cend())
        return;
    const bool current = it->current;
    setError({});
    onResult(m_backend->revokeDevice(id), this,
             [this, id, current, generation = m_generation](const Result<Done> &result) {
                 if (generation != m_generation)
                     return;
                 if (!result.ok()) {
                     setError(result.error().message(m_language->code()));
                     return;
                 }
                 if (current) {
                     Q_EMIT currentDeviceRevoked();
                     return;
                 }
                 reload();
             });
}

void RememberedDevicesModel::setDevices(const QList<RememberedDevice> &devices) {
    beginResetModel();
    m_devices = devices;
    endResetModel();
    Q_EMIT countChanged();
}

void RememberedDevicesModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void RememberedDevicesModel::setError(const QString &message) {
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace careportal
