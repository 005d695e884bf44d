#include "clientlistmodel.h"

#include "languagesettings.h"
#include "session.h"

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
    clear();
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

void ClientListModel::fetch(const QString &) {}

void ClientListModel::clear() {}

QString ClientListModel::clientId() const {
    return m_session->state() == Session::State::LoggedIn ? m_session->clientId() : QString();
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

void ClientListModel::writeFailed(const ApiError &error) {
    if (error.kind == ApiError::Kind::Unauthorized) {
        m_session->expire();
        return;
    }
    Q_EMIT saveFailed(error.fieldMessages(language()), error.message(language()));
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

} // namespace careportal
