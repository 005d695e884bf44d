// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dossier/careplanmodel.h"

#include "backend/carebackend.h"

namespace careportal {

CarePlanModel::CarePlanModel(Session *session, CareBackend *backend, LanguageSettings *language,
                             QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend) {}

int CarePlanModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_goals.size());
}

QVariant CarePlanModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const CareGoal &goal = m_goals.at(index.row());
    switch (role) {
    case IdRole:
        return goal.id;
    case TitleRole:
        return goal.title;
    case CareQuestionRole:
        return goal.careQuestion;
    case ActionsRole: {
        QVariantList actions;
        for (const CareAction &action : goal.actions)
            actions.append(QVariantMap{{QStringLiteral("description"), action.description},
                                       {QStringLiteral("frequency"), action.frequency}});
        return actions;
    }
    case ActionCountRole:
        return static_cast<int>(goal.actions.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> CarePlanModel::roleNames() const {
    return {{IdRole, "goalId"},
            {TitleRole, "title"},
            {CareQuestionRole, "careQuestion"},
            {ActionsRole, "actions"},
            {ActionCountRole, "actionCount"}};
}

void CarePlanModel::fetch(const QString &clientId) {
    whenLoaded(m_backend->carePlan(clientId),
               [this](const QList<CareGoal> &goals) { apply(goals); });
}

void CarePlanModel::apply(const QList<CareGoal> &goals) {
    beginResetModel();
    m_goals = goals;
    endResetModel();
}

void CarePlanModel::clear() {
    apply({});
}

} // namespace careportal
