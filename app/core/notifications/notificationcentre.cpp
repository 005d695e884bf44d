// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notifications/notificationcentre.h"

#include "auth/session.h"
#include "planning/planningmodel.h"
#include "requests/contactrequestsmodel.h"
#include "settings/languagesettings.h"

#include <QLocale>
#include <algorithm>
#include <utility>

namespace careportal {

namespace {

const Appointment *findVisit(const QList<Appointment> &visits, const QString &id) {
    const auto it = std::find_if(visits.cbegin(), visits.cend(),
                                 [&](const Appointment &visit) { return visit.id == id; });
    return it == visits.cend() ? nullptr : &*it;
}

} // namespace

NotificationCentre::NotificationCentre(Session *session, PlanningModel *planning,
                                       ContactRequestsModel *requests, LanguageSettings *language,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_planning(planning)
    , m_requests(requests)
    , m_language(language) {
    m_gatherTimer.setSingleShot(true);
    m_gatherTimer.setInterval(kGatherMs);
    connect(&m_gatherTimer, &QTimer::timeout, this, &NotificationCentre::flush);
    m_syncTimer.setInterval(PlanningModel::kSyncIntervalMs);
    connect(&m_syncTimer, &QTimer::timeout, this, &NotificationCentre::syncNow);
    connect(m_session, &Session::stateChanged, this, &NotificationCentre::restart);
    connect(m_session, &Session::accountChanged, this, [this] {
        if (m_session->clientId() != m_client)
            restart();
    });
    connect(m_planning, &PlanningModel::monthSynced, this, &NotificationCentre::onMonthSynced);
    connect(m_requests, &ContactRequestsModel::newAnswersChanged, this,
            &NotificationCentre::onAnswersChanged);
    // What the first load after the login (or a client switch) finds is known, not news.
    connect(m_requests, &ContactRequestsModel::firstPageLoaded, this,
            [this] { m_answersKnown = true; });
    restart();
}

void NotificationCentre::setEnabled(bool enabled) {
    m_enabled = enabled;
    restart();
}

void NotificationCentre::restart() {
    const bool loggedIn = m_session->state() == Session::State::LoggedIn;
    m_client = loggedIn ? m_session->clientId() : QString();
    m_syncedMonths.clear();
    m_knownAnswers.clear();
    m_answersKnown = false;
    m_pendingVisits.clear();
    m_pendingAnswers.clear();
    m_told.clear();
    m_gatherTimer.stop();
    if (loggedIn && m_enabled)
        m_syncTimer.start();
    else
        m_syncTimer.stop();
}

void NotificationCentre::syncNow() {
    if (m_enabled && m_session->state() == Session::State::LoggedIn)
        m_requests->syncQuietly();
}

void NotificationCentre::openPage(const QString &page) {
    Q_EMIT pageRequested(page);
}

void NotificationCentre::onMonthSynced(QDate month, const QList<Appointment> &before,
                                       const QList<Appointment> &after) {
    if (!m_enabled || m_client.isEmpty())
        return;
    // The first answer for a month after the login is what the user is shown anyway.
    if (!m_syncedMonths.contains(month)) {
        m_syncedMonths.insert(month);
        return;
    }
    // Visits already over are history: a corrected time afterwards is no news.
    const QDateTime now = QDateTime::currentDateTime();
    for (const Appointment &visit : after) {
        const Appointment *previous = findVisit(before, visit.id);
        if (visit.end <= now || (previous && *previous == visit))
            continue;
        addVisit(month, previous ? VisitChange::Changed : VisitChange::Added, visit);
    }
    for (const Appointment &visit : before) {
        if (visit.end > now && !findVisit(after, visit.id))
            addVisit(month, VisitChange::Cancelled, visit);
    }
    if (!m_pendingVisits.isEmpty() && !m_gatherTimer.isActive())
        m_gatherTimer.start();
}

void NotificationCentre::addVisit(QDate month, VisitChange change, const Appointment &visit) {
    const auto it = m_pendingVisits.find(visit.id);
    if (it == m_pendingVisits.end()) {
        m_pendingVisits.insert(visit.id, {change, visit, month});
        return;
    }
    // Seen twice before it was told: one change, as it stands now.
    PendingVisit &pending = *it;
    const bool addedHere = pending.change == VisitChange::Added && pending.month == month;
    if (change == VisitChange::Cancelled) {
        if (pending.month != month)
            pending.change = VisitChange::Changed; // moved into the other month
        else if (addedHere)
            m_pendingVisits.erase(it); // added and gone again
        else
            pending = {VisitChange::Cancelled, visit, month};
        return;
    }
    if (pending.change == VisitChange::Cancelled)
        change = VisitChange::Changed; // moved here from another month
    else if (addedHere)
        change = VisitChange::Added;
    pending = {change, visit, month};
}

void NotificationCentre::onAnswersChanged() {
    if (!m_enabled || m_client.isEmpty())
        return;
    for (const QVariant &row : m_requests->newAnswers()) {
        const QVariantMap answer = row.toMap();
        const QString id = answer.value(QStringLiteral("requestId")).toString();
        if (m_knownAnswers.contains(id))
            continue;
        m_knownAnswers.insert(id);
        if (m_answersKnown)
            m_pendingAnswers.append(answer);
    }
    if (!m_pendingAnswers.isEmpty() && !m_gatherTimer.isActive())
        m_gatherTimer.start();
}

void NotificationCentre::flush() {
    if (!m_enabled || m_client.isEmpty())
        return;
    flushVisits();
    flushAnswers();
}

QString NotificationCentre::visitState(VisitChange change, const Appointment &visit) {
    if (change == VisitChange::Cancelled)
        return QStringLiteral("cancelled");
    return visit.start.toString(Qt::ISODate) + QLatin1Char('/') + visit.end.toString(Qt::ISODate) +
           QLatin1Char('/') + visit.carerName;
}

void NotificationCentre::flushVisits() {
    QList<PendingVisit> fresh;
    for (const PendingVisit &pending : std::as_const(m_pendingVisits)) {
        // Told already, e.g. when the cache could not keep the new month: not again.
        const QString state = visitState(pending.change, pending.visit);
        if (m_told.value(pending.visit.id) == state)
            continue;
        m_told.insert(pending.visit.id, state);
        fresh.append(pending);
    }
    m_pendingVisits.clear();
    if (fresh.isEmpty())
        return;
    if (fresh.size() > 1) {
        Q_EMIT notify(
            tr("Planning gewijzigd"),
            tr("Er zijn %n wijzigingen in uw planning.", nullptr, static_cast<int>(fresh.size())),
            kPlanningPage);
        return;
    }
    const PendingVisit &only = fresh.first();
    const QString title = only.change == VisitChange::Cancelled ? tr("Bezoek geannuleerd")
                          : only.change == VisitChange::Added   ? tr("Nieuw bezoek")
                                                                : tr("Bezoek gewijzigd");
    Q_EMIT notify(title, visitText(only.visit), kPlanningPage);
}

void NotificationCentre::flushAnswers() {
    // Each answer is pending once: onAnswersChanged() knows it from then on.
    const QList<QVariantMap> fresh = std::exchange(m_pendingAnswers, {});
    if (fresh.isEmpty())
        return;
    if (fresh.size() > 1) {
        Q_EMIT notify(
            tr("Antwoorden op uw contactverzoeken"),
            tr("%n contactverzoeken zijn beantwoord.", nullptr, static_cast<int>(fresh.size())),
            kContactRequestsPage);
        return;
    }
    // Who answered, never the answer itself: that may be about the care.
    const QString by = fresh.first().value(QStringLiteral("answeredBy")).toString();
    Q_EMIT notify(tr("Antwoord op uw contactverzoek"),
                  by.isEmpty() ? tr("Uw vraag is beantwoord.")
                               : tr("%1 heeft uw vraag beantwoord.").arg(by),
                  kContactRequestsPage);
}

QString NotificationCentre::visitText(const Appointment &visit) const {
    // "Donderdag 3 december 13:30 – 15:30 (Daan)": when and who, not the kind of care.
    const QDate day = visit.start.date();
    const QString weekday = m_language->formatter().weekdayName(day);
    const QString date = QLocale(m_language->code()).toString(day, QStringLiteral("d MMMM"));
    const QString start = DateFormatter::timeText(visit.start);
    const QString end = DateFormatter::timeText(visit.end);
    if (visit.carerName.isEmpty())
        return tr("%1 %2 %3 – %4").arg(weekday, date, start, end);
    return tr("%1 %2 %3 – %4 (%5)").arg(weekday, date, start, end, visit.carerName);
}

} // namespace careportal
