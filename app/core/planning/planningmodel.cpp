// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/planningmodel.h"

#include "auth/session.h"
#include "backend/carebackend.h"
#include "lists/clientlistmodel.h"
#include "planning/planningcache.h"
#include "settings/languagesettings.h"
#include "util/futureresult.h"

#include <QLocale>
#include <QNetworkInformation>
#include <algorithm>

namespace careportal {

namespace {

QDate firstOfMonth(QDate date) {
    return QDate(date.year(), date.month(), 1);
}

QDate lastOfMonth(QDate month) {
    return month.addMonths(1).addDays(-1);
}

} // namespace

PlanningModel::PlanningModel(Session *session, CareBackend *backend, PlanningCache *cache,
                             LanguageSettings *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_backend(backend)
    , m_cache(cache)
    , m_language(language)
    , m_month(firstOfMonth(QDate::currentDate())) {
    connect(m_session, &Session::stateChanged, this, [this] {
        m_shownClient = clientId();
        if (m_session->state() == Session::State::LoggedIn) {
            goToToday();
            m_syncTimer.start();
        } else {
            m_syncTimer.stop();
            reset();
        }
    });
    // While the app runs the cache follows the server: on a timer, and at once when the
    // network comes back.
    m_syncTimer.setInterval(kSyncIntervalMs);
    connect(&m_syncTimer, &QTimer::timeout, this, &PlanningModel::syncQuietly);
    if (QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend())
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability != QNetworkInformation::Reachability::Disconnected)
                        syncQuietly();
                });
    // Another client chosen (a representative switching): that client's planning, from today.
    connect(m_session, &Session::accountChanged, this, [this] {
        if (clientId() == m_shownClient)
            return;
        m_shownClient = clientId();
        reset();
        if (m_session->state() == Session::State::LoggedIn && !m_shownClient.isEmpty())
            goToToday();
    });
    connect(m_language, &LanguageSettings::codeChanged, this, [this] {
        Q_EMIT monthChanged();
        Q_EMIT statusChanged();
        updateNextVisit();
        if (!m_appointments.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

QString PlanningModel::clientId() const {
    return m_session->clientId();
}

int PlanningModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_appointments.size());
}

QVariant PlanningModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Appointment &visit = m_appointments.at(index.row());
    const DateFormatter format = m_language->formatter();
    const QDate day = visit.start.date();
    switch (role) {
    case DateTextRole:
        return format.dayText(day);
    case WeekdayRole:
        return format.weekdayName(day);
    case StartTimeRole:
        return DateFormatter::timeText(visit.start);
    case EndTimeRole:
        return DateFormatter::timeText(visit.end);
    case HelpTypeRole:
        return visit.helpType;
    case CarerNameRole:
        return visit.carerName;
    case IsTodayRole:
        return day == QDate::currentDate();
    case IsPastRole:
        return visit.end < QDateTime::currentDateTime();
    case ChangedRole:
        return m_changedIds.contains(visit.id);
    case AccessibleTextRole:
        return accessibleText(visit);
    case VisitIdRole:
        return visit.id;
    case AbsenceReportedRole:
        return absenceReported(visit);
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanningModel::roleNames() const {
    return {{DateTextRole, "dateText"},   {WeekdayRole, "weekday"},
            {StartTimeRole, "startTime"}, {EndTimeRole, "endTime"},
            {HelpTypeRole, "helpType"},   {CarerNameRole, "carerName"},
            {IsTodayRole, "isToday"},     {IsPastRole, "isPast"},
            {ChangedRole, "changed"},     {AccessibleTextRole, "accessibleText"},
            {VisitIdRole, "visitId"},     {AbsenceReportedRole, "absenceReported"}};
}

bool PlanningModel::absenceReported(const Appointment &visit) const {
    const auto covers = [&visit](const AbsenceReport &absence) {
        return absence.covers(visit.start);
    };
    return std::any_of(m_reportedAbsences.cbegin(), m_reportedAbsences.cend(), covers);
}

void PlanningModel::setReportedAbsences(const QList<AbsenceReport> &absences) {
    m_reportedAbsences = absences;
    if (!m_appointments.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {AbsenceReportedRole, AccessibleTextRole});
    updateNextVisit();
}

QString PlanningModel::accessibleText(const Appointment &visit) const {
    const DateFormatter format = m_language->formatter();
    const QDate day = visit.start.date();
    QString text =
        tr("%1 %2 om %3 tot %4, %5, %6")
            .arg(format.weekdayName(day), format.dayText(day), DateFormatter::timeText(visit.start),
                 DateFormatter::timeText(visit.end), visit.helpType, visit.carerName);
    if (m_changedIds.contains(visit.id))
        text += QStringLiteral(", ") + tr("gewijzigd");
    if (absenceReported(visit))
        text += QStringLiteral(", ") + tr("afwezigheid gemeld");
    return text;
}

QVariantMap PlanningModel::visitSummary(const Appointment &visit) const {
    const DateFormatter format = m_language->formatter();
    return {{QStringLiteral("weekday"), format.weekdayName(visit.start.date())},
            {QStringLiteral("dateText"), format.dayText(visit.start.date())},
            {QStringLiteral("startTime"), DateFormatter::timeText(visit.start)},
            {QStringLiteral("endTime"), DateFormatter::timeText(visit.end)},
            {QStringLiteral("helpType"), visit.helpType},
            {QStringLiteral("carerName"), visit.carerName},
            {QStringLiteral("absenceReported"), absenceReported(visit)}};
}

QVariantMap PlanningModel::visit(const QString &visitId) const {
    const auto found = std::find_if(m_appointments.cbegin(), m_appointments.cend(),
                                    [&](const Appointment &a) { return a.id == visitId; });
    if (visitId.isEmpty() || found == m_appointments.cend())
        return {};
    QVariantMap map = visitSummary(*found);
    map.insert(QStringLiteral("visitId"), found->id);
    map.insert(QStringLiteral("isPast"), found->end < QDateTime::currentDateTime());
    map.insert(QStringLiteral("changed"), m_changedIds.contains(found->id));
    map.insert(QStringLiteral("accessibleText"), accessibleText(*found));
    return map;
}

bool PlanningModel::showsThisMonth() const {
    const QDate today = QDate::currentDate();
    return m_month.year() == today.year() && m_month.month() == today.month();
}

QString PlanningModel::monthTitle() const {
    return m_language->formatter().monthTitle(m_month);
}

QString PlanningModel::updatedText() const {
    return ClientListModel::updatedTextFor(m_fetchedAt);
}

QString PlanningModel::lastUpdatedText() const {
    return m_fetchedAt.isValid() ? DateFormatter::clockText(m_fetchedAt.toLocalTime()) : QString();
}

void PlanningModel::previousMonth() {
    showMonth(m_month.addMonths(-1));
}

void PlanningModel::nextMonth() {
    showMonth(m_month.addMonths(1));
}

void PlanningModel::goToToday() {
    showMonth(QDate::currentDate());
}

void PlanningModel::refresh() {
    fetch(m_month, false);
}

void PlanningModel::showMonth(QDate month) {
    m_month = firstOfMonth(month);
    Q_EMIT monthChanged();
    m_errorMessage.clear();
    loadFromCache();
    updateNextVisit();
    fetch(m_month, false);
}

void PlanningModel::loadFromCache() {
    const PlanningCache::Month cached = m_cache->load(clientId(), m_month);
    beginResetModel();
    m_appointments = cached.appointments;
    m_changedIds = cached.changedIds;
    m_fetchedAt = cached.fetchedAt;
    endResetModel();
    Q_EMIT statusChanged();
}

void PlanningModel::fetch(QDate month, bool quiet) {
    const QString client = clientId();
    if (client.isEmpty())
        return;
    const QByteArray etag = m_cache->load(client, month).etag;
    if (!quiet) {
        ++m_pending;
        setLoading(true);
    }
    const auto future = m_backend->appointments(client, month, lastOfMonth(month), etag);
    onResult(future, this, [this, client, month, quiet](const Result<AppointmentPage> &result) {
        applyResult(client, month, quiet, result);
        // Only now, so that whoever waits for loading == false sees the stored month.
        if (!quiet && --m_pending == 0)
            setLoading(false);
    });
}

void PlanningModel::applyResult(const QString &client, QDate month, bool quiet,
                                const Result<AppointmentPage> &result) {
    if (client != clientId())
        return; // logged out or switched client meanwhile
    if (!result.ok()) {
        handleFailure(month, result.error(), quiet);
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const PlanningCache::Month before = m_cache->load(client, month);
    if (result.value().notModified)
        m_cache->touch(client, month, now);
    else
        m_cache->replace(client, month, result.value().appointments, result.value().etag, now);
    const QList<Appointment> &after =
        result.value().notModified ? before.appointments : result.value().appointments;
    Q_EMIT monthSynced(month, before.fetchedAt.isValid() ? before.appointments : after, after);
    if (month == m_month) {
        m_offline = false;
        m_errorMessage.clear();
        loadFromCache();
        // Keep the window around today readable offline; elsewhere read ahead one month.
        if (!quiet && month == firstOfMonth(QDate::currentDate()))
            syncWindow();
        else if (!quiet)
            fetch(month.addMonths(1), true);
    }
    updateNextVisit();
}

void PlanningModel::setSyncWindow(int monthsBack, int monthsAhead) {
    m_monthsBack = qMax(0, monthsBack);
    m_monthsAhead = qMax(0, monthsAhead);
}

void PlanningModel::syncWindow() {
    const QDate thisMonth = firstOfMonth(QDate::currentDate());
    for (int i = -m_monthsBack; i <= m_monthsAhead; ++i) {
        const QDate month = thisMonth.addMonths(i);
        if (month != m_month)
            fetch(month, true);
    }
}

void PlanningModel::syncQuietly() {
    if (m_session->state() != Session::State::LoggedIn || clientId().isEmpty())
        return;
    fetch(m_month, true);
    syncWindow();
}

void PlanningModel::handleFailure(QDate month, const ApiError &error, bool quiet) {
    if (error.kind == ApiError::Kind::Unauthorized) {
        m_session->expire();
        return;
    }
    // Only the month on screen, fetched at the user's request, decides what the screen
    // says: a failed read-ahead or a month already left behind changes nothing.
    if (quiet || month != m_month)
        return;
    const bool unreachable =
        error.kind == ApiError::Kind::Offline || error.kind == ApiError::Kind::Timeout;
    m_offline = unreachable;
    if (unreachable && !hasData())
        m_errorMessage = notKeptText(month);
    else if (!unreachable)
        m_errorMessage = error.message(m_language->code());
    Q_EMIT statusChanged();
}

QString PlanningModel::notKeptText(QDate month) const {
    // The months syncWindow() keeps, and the month on screen, are fetched again as soon as
    // the network is back (syncQuietly); any other month once it is opened with a connection.
    const QDate thisMonth = firstOfMonth(QDate::currentDate());
    const QDate first = thisMonth.addMonths(-m_monthsBack);
    const QDate last = thisMonth.addMonths(m_monthsAhead);
    if (month >= first && month <= last)
        return tr("Geen verbinding. Deze maand is nog niet bewaard om zonder verbinding te "
                  "bekijken. Dat gebeurt vanzelf zodra er weer verbinding is.");
    const QLocale locale(m_language->code());
    const auto name = [&locale](QDate day) {
        return locale.toString(day, QStringLiteral("MMMM yyyy"));
    };
    return tr("Geen verbinding. Deze maand is niet bewaard om zonder verbinding te bekijken. "
              "CarePortal bewaart vanzelf %1 tot en met %2; een andere maand wordt bewaard "
              "als u die bekijkt terwijl er verbinding is.")
        .arg(name(first), name(last));
}

void PlanningModel::updateNextVisit() {
    QVariantMap visit;
    const auto next = m_cache->nextVisit(clientId(), QDateTime::currentDateTime());
    if (next)
        visit = visitSummary(*next);
    if (visit == m_nextVisit)
        return;
    m_nextVisit = visit;
    Q_EMIT nextVisitChanged();
}

void PlanningModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void PlanningModel::reset() {
    beginResetModel();
    m_appointments.clear();
    m_changedIds.clear();
    m_fetchedAt = {};
    endResetModel();
    m_errorMessage.clear();
    m_offline = false;
    m_nextVisit.clear();
    Q_EMIT nextVisitChanged();
    Q_EMIT statusChanged();
}

} // namespace careportal
