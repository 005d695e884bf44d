// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "absence/absencesmodel.h"

#include "backend/carebackend.h"
#include "dutchcalendar.h"
#include "settings/languagesettings.h"
#include "util/dateformatter.h"

namespace careportal {

namespace {

QString numeric(QDate date) {
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QTime parseTime(const QString &text) {
    return QTime::fromString(text.trimmed(), QStringLiteral("HH:mm"));
}

} // namespace

AbsencesModel::AbsencesModel(Session *session, CareBackend *backend, LanguageSettings *language,
                             QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend) {
    setWriteKind(QueuedWrite::Kind::Absence);
    connect(language, &LanguageSettings::codeChanged, this, [this] {
        Q_EMIT typesChanged();
        Q_EMIT previewChanged();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

void AbsencesModel::applyDelivered(const QueuedWrite &, const WriteReceipt &receipt) {
    const AbsenceReport stored = AbsenceReport::fromJson(receipt.item);
    if (stored.isValid() && rowOf(m_serverReports, stored.id) < 0)
        m_serverReports.prepend(stored);
    rebuildRows();
}

void AbsencesModel::formDelivered(const WriteReceipt &receipt) {
    Q_EMIT submitted(AbsenceReport::fromJson(receipt.item).late);
}

void AbsencesModel::rebuildRows() {
    beginResetModel();
    m_reports = withPending(m_serverReports, true);
    endResetModel();
    Q_EMIT reportedAbsencesChanged();
}

QList<AbsenceReport> AbsencesModel::reportedAbsences() const {
    QList<AbsenceReport> reported;
    for (const AbsenceReport &r : m_reports) {
        if (!r.processed && !pendingData(r.id, RefusedRole).value_or(false).toBool())
            reported.append(r);
    }
    return reported;
}

int AbsencesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

QVariant AbsencesModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const AbsenceReport &r = m_reports.at(index.row());
    if (role == StatusTextRole && pendingData(r.id, PendingRole)->toBool())
        return pendingData(r.id, PendingTextRole).value_or(QVariant());
    if (const auto pending = pendingData(r.id, role))
        return *pending;
    switch (role) {
    case StatusTextRole:
        return r.processed ? tr("Verwerkt") : tr("Gemeld, nog niet verwerkt");
    case IdRole:
        return r.id;
    case TypeLabelRole:
        return optionLabel(m_types, r.type);
    case PeriodTextRole:
        return periodText(r);
    case LateRole:
        return r.late;
    case CreatedTextRole:
        return r.createdAt.isValid() ? numeric(r.createdAt.date()) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AbsencesModel::roleNames() const {
    QHash<int, QByteArray> names{{IdRole, "reportId"},
                                 {TypeLabelRole, "typeLabel"},
                                 {PeriodTextRole, "periodText"},
                                 {StatusTextRole, "statusText"},
                                 {LateRole, "late"},
                                 {CreatedTextRole, "createdText"}};
    names.insert(pendingRoleNames());
    return names;
}

QString AbsencesModel::periodText(const AbsenceReport &r) const {
    if (!r.wholeDay)
        return tr("%1 van %2 tot %3")
            .arg(numeric(r.startDate), r.startTime.toString(QStringLiteral("HH:mm")),
                 r.endTime.toString(QStringLiteral("HH:mm")));
    if (!r.endDate.isValid())
        return tr("vanaf %1, einddatum nog niet bekend").arg(numeric(r.startDate));
    if (r.endDate == r.startDate)
        return numeric(r.startDate);
    return tr("%1 t/m %2").arg(numeric(r.startDate), numeric(r.endDate));
}

QVariantList AbsencesModel::types() const {
    return optionsForQml(m_types);
}

void AbsencesModel::setNoticeDays(int days) {
    m_noticeDays = qMax(0, days);
    Q_EMIT previewChanged();
}

QDate AbsencesModel::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString AbsencesModel::dateText(QDate date) const {
    if (!date.isValid())
        return {};
    const DateFormatter format = languageSettings()->formatter();
    return format.weekdayName(date) + QLatin1Char(' ') + format.dayText(date);
}

QString AbsencesModel::previewDeadlineText() const {
    if (!m_previewDeadline.isValid())
        return {};
    // Inside "Meld uw afwezigheid uiterlijk op %1.": "vrijdag", not "Vrijdag".
    const DateFormatter format = languageSettings()->formatter();
    return format.weekdayInSentence(m_previewDeadline) + QLatin1Char(' ') +
           format.dayText(m_previewDeadline);
}

bool AbsencesModel::previewLate() const {
    return m_previewDeadline.isValid() && today() > m_previewDeadline;
}

void AbsencesModel::preview(QDate start, QDate end, bool wholeDay, const QString &startTime,
                            const QString &endTime) {
    const int generation = ++m_previewGeneration;
    if (!start.isValid() || clientId().isEmpty()) {
        setPreview({}, {});
        return;
    }
    const QDate last = !wholeDay       ? start
                       : end.isValid() ? end
                                       : start.addDays(kOpenEndLookaheadDays);
    m_previewLoading = true;
    Q_EMIT previewChanged();
    const QTime from = parseTime(startTime);
    const QTime to = parseTime(endTime);
    onResult(m_backend->appointments(clientId(), start, last, {}), this,
             [this, generation, start, wholeDay, from, to](const Result<AppointmentPage> &result) {
                 if (generation != m_previewGeneration)
                     return; // the user changed the form meanwhile
                 QList<Appointment> touched;
                 for (const Appointment &visit :
                      result.ok() ? result.value().appointments : QList<Appointment>{}) {
                     const QTime begins = visit.start.time();
                     if (wholeDay ||
                         (from.isValid() && to.isValid() && begins >= from && begins < to))
                         touched.append(visit);
                 }
                 setPreview(touched, start);
             });
}

void AbsencesModel::setPreview(const QList<Appointment> &visits, QDate firstDay) {
    m_previewVisits.clear();
    for (const Appointment &visit : visits)
        m_previewVisits.append(
            QVariantMap{{QStringLiteral("text"), dateText(visit.start.date()) + QLatin1Char(' ') +
                                                     DateFormatter::timeText(visit.start) +
                                                     QStringLiteral(", ") + visit.helpType}});
    const QDate day = visits.isEmpty() ? firstDay : visits.first().start.date();
    m_previewDeadline = day.isValid() ? DutchCalendar::noticeDeadline(day, m_noticeDays) : QDate();
    m_previewLoading = false;
    Q_EMIT previewChanged();
}

QString AbsencesModel::periodError(QDate start, QDate end, bool multipleDays, bool endKnown,
                                   bool wholeDay, const QString &startTime,
                                   const QString &endTime) const {
    if (!start.isValid())
        return tr("Kies een startdatum.");
    if (start < today())
        return tr("De startdatum ligt in het verleden.");
    if (start > today().addDays(365))
        return tr("De startdatum ligt meer dan een jaar vooruit.");
    if (multipleDays && endKnown && !end.isValid())
        return tr("Kies een einddatum.");
    if (multipleDays && endKnown && end < start)
        return tr("De einddatum moet op of na de startdatum liggen.");
    if (multipleDays && endKnown && start.daysTo(end) > 365)
        return tr("De afwezigheid mag hoogstens een jaar duren.");
    if (!multipleDays && !wholeDay) {
        const QTime from = parseTime(startTime);
        const QTime to = parseTime(endTime);
        if (!from.isValid() || !to.isValid())
            return tr("Vul de begintijd en eindtijd in als uu:mm, bijvoorbeeld 08:00.");
        if (to <= from)
            return tr("De eindtijd moet na de begintijd liggen.");
    }
    return {};
}

void AbsencesModel::submit(const QString &type, QDate start, QDate end, bool wholeDay,
                           const QString &startTime, const QString &endTime, qint64 correcting) {
    if (!canWrite())
        return;
    AbsenceReport report;
    report.type = type;
    report.startDate = start;
    report.endDate = wholeDay ? end : start;
    report.wholeDay = wholeDay;
    report.startTime = parseTime(startTime);
    report.endTime = parseTime(endTime);
    queueWrite(QueuedWrite::Operation::Create, correcting > 0 ? pendingId(correcting) : QString(),
               report.toJson(), {});
}

QVariantMap AbsencesModel::pendingReport(qint64 entryId) const {
    const QJsonObject fields = pendingFields(entryId);
    if (fields.isEmpty())
        return {};
    QJsonObject record = fields;
    record.insert(QLatin1String("id"), pendingId(entryId));
    const AbsenceReport r = AbsenceReport::fromJson(record);
    return {{QStringLiteral("type"), r.type},
            {QStringLiteral("startDate"), r.startDate.startOfDay()},
            {QStringLiteral("endDate"), r.endDate.isValid() ? r.endDate.startOfDay() : QVariant()},
            {QStringLiteral("wholeDay"), r.wholeDay},
            {QStringLiteral("startTime"), r.startTime.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("endTime"), r.endTime.toString(QStringLiteral("HH:mm"))}};
}

namespace {
constexpr QLatin1String kTypesDocument("absence-types");
constexpr QLatin1String kDocument("absences");
} // namespace

void AbsencesModel::fetch(const QString &clientId) {
    const auto cachedTypes = cachedList<LabelledOption>(kTypesDocument);
    const auto cached = cachedList<AbsenceReport>(kDocument);
    if (cachedTypes && cached && awaitingFirstRows()) {
        setTypes(cachedTypes->items);
        setServerReports(cached->items);
        showingCached();
    }
    const QByteArray etag = cached ? cached->etag : QByteArray();
    whenListed(
        m_backend->absenceTypes(), kTypesDocument,
        [this, clientId, etag](const QList<LabelledOption> &types) {
            setTypes(types);
            whenListed(
                m_backend->absences(clientId, etag), kDocument,
                [this](const ListVersion<AbsenceReport> &list) { setServerReports(list.items); });
        },
        false);
}

void AbsencesModel::setTypes(const QList<LabelledOption> &types) {
    m_types = types;
    Q_EMIT typesChanged();
}

void AbsencesModel::setServerReports(const QList<AbsenceReport> &reports) {
    m_serverReports = reports;
    rebuildRows();
}

void AbsencesModel::clear() {
    m_serverReports.clear();
    beginResetModel();
    m_reports.clear();
    endResetModel();
    Q_EMIT reportedAbsencesChanged();
    m_types.clear();
    ++m_previewGeneration;
    m_previewVisits.clear();
    m_previewDeadline = {};
    m_previewLoading = false;
    Q_EMIT typesChanged();
    Q_EMIT previewChanged();
}

} // namespace careportal
