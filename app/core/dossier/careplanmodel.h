// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/dossier.h"
#include "lists/clientlistmodel.h"

namespace careportal {

class CareBackend;

/// "Plannen": the goals of the current client's care plan ("Doelen"), each with the care
/// question behind it and its actions ("Acties"). In memory only.
class CarePlanModel : public careportal::ClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.carePlan")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CareQuestionRole,
        ActionsRole, ///< [{description, frequency}]
        ActionCountRole,
    };
    Q_ENUM(Role)

    CarePlanModel(Session *session, CareBackend *backend, LanguageSettings *language,
                  QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    void fetch(const QString &clientId) override;
    void clear() override;

private:
    void apply(const QList<CareGoal> &goals);

    CareBackend *m_backend;
    QList<CareGoal> m_goals;
};

} // namespace careportal
