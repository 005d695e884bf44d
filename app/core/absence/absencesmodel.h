// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/appointment.h"
#include "domain/contact.h"
#include "lists/clientlistmodel.h"

#include <QDate>

namespace careportal {

class CareBackend;

/// "Afwezigheid": the current client's reports with their state, the form's rules (the
/// notice deadline with weekends and Dutch public holidays, the planned visits the
/// absence touches) and sending a new report.
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class AbsencesModel : public careportal::ClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.absences")
    Q_PROPERTY(QVariantList types READ types NOTIFY typesChanged)
    /// The visits the form's period touches, as [{text}] ("Donderdag 26 nov 2026 13:30").
    Q_PROPERTY(QVariantList previewVisits READ previewVisits NOTIFY previewChanged)
    /// "Meld uw afwezigheid uiterlijk op ..." for the first touched visit (or the first day).
    Q_PROPERTY(QString previewDeadlineText READ previewDeadlineText NOTIFY previewChanged)
    /// True when today is past that deadline: the report will be marked late.
    Q_PROPERTY(bool previewLate READ previewLate NOTIFY previewChanged)
    Q_PROPERTY(bool previewLoading READ previewLoading NOTIFY previewChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeLabelRole,
        PeriodTextRole,
        StatusTextRole,
        LateRole,
        CreatedTextRole,
    };
    Q_ENUM(Role)

    AbsencesModel(Session *session, CareBackend *backend, LanguageSettings *language,
                  QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QVariantList types() const;
    [[nodiscard]] QVariantList previewVisits() const { return m_previewVisits; }
    [[nodiscard]] QString previewDeadlineText() const;
    [[nodiscard]] bool previewLate() const;
    [[nodiscard]] bool previewLoading() const { return m_previewLoading; }

    void setNoticeDays(int days);
    void setToday(QDate today) { m_today = today; } ///< For tests; the real date otherwise.

    /// Recomputes the preview for a period (end invalid: not known; times only for one day).
    Q_INVOKABLE void preview(QDate start, QDate end, bool wholeDay, const QString &startTime,
                             const QString &endTime);
    /// What is wrong with the period, in the user's language; empty when it can be sent.
    Q_INVOKABLE [[nodiscard]] QString periodError(QDate start, QDate end, bool multipleDays,
                                                  bool endKnown, bool wholeDay,
                                                  const QString &startTime,
                                                  const QString &endTime) const;
    /// Sends the report; outcome via saved() / saveFailed(), and submitted(late). With
    /// `correcting`, the report replaces that refused outbox entry (saved() at once).
    Q_INVOKABLE void submit(const QString &type, QDate start, QDate end, bool wholeDay,
                            const QString &startTime, const QString &endTime,
                            qint64 correcting = 0);
    /// A refused report as the form shows it: {type, startDate, endDate (invalid when not
    /// known), wholeDay, startTime, endTime}; empty when the entry is gone.
    Q_INVOKABLE [[nodiscard]] QVariantMap pendingReport(qint64 entryId) const;
    Q_INVOKABLE [[nodiscard]] QString dateText(QDate date) const;
    /// The reports staff have not processed yet, as the client made them: stored by the
    /// server or waiting in the outbox (not the ones it refused). Their visits are still in
    /// the planning until staff process them; the planning marks them (ClientData wires it).
    [[nodiscard]] QList<AbsenceReport> reportedAbsences() const;

    static constexpr int kOpenEndLookaheadDays = 56;

Q_SIGNALS:
    void typesChanged();
    void previewChanged();
    /// The server stored the report; `late` when it came inside the notice period.
    void submitted(bool late);
    /// reportedAbsences() may have changed.
    void reportedAbsencesChanged();

protected:
    void fetch(const QString &clientId) override;
    void clear() override;
    void applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) override;
    void formDelivered(const WriteReceipt &receipt) override;
    void rebuildRows() override;

private:
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QString periodText(const AbsenceReport &report) const;
    void setPreview(const QList<Appointment> &visits, QDate firstDay);
    void setTypes(const QList<LabelledOption> &types);
    void setServerReports(const QList<AbsenceReport> &reports);

    CareBackend *m_backend;
    QList<AbsenceReport> m_serverReports; ///< As the server (or the cache) has them.
    QList<AbsenceReport> m_reports;       ///< Shown: the outbox's reports on top.
    QList<LabelledOption> m_types;
    int m_noticeDays = 3;
    QDate m_today;
    QVariantList m_previewVisits;
    QDate m_previewDeadline;
    bool m_previewLoading = false;
    int m_previewGeneration = 0;
};

} // namespace careportal
