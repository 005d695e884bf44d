// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/appointment.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class ContactRequestsModel;
class LanguageSettings;
class PlanningModel;
class Session;

/// Decides what the desktop tells the user while CarePortal runs in the background: a visit
/// that changed, was cancelled or was added, and an answer to a contact request. Only changes
/// that a later sync brings are told (never what the first load after a login finds), each
/// change once, with no medical details (a notification may show on a lock screen). Changes
/// that arrive together are told together. UI-free: the tray icon (TrayIcon) shows notify()
/// and hands a click back through openPage(); QML opens the page on pageRequested().
class NotificationCentre : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.notifications")
public:
    NotificationCentre(Session *session, PlanningModel *planning, ContactRequestsModel *requests,
                       LanguageSettings *language, QObject *parent = nullptr);

    /// Off on a kiosk (a shared PC): nothing is told and nothing is fetched for it.
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// How long changes are gathered into one notification (a sync answers month by month).
    void setGatherInterval(int ms) { m_gatherTimer.setInterval(ms); }

    /// The user clicked a notification (or the tray icon after one): show `page`.
    Q_INVOKABLE void openPage(const QString &page);
    /// What the timer does: asks for the contact requests again (the planning syncs itself).
    void syncNow();

    static constexpr int kGatherMs = 2000;
    static constexpr QLatin1String kPlanningPage{"planning"};
    static constexpr QLatin1String kContactRequestsPage{"contactRequests"};

Q_SIGNALS:
    /// Something to tell: `page` is the Navigation page it is about.
    void notify(const QString &title, const QString &body, const QString &page);
    /// Show this Navigation page (a notification was clicked).
    void pageRequested(const QString &page);

private:
    enum class VisitChange { Added, Changed, Cancelled };
    struct PendingVisit {
        VisitChange change;
        Appointment visit;
        QDate month; ///< Whose answer told it: a visit may move to another month.
    };

    void restart();
    void onMonthSynced(QDate month, const QList<Appointment> &before,
                       const QList<Appointment> &after);
    void addVisit(QDate month, VisitChange change, const Appointment &visit);
    void onAnswersChanged();
    void flush();
    void flushVisits();
    void flushAnswers();
    [[nodiscard]] QString visitText(const Appointment &visit) const;
    [[nodiscard]] static QString visitState(VisitChange change, const Appointment &visit);

    Session *m_session;
    PlanningModel *m_planning;
    ContactRequestsModel *m_requests;
    LanguageSettings *m_language;
    bool m_enabled = true;
    QString m_client;             ///< Whose changes are followed; another one starts afresh.
    QSet<QDate> m_syncedMonths;   ///< Months answered since the login: later answers count.
    QSet<QString> m_knownAnswers; ///< Answered requests already known (or told).
    bool m_answersKnown = false;  ///< The first load of the requests is complete.
    QHash<QString, PendingVisit> m_pendingVisits; ///< By visit id, until flush().
    QList<QVariantMap> m_pendingAnswers;          ///< ContactRequestsModel::newAnswers rows.
    /// Per visit the state last told (visitState()): the same change seen again is not news.
    QHash<QString, QString> m_told;
    QTimer m_gatherTimer;
    QTimer m_syncTimer;
};

} // namespace careportal
