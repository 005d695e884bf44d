#pragma once

#include "passwordpolicy.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// The password rules as a live checklist: each row a rule in the user's words and
/// whether the password typed so far meets it.
class PasswordRulesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString password READ password WRITE setPassword NOTIFY passwordChanged)
    Q_PROPERTY(bool allSatisfied READ allSatisfied NOTIFY passwordChanged)
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

Q_SIGNALS:
    void passwordChanged();

private:
    [[nodiscard]] QString describe(PasswordPolicy::Rule rule) const;

    PasswordPolicy m_policy;
    QList<PasswordPolicy::Rule> m_rules;
    QString m_password;
};

} // namespace careportal
