// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lists/clientlistmodel.h"

#include "auth/session.h"
#include "outbox/outbox.h"
#include "settings/languagesettings.h"

namespace careportal {

ClientListModel::ClientListModel(Session *session, LanguageSettings *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_language(language) {
    connect(m_session, &Session::stateChanged, this, &ClientListModel::onSessionChanged);
    connect(m_session, &Session::accountChanged, this, &ClientListModel::onSessionChanged);
}

void ClientListModel::onSessionChanged() {
    // Every session or client change starts afresh; answers of the old one are dropped.
    // Nothing is fetched until a page asks (reload()), so logging in stays one request.
    ++m_generation;
    setBusy(false);
    m_formKey.clear();
    m_marks.clear();
    clear();
    setFreshness({}, false);
    setStatus(Status::Idle, {});
}

void ClientListModel::reload() {
    const QString client = clientId();
    if (client.isEmpty())
        return;
    setStatus(Status::Loading, {});
    fetch(client);
}

void ClientListModel::reloadDroppingPending() {
    ++m_generation;
    setBusy(false);
    reload();
}

void ClientListModel::refreshQuietly() {
    const QString client = clientId();
    if (client.isEmpty() || m_status == Status::Idle || m_status == Status::Loading)
        return; // nothing shown yet: the page's own load will fetch it
    fetch(client);
}

void ClientListModel::fetch(const QString &) {}

void ClientListModel::clear() {}

QString ClientListModel::clientId() const {
    if (m_session->state() != Session::State::LoggedIn)
        return {};
    return m_subject == Subject::Organisation ? m_session->business()->organisationId()
                                              : m_session->clientId();
}

QVariantList ClientListModel::optionsForQml(const QList<LabelledOption> &options) const {
    QVariantList result;
    for (const LabelledOption &option : options)
        result.append(QVariantMap{{QStringLiteral("code"), option.code},
                                  {QStringLiteral("label"), option.label(language())}});
    return result;
}

QString ClientListModel::optionLabel(const QList<LabelledOption> &options,
                                     const QString &code) const {
    for (const LabelledOption &option : options) {
        if (option.code == code)
            return option.label(language());
    }
    return code;
}

QVariantMap ClientListModel::rowAsMap(int row) const {
    QVariantMap result;
    if (row < 0 || row >= rowCount())
        return result;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        result.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return result;
}

QString ClientListModel::language() const {
    return m_language->code();
}

void ClientListModel::failed(const ApiError &error) {
    if (error.kind == ApiError::Kind::Unauthorized) {
        m_session->expire();
        return;
    }
    setStatus(Status::Error, error.message(language()));
    loadFailed();
}

void ClientListModel::setStatus(Status status, const QString &errorMessage) {
    if (m_status == status && m_errorMessage == errorMessage)
        return;
    m_status = status;
    m_errorMessage = errorMessage;
    Q_EMIT statusChanged();
}

void ClientListModel::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

QString ClientListModel::updatedText() const {
    return updatedTextFor(m_updatedAt);
}

QString ClientListModel::updatedTextFor(const QDateTime &updatedAt) {
    if (!updatedAt.isValid())
        return {};
    const QDateTime local = updatedAt.toLocalTime();
    return tr("Laatst bijgewerkt: %1").arg(local.toString(QStringLiteral("dd-MM-yyyy HH:mm")));
}

void ClientListModel::setFreshness(const QDateTime &updatedAt, bool offline) {
    if (m_updatedAt == updatedAt && m_offline == offline)
        return;
    m_updatedAt = updatedAt;
    m_offline = offline;
    Q_EMIT freshnessChanged();
}

bool ClientListModel::isUnreachable(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::Throttled:
        return true;
    default:
        return false;
    }
}

// --- The outbox ------------------------------------------------------------------------

void ClientListModel::setOfflineSupport(DocumentCache *cache, Outbox *outbox) {
    m_cache = cache;
    m_outbox = outbox;
    if (!outbox)
        return;
    connect(outbox, &Outbox::changed, this, [this] {
        if (!clientId().isEmpty())
            rebuildRows();
    });
    connect(outbox, &Outbox::delivered, this, &ClientListModel::onDelivered);
    connect(outbox, &Outbox::refused, this, &ClientListModel::onRefused);
    connect(outbox, &Outbox::deferred, this, &ClientListModel::onDeferred);
}

QString ClientListModel::pendingId(qint64 entryId) {
    return QStringLiteral("outbox:%1").arg(entryId);
}

bool ClientListModel::isMine(const QueuedWrite &write) const {
    return m_writeKind && write.kind == *m_writeKind && write.clientId == clientId();
}

QList<OutboxStore::Entry> ClientListModel::pendingEntries() const {
    QList<OutboxStore::Entry> mine;
    if (!m_outbox || clientId().isEmpty())
        return mine;
    for (const OutboxStore::Entry &e : m_outbox->entries(clientId())) {
        if (isMine(e.write))
            mine.append(e);
    }
    return mine;
}

std::optional<OutboxStore::Entry> ClientListModel::entry(qint64 entryId) const {
    for (const OutboxStore::Entry &e : pendingEntries()) {
        if (e.id == entryId)
            return e;
    }
    return std::nullopt;
}

std::optional<OutboxStore::Entry> ClientListModel::refusedEntryFor(const QString &targetId) const {
    for (const OutboxStore::Entry &e : pendingEntries()) {
        if (e.state == OutboxStore::State::Waiting)
            continue;
        if (pendingId(e.id) == targetId || (!targetId.isEmpty() && e.write.targetId == targetId))
            return e;
    }
    return std::nullopt;
}

void ClientListModel::queueWrite(QueuedWrite::Operation operation, const QString &targetId,
                                 const QJsonObject &fields, const QByteArray &ifMatch) {
    if (!m_outbox || !m_writeKind) {
        Q_EMIT saveFailed({}, tr("De wijziging kon niet worden bewaard. Probeer het opnieuw."));
        return;
    }
    const bool isDelete = operation == QueuedWrite::Operation::Delete;
    if (const auto refused = refusedEntryFor(targetId)) {
        if (!isDelete && refused->write.operation != QueuedWrite::Operation::Delete) {
            // A correction: the refused change is replaced, and sent with a new key.
            m_outbox->retry(refused->id, fields,
                            ifMatch.isEmpty() ? refused->write.ifMatch : ifMatch);
            Q_EMIT saved();
            return;
        }
        // The user changed their mind (removes what was refused, or edits what they had
        // asked to remove): the refused change goes, the new one takes its place.
        m_outbox->discard(refused->id);
        if (targetId == pendingId(refused->id)) {
            Q_EMIT saved(); // it never reached the server: nothing more to send
            return;
        }
    } else if (targetId.startsWith(QLatin1String("outbox:"))) {
        Q_EMIT saveFailed({}, tr("Deze wijziging wacht nog op verzending. Probeer het straks "
                                 "opnieuw."));
        return;
    }
    QueuedWrite write;
    write.kind = *m_writeKind;
    write.operation = operation;
    write.clientId = clientId();
    write.targetId = targetId;
    write.fields = fields;
    write.ifMatch = ifMatch;
    write.idempotencyKey = QueuedWrite::newKey();
    m_formKey = write.idempotencyKey;
    setBusy(true);
    if (m_outbox->queue(write) == 0) {
        m_formKey.clear();
        setBusy(false);
        Q_EMIT saveFailed({}, tr("De wijziging kon niet worden bewaard. Probeer het opnieuw."));
    }
}

void ClientListModel::applyDelivered(const QueuedWrite &, const WriteReceipt &) {}

void ClientListModel::onDelivered(const QueuedWrite &write, const WriteReceipt &receipt) {
    if (!isMine(write)) {
        if (m_offline)
            refreshQuietly(); // the server is back: this list may show it too
        return;
    }
    applyDelivered(write, receipt);
    refreshQuietly(); // the cached list learns the new version (and any change by staff)
    if (write.idempotencyKey != m_formKey)
        return;
    finishForm();
    formDelivered(receipt);
    Q_EMIT saved();
}

void ClientListModel::onRefused(const QueuedWrite &write, const ApiError &problem) {
    if (isMine(write) || m_offline)
        refreshQuietly(); // the server answered: show its list (and, after a 412, its version)
    if (!isMine(write) || write.idempotencyKey != m_formKey)
        return; // it stays in the list with its reason
    finishForm();
    if (problem.httpStatus == 412) {
        // Kept: the list shows both versions and lets the user choose.
        Q_EMIT saveFailed({}, problem.message(language()));
        return;
    }
    // Refused while the form is still open: the form shows why, and the user corrects it
    // there, so the outbox need not keep it.
    for (const OutboxStore::Entry &e : pendingEntries()) {
        if (e.write.idempotencyKey == write.idempotencyKey)
            m_outbox->discard(e.id);
    }
    Q_EMIT saveFailed(problem.fieldMessages(language()), problem.message(language()));
}

void ClientListModel::onDeferred() {
    if (m_formKey.isEmpty())
        return;
    // Not reachable now: the change is kept and the form can close (queued() first, so a
    // form knows at saved() that nothing was sent yet).
    finishForm();
    Q_EMIT queued();
    Q_EMIT saved();
}

void ClientListModel::finishForm() {
    m_formKey.clear();
    setBusy(false);
}

QJsonObject ClientListModel::pendingFields(qint64 entryId) const {
    const auto e = entry(entryId);
    return e ? e->write.fields : QJsonObject();
}

void ClientListModel::discardPending(qint64 entryId) {
    if (m_outbox && entry(entryId))
        m_outbox->discard(entryId);
}

void ClientListModel::sendMineAnyway(qint64 entryId) {
    const auto e = entry(entryId);
    if (!e || e->state != OutboxStore::State::Conflict)
        return;
    const QByteArray theirs = e->problem.current.value(QLatin1String("etag")).toString().toUtf8();
    m_outbox->retry(entryId, e->write.fields, theirs);
}

QString ClientListModel::fieldText(const QString &, const QJsonValue &value) const {
    if (value.isBool())
        return value.toBool() ? tr("Ja") : tr("Nee");
    return value.toVariant().toString();
}

QVariantList ClientListModel::conflictFields(qint64 entryId) const {
    QVariantList result;
    const auto e = entry(entryId);
    if (!e)
        return result;
    const bool removal = e->write.operation == QueuedWrite::Operation::Delete;
    for (const auto &[field, label] : fieldLabels()) {
        const QString theirs = fieldText(field, e->problem.current.value(field));
        const QString mine =
            removal ? tr("(verwijderd)") : fieldText(field, e->write.fields.value(field));
        if (!removal && mine == theirs)
            continue;
        result.append(QVariantMap{{QStringLiteral("label"), label},
                                  {QStringLiteral("mine"), mine},
                                  {QStringLiteral("theirs"), theirs}});
    }
    return result;
}

std::optional<QVariant> ClientListModel::pendingData(const QString &id, int role) const {
    if (role < PendingRole || role > CorrectableRole)
        return std::nullopt;
    const auto it = m_marks.constFind(id);
    const bool marked = it != m_marks.cend();
    const bool refused = marked && it->state != OutboxStore::State::Waiting;
    switch (role) {
    case PendingRole:
        return marked;
    case RefusedRole:
        return refused;
    case ConflictRole:
        return marked && it->state == OutboxStore::State::Conflict;
    case CorrectableRole:
        return refused && it->correctable;
    case EntryIdRole:
        return marked ? it->entryId : 0;
    case PendingDeleteRole:
        return marked && it->isDelete;
    case PendingTextRole:
        if (!marked)
            return QString();
        if (it->state == OutboxStore::State::Conflict)
            return tr("Niet verstuurd: dit is intussen ook ergens anders gewijzigd");
        if (refused)
            return tr("Niet verstuurd: %1").arg(it->problem);
        return it->isDelete ? tr("Wordt verwijderd, wacht op verzending")
                            : tr("Wacht op verzending");
    default:
        return std::nullopt;
    }
}

QHash<int, QByteArray> ClientListModel::pendingRoleNames() {
    return {{PendingRole, "pending"},        {RefusedRole, "refused"},
            {ConflictRole, "conflict"},      {PendingTextRole, "pendingText"},
            {EntryIdRole, "entryId"},        {PendingDeleteRole, "pendingDelete"},
            {CorrectableRole, "correctable"}};
}

} // namespace careportal
