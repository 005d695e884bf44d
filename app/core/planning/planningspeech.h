// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/appointment.h"
#include "planning/planningmodel.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// What "Voorlezen" says: the visits of a day or of the month on screen as whole sentences,
/// written for the ear (full month names, "van 13:30 tot 15:30", a count first), in the
/// app's language. The speaking itself is Qt TextToSpeech's, in QML.
class PlanningSpeech : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careportal::PlanningModel *planning READ planning WRITE setPlanning NOTIFY planningChanged)
    /// "nl" or "en": month and weekday names.
    Q_PROPERTY(QString language MEMBER m_language NOTIFY languageChanged)
public:
    explicit PlanningSpeech(QObject *parent = nullptr);

    [[nodiscard]] PlanningModel *planning() const { return m_planning; }
    void setPlanning(PlanningModel *planning);

    /// The month on screen.
    Q_INVOKABLE [[nodiscard]] QString month() const;
    /// One day of the month on screen (today unless given); empty for a day of another month.
    Q_INVOKABLE [[nodiscard]] QString day(QDate date = {}) const;

    [[nodiscard]] static QString monthText(const QList<Appointment> &visits, QDate month,
                                           const QString &language);
    [[nodiscard]] static QString dayText(const QList<Appointment> &visits, QDate day, QDate today,
                                         const QString &language);

Q_SIGNALS:
    void planningChanged();
    void languageChanged();

private:
    [[nodiscard]] static QString visitSentence(const Appointment &visit, const QLocale &locale,
                                               bool withDate);

    QPointer<PlanningModel> m_planning;
    QString m_language = QStringLiteral("nl");
};

} // namespace careportal
