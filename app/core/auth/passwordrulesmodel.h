// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "passwordpolicy.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class Session;

/// The password rules as a live checklist: each row a rule in the user's words and
/// whether the password typed so far meets it. The rules are the session's (the
/// organisation's, see Session::passwordPolicy); without a session, the portal default.
class PasswordRulesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString password READ password WRITE setPassword NOTIFY passwordChanged)
    Q_PROPERTY(bool allSatisfied READ allSatisfied NOTIFY passwordChanged)
    Q_PROPERTY(careportal::Session *session READ session WRITE setSession NOTIFY sessionChanged)
public:
    enum Role { TextRole = Qt::UserRole + 1, SatisfiedRole };
    Q_ENUM(Role)

    explicit PasswordRulesModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString password() const { return m_password; }
    void setPassword(const QString &password);
    [[nodiscard]] bool allSatisfied() const { return m_policy.accepts(m_password); }
    void setPolicy(const PasswordPolicy &policy);
    [[nodiscard]] Session *session() const;
    /// Follows `session`'s password rules from now on (nullptr: the portal default).
    void setSession(Session *session);

Q_SIGNALS:
    void passwordChanged();
    void sessionChanged();

private:
    [[nodiscard]] QString describe(PasswordPolicy::Rule rule) const;

    QPointer<Session> m_session;
    PasswordPolicy m_policy;
    QList<PasswordPolicy::Rule> m_rules;
    QString m_password;
};

} // namespace careportal
