// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/passwordrulesmodel.h"

#include "auth/session.h"

namespace careportal {

PasswordRulesModel::PasswordRulesModel(QObject *parent)
    : QAbstractListModel(parent) {
    setPolicy(PasswordPolicy::portalDefault());
}

Session *PasswordRulesModel::session() const {
    return m_session;
}

void PasswordRulesModel::setSession(Session *session) {
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::passwordPolicyChanged, this,
                [this, session] { setPolicy(session->passwordPolicy()); });
        setPolicy(session->passwordPolicy());
    } else {
        setPolicy(PasswordPolicy::portalDefault());
    }
    Q_EMIT sessionChanged();
}

void PasswordRulesModel::setPolicy(const PasswordPolicy &policy) {
    beginResetModel();
    m_policy = policy;
    m_rules = policy.rules();
    endResetModel();
    Q_EMIT passwordChanged();
}

int PasswordRulesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

QVariant PasswordRulesModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto rule = m_rules.at(index.row());
    switch (role) {
    case TextRole:
        return describe(rule);
    case SatisfiedRole:
        return m_policy.satisfies(rule, m_password);
    default:
        return {};
    }
}

QHash<int, QByteArray> PasswordRulesModel::roleNames() const {
    return {{TextRole, "ruleText"}, {SatisfiedRole, "satisfied"}};
}

void PasswordRulesModel::setPassword(const QString &password) {
    if (password == m_password)
        return;
    m_password = password;
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {SatisfiedRole});
    Q_EMIT passwordChanged();
}

QString PasswordRulesModel::describe(PasswordPolicy::Rule rule) const {
    switch (rule) {
    case PasswordPolicy::Rule::MinLength:
        return tr("Minimaal %n tekens", nullptr, m_policy.minLength);
    case PasswordPolicy::Rule::Uppercase:
        return tr("Een hoofdletter");
    case PasswordPolicy::Rule::Special:
        return tr("Een speciaal teken zoals ! * #");
    case PasswordPolicy::Rule::Digit:
        return tr("Een cijfer");
    case PasswordPolicy::Rule::NoForbiddenCharacter:
        return tr("Geen %1").arg(m_policy.forbiddenCharacters);
    }
    return {};
}

} // namespace careportal
