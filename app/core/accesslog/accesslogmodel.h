// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/accesslog.h"
#include "lists/pagedclientlistmodel.h"

namespace careportal {

class CareBackend;

/// "Wie heeft mijn gegevens ingezien": the NEN 7513 log of the current client's data,
/// newest first, for a chosen period (the last 7, 30, 90 or 365 days), a page at a time.
/// In words the client understands: what was done, to which part, by whom, from where.
class AccessLogModel : public careportal::PagedClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.accessLog")
    /// How many days back from today; changing it loads again when loaded before.
    Q_PROPERTY(int periodDays READ periodDays WRITE setPeriodDays NOTIFY periodDaysChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TimeTextRole,   ///< "25 nov 2026 14:05"
        EventTextRole,  ///< "Ingezien", "Gewijzigd", ...
        ObjectTextRole, ///< "Planning", "Contactpersonen", ...
        UserRole,
        RoleTextRole, ///< "Cliënt zelf", ...
        DeviceRole,
        AddressRole,
    };
    Q_ENUM(Role)

    AccessLogModel(Session *session, CareBackend *backend, LanguageSettings *language,
                   QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int periodDays() const { return m_periodDays; }
    void setPeriodDays(int days);
    /// For tests: the day the period ends on (default: today).
    void setToday(const QDate &today) { m_today = today; }

    static constexpr int kPageSize = 50;

Q_SIGNALS:
    void periodDaysChanged();

protected:
    void fetch(const QString &clientId) override;
    void fetchMore(const QString &clientId, const QString &cursor) override;
    void clear() override;

private:
    [[nodiscard]] QString eventText(const QString &event) const;
    [[nodiscard]] QString objectText(const QString &object) const;
    [[nodiscard]] QString roleText(const QString &role) const;
    [[nodiscard]] QDate today() const;

    CareBackend *m_backend;
    QList<AccessLogEntry> m_entries;
    int m_periodDays = 30;
    QDate m_today;
};

} // namespace careportal
