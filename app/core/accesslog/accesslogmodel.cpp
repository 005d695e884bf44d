// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accesslog/accesslogmodel.h"

#include "backend/carebackend.h"
#include "dutchcalendar.h"
#include "settings/languagesettings.h"
#include "util/dateformatter.h"

namespace careportal {

AccessLogModel::AccessLogModel(Session *session, CareBackend *backend, LanguageSettings *language,
                               QObject *parent)
    : PagedClientListModel(session, language, parent)
    , m_backend(backend) {
    connect(language, &LanguageSettings::codeChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

int AccessLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const AccessLogEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case TimeTextRole:
        return DateFormatter(language()).dateTimeText(e.at.toLocalTime());
    case EventTextRole:
        return eventText(e.event);
    case ObjectTextRole:
        return objectText(e.object);
    case UserRole:
        return e.user;
    case RoleTextRole:
        return roleText(e.role);
    case DeviceRole:
        return e.device;
    case AddressRole:
        return e.address;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccessLogModel::roleNames() const {
    return {{IdRole, "entryId"},          {TimeTextRole, "timeText"},
            {EventTextRole, "eventText"}, {ObjectTextRole, "objectText"},
            {UserRole, "user"},           {RoleTextRole, "roleText"},
            {DeviceRole, "device"},       {AddressRole, "address"}};
}

QString AccessLogModel::eventText(const QString &event) const {
    if (event == QLatin1String("read"))
        return tr("Ingezien");
    if (event == QLatin1String("change"))
        return tr("Gewijzigd");
    if (event == QLatin1String("search"))
        return tr("Gezocht");
    if (event == QLatin1String("export"))
        return tr("Geëxporteerd");
    if (event == QLatin1String("print"))
        return tr("Afgedrukt");
    return event;
}

QString AccessLogModel::objectText(const QString &object) const {
    // The part of the portal the route belongs to, as the menu names it.
    const QString part = object.section(QLatin1Char('/'), 0, 0);
    if (part == QLatin1String("appointments"))
        return tr("Planning");
    if (part == QLatin1String("contact-details"))
        return tr("Mijn contactdetails");
    if (part == QLatin1String("contact-persons"))
        return tr("Contactpersonen");
    if (part == QLatin1String("contact-requests"))
        return tr("Contact zorgorganisatie");
    if (part == QLatin1String("absences"))
        return tr("Afwezigheid");
    if (part == QLatin1String("dossier"))
        return tr("Cliëntdossier");
    if (part == QLatin1String("access-log"))
        return tr("Inzageoverzicht");
    if (part == QLatin1String("overview")) // staff: everything of the client at once
        return tr("Overzicht van al uw gegevens");
    return object;
}

QString AccessLogModel::roleText(const QString &role) const {
    if (role == QLatin1String("self"))
        return tr("Cliënt zelf");
    if (role == QLatin1String("representative"))
        return tr("Wettelijk vertegenwoordiger");
    if (role == QLatin1String("contact"))
        return tr("Gemachtigde contactpersoon");
    if (role == QLatin1String("staff"))
        return tr("Medewerker zorgorganisatie");
    return role;
}

QDate AccessLogModel::today() const {
    return m_today.isValid() ? m_today : DutchCalendar::today();
}

void AccessLogModel::setPeriodDays(int days) {
    if (days == m_periodDays || days < 1 || days > 366)
        return;
    m_periodDays = days;
    Q_EMIT periodDaysChanged();
    if (status() != Status::Idle)
        reloadDroppingPending();
}

void AccessLogModel::fetch(const QString &clientId) {
    whenLoaded(
        m_backend->accessLog(clientId, today().addDays(1 - m_periodDays), today(), {}, kPageSize),
        [this](const AccessLogPage &page) {
            clear();
            appendPage(m_entries, page.entries, page.nextCursor);
        });
}

void AccessLogModel::fetchMore(const QString &clientId, const QString &cursor) {
    whenLoaded(m_backend->accessLog(clientId, today().addDays(1 - m_periodDays), today(), cursor,
                                    kPageSize),
               [this](const AccessLogPage &page) {
                   appendPage(m_entries, page.entries, page.nextCursor);
               });
}

void AccessLogModel::clear() {
    beginResetModel();
    m_entries.clear();
    endResetModel();
    resetPaging();
}

} // namespace careportal
