// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/security.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class LanguageSettings;
class Session;

/// "Onthouden apparaten": the devices that skip the second factor, newest use first, each
/// with when it was first and last used; any of them can be forgotten. Emptied at logout.
class RememberedDevicesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.devices")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        FirstUsedTextRole, ///< "12 nov 2026 09:14"
        LastUsedTextRole,
        CurrentRole, ///< this device
    };
    Q_ENUM(Role)

    RememberedDevicesModel(Session *session, CareBackend *backend, LanguageSettings *language,
                           QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void reload();
    /// Forgets the device: it must give the second factor again, its sessions end.
    Q_INVOKABLE void revoke(const QString &id);

Q_SIGNALS:
    void loadingChanged();
    void errorMessageChanged();
    void countChanged();
    /// The device this app runs on was forgotten: its session has ended too.
    void currentDeviceRevoked();

private:
    void setDevices(const QList<RememberedDevice> &devices);
    void setLoading(bool loading);
    void setError(const QString &message);

    Session *m_session;
    CareBackend *m_backend;
    LanguageSettings *m_language;
    QList<RememberedDevice> m_devices;
    bool m_loading = false;
    quint64 m_generation = 0; ///< Bumped at logout and reload; older answers are ignored.
    QString m_errorMessage;
};

} // namespace careportal
