// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/appointment.h"
#include "domain/contact.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class LanguageSettings;
class PlanningCache;
class Session;
struct ApiError;

/// The planning of the current client, one calendar month at a time, as the portals show
/// it. Each month appears from the cache at once and is then refreshed from the server
/// (conditional GET); without a connection the cached month stays, marked offline.
class PlanningModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.planning")
    Q_PROPERTY(QDate month READ month NOTIFY monthChanged)
    Q_PROPERTY(QString monthTitle READ monthTitle NOTIFY monthChanged)
    /// The month on screen is this month (today's visits are loaded).
    Q_PROPERTY(bool showsThisMonth READ showsThisMonth NOTIFY monthChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY statusChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY statusChanged)
    Q_PROPERTY(QString lastUpdatedText READ lastUpdatedText NOTIFY statusChanged)
    /// "Laatst bijgewerkt: 26-11-2026 10:15", in the words of every list (ListFreshness).
    Q_PROPERTY(QString updatedText READ updatedText NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)
    Q_PROPERTY(QVariantMap nextVisit READ nextVisit NOTIFY nextVisitChanged)
public:
    enum Role {
        DateTextRole = Qt::UserRole + 1,
        WeekdayRole,
        StartTimeRole,
        EndTimeRole,
        HelpTypeRole,
        CarerNameRole,
        IsTodayRole,
        IsPastRole,
        ChangedRole, ///< New or changed since the cached month before the last change.
        AccessibleTextRole,
        VisitIdRole, ///< The visit's id: its detail and its calendar file.
        /// The client reported an absence that covers the visit, not processed by staff yet.
        AbsenceReportedRole,
    };
    Q_ENUM(Role)

    PlanningModel(Session *session, CareBackend *backend, PlanningCache *cache,
                  LanguageSettings *language, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QDate month() const { return m_month; }
    [[nodiscard]] QString monthTitle() const;
    [[nodiscard]] bool showsThisMonth() const;
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool offline() const { return m_offline; }
    [[nodiscard]] bool hasData() const { return m_fetchedAt.isValid(); }
    [[nodiscard]] QString lastUpdatedText() const;
    [[nodiscard]] QString updatedText() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QVariantMap nextVisit() const { return m_nextVisit; }
    /// One visit of the month on screen, for its detail page: the keys of nextVisit plus
    /// visitId, isPast, changed and accessibleText; empty when the month no longer holds it
    /// (moved to another month, cancelled, or another month shown).
    Q_INVOKABLE [[nodiscard]] QVariantMap visit(const QString &visitId) const;
    /// The visits of the month on screen, in order (export, print and reading aloud).
    [[nodiscard]] const QList<Appointment> &appointments() const { return m_appointments; }

    Q_INVOKABLE void previousMonth();
    Q_INVOKABLE void nextMonth();
    Q_INVOKABLE void goToToday();
    Q_INVOKABLE void refresh();
    /// Shows `month` (any day in it) from the cache, then refreshes it.
    Q_INVOKABLE void showMonth(QDate month);
    /// The months around today kept for offline reading (default one back, three ahead).
    void setSyncWindow(int monthsBack, int monthsAhead);
    /// The absences the client reported that staff have not processed yet (pending in the
    /// outbox or stored): the visits they cover stay in the planning until staff cancel
    /// them, marked meanwhile (AbsenceReportedRole, "absenceReported" in nextVisit and
    /// visit()).
    void setReportedAbsences(const QList<AbsenceReport> &absences);
    /// Refreshes the month on screen and the window without showing "loading" (the timer,
    /// a network that comes back).
    void syncQuietly();

    static constexpr int kSyncIntervalMs = 15 * 60 * 1000;

Q_SIGNALS:
    void monthChanged();
    void loadingChanged();
    void statusChanged();
    void nextVisitChanged();
    /// The server answered for `month` (a 304 too): its visits as the app knew them and as
    /// they are now, for the notifications. `before` equals `after` when the month was not
    /// known yet (nothing to compare with).
    void monthSynced(QDate month, const QList<careportal::Appointment> &before,
                     const QList<careportal::Appointment> &after);

private:
    void loadFromCache();
    void fetch(QDate month, bool quiet);
    void applyResult(const QString &client, QDate month, bool quiet,
                     const Result<AppointmentPage> &result);
    void handleFailure(QDate month, const ApiError &error, bool quiet);
    void updateNextVisit();
    /// Why a month that was never kept cannot be shown without a connection, and when it
    /// will be kept.
    [[nodiscard]] QString notKeptText(QDate month) const;
    void syncWindow();
    void setLoading(bool loading);
    void reset();
    [[nodiscard]] QString clientId() const;
    [[nodiscard]] QVariantMap visitSummary(const Appointment &visit) const;
    [[nodiscard]] QString accessibleText(const Appointment &visit) const;
    [[nodiscard]] bool absenceReported(const Appointment &visit) const;

    Session *m_session;
    CareBackend *m_backend;
    PlanningCache *m_cache;
    LanguageSettings *m_language;
    QList<Appointment> m_appointments;
    QSet<QString> m_changedIds;
    QList<AbsenceReport> m_reportedAbsences;
    QDate m_month;
    QDateTime m_fetchedAt;
    QString m_errorMessage;
    QVariantMap m_nextVisit;
    bool m_loading = false;
    QString m_shownClient; ///< Whose planning is shown; a change starts afresh.
    bool m_offline = false;
    int m_pending = 0;
    int m_monthsBack = 1;
    int m_monthsAhead = 3;
    QTimer m_syncTimer;
};

} // namespace careportal
