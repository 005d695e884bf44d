#include "absencesmodel.h"

#include "carebackend.h"
#include "dateformatter.h"
#include "dutchcalendar.h"
#include "languagesettings.h"
#include "outbox.h"

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
    connect(language, &LanguageSettings::codeChanged, this, [this] {
        Q_EMIT typesChanged();
        Q_EMIT previewChanged();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

void AbsencesModel::setOutbox(Outbox *outbox) {
    m_outbox = outbox;
    connect(outbox, &Outbox::changed, this, &AbsencesModel::refreshPending);
    connect(outbox, &Outbox::delivered, this, &AbsencesModel::onDelivered);
    connect(outbox, &Outbox::refused, this, &AbsencesModel::onRefused);
    connect(outbox, &Outbox::deferred, this, &AbsencesModel::onDeferred);
}

bool AbsencesModel::isMine(const QueuedWrite &write) const {
    return write.kind == QueuedWrite::Kind::Absence && write.clientId == clientId();
}

void AbsencesModel::refreshPending() {
    QList<Pending> pending;
    if (m_outbox && !clientId().isEmpty()) {
        for (const OutboxStore::Entry &entry : m_outbox->entries(clientId())) {
            if (entry.write.kind != QueuedWrite::Kind::Absence)
                continue;
            AbsenceReport report = AbsenceReport::fromJson(entry.write.fields);
            report.createdAt = entry.queuedAt.toLocalTime();
            pending.prepend({entry.id, report, entry.state, entry.problem.message(language())});
        }
    }
    beginResetModel();
    m_pending = pending;
    endResetModel();
}

void AbsencesModel::onDelivered(const QueuedWrite &write, const WriteReceipt &receipt) {
    if (!isMine(write))
        return;
    const AbsenceReport stored = AbsenceReport::fromJson(receipt.item);
    if (stored.isValid() && rowOf(m_reports, stored.id) < 0) {
        beginResetModel();
        m_reports.prepend(stored);
        endResetModel();
    }
    if (write.idempotencyKey != m_formKey)
        return;
    m_formKey.clear();
    setBusy(false);
    Q_EMIT saved();
    Q_EMIT submitted(stored.late);
}

void AbsencesModel::onRefused(const QueuedWrite &write, const ApiError &problem) {
    if (!isMine(write) || write.idempotencyKey != m_formKey)
        return; // it stays in the list with its reason
    // Refused while the form is still open: the form shows why, and the user corrects it
    // there, so the outbox need not keep it.
    m_formKey.clear();
    for (const OutboxStore::Entry &entry : m_outbox->entries(clientId())) {
        if (entry.write.idempotencyKey == write.idempotencyKey)
            m_outbox->discard(entry.id);
    }
    setBusy(false);
    Q_EMIT saveFailed(problem.fieldMessages(language()), problem.message(language()));
}

void AbsencesModel::onDeferred() {
    if (m_formKey.isEmpty())
        return;
    // Not reachable now: the report is kept and the form can close.
    m_formKey.clear();
    setBusy(false);
    Q_EMIT saved();
    Q_EMIT queued();
}

void AbsencesModel::discardPending(qint64 entryId) {
    if (m_outbox)
        m_outbox->discard(entryId);
}

int AbsencesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_pending.size() + m_reports.size());
}

QVariant AbsencesModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const bool pending = index.row() < m_pending.size();
    const Pending *entry = pending ? &m_pending.at(index.row()) : nullptr;
    const AbsenceReport &r = pending ? entry->report : m_reports.at(index.row() - m_pending.size());
    switch (role) {
    case PendingRole:
        return pending;
    case RefusedRole:
        return pending && entry->state != OutboxStore::State::Waiting;
    case EntryIdRole:
        return pending ? entry->entryId : 0;
    case StatusTextRole:
        if (pending)
            return entry->state == OutboxStore::State::Waiting
                       ? tr("Wacht op verzending")
                       : tr("Niet verstuurd: %1").arg(entry->problem);
        return r.processed ? tr("Verwerkt") : tr("Gemeld, nog niet verwerkt");
    default:
        break;
    }
    switch (role) {
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
    return {{IdRole, "reportId"},
            {TypeLabelRole, "typeLabel"},
            {PeriodTextRole, "periodText"},
            {StatusTextRole, "statusText"},
            {LateRole, "late"},
            {CreatedTextRole, "createdText"},
            {PendingRole, "pending"},
            {RefusedRole, "refused"},
            {EntryIdRole, "entryId"}};
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
    return m_previewDeadline.isValid() ? dateText(m_previewDeadline) : QString();
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
    if (multipleDays && endKnown && (!end.isValid() || end < start))
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
                           const QString &startTime, const QString &endTime) {
    if (!canWrite())
        return;
    AbsenceReport report;
    report.type = type;
    report.startDate = start;
    report.endDate = wholeDay ? end : start;
    report.wholeDay = wholeDay;
    report.startTime = parseTime(startTime);
    report.endTime = parseTime(endTime);
    if (m_outbox) {
        QueuedWrite write;
        write.kind = QueuedWrite::Kind::Absence;
        write.clientId = clientId();
        write.fields = report.toJson();
        write.idempotencyKey = QueuedWrite::newKey();
        m_formKey = write.idempotencyKey;
        setBusy(true);
        if (m_outbox->queue(write) == 0) {
            m_formKey.clear();
            setBusy(false);
            Q_EMIT saveFailed({}, tr("De melding kon niet worden bewaard. Probeer het opnieuw."));
        }
        return;
    }
    whenWritten(m_backend->createAbsence(clientId(), report), [this](const AbsenceReport &stored) {
        beginInsertRows({}, 0, 0);
        m_reports.prepend(stored);
        endInsertRows();
        Q_EMIT submitted(stored.late);
    });
}

void AbsencesModel::fetch(const QString &clientId) {
    whenLoaded(
        m_backend->absenceTypes(),
        [this, clientId](const QList<LabelledOption> &types) {
            m_types = types;
            Q_EMIT typesChanged();
            whenLoaded(m_backend->absences(clientId), [this](const QList<AbsenceReport> &reports) {
                beginResetModel();
                m_reports = reports;
                endResetModel();
                refreshPending();
            });
        },
        false);
}

void AbsencesModel::clear() {
    beginResetModel();
    m_reports.clear();
    m_pending.clear();
    m_formKey.clear();
    endResetModel();
    m_types.clear();
    ++m_previewGeneration;
    m_previewVisits.clear();
    m_previewDeadline = {};
    m_previewLoading = false;
    Q_EMIT typesChanged();
    Q_EMIT previewChanged();
}

} // namespace careportal
