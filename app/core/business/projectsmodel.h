// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "business/businesslistmodel.h"

namespace careportal {

/// "Projecten": "Mijn projecten" (`mineOnly`, the page's first view) or "Alle projecten"
/// (for a medewerker the server still gives only its own), each with its Projectleiding:
/// the care organisation's Interne projectleider, whom a question reaches.
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class ProjectsModel : public careportal::BusinessListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Business.projects")
    Q_PROPERTY(bool mineOnly READ mineOnly WRITE setMineOnly NOTIFY mineOnlyChanged)
public:
    ProjectsModel(Session *session, CareBackend *backend, LanguageSettings *language,
                  QObject *parent = nullptr);

    [[nodiscard]] bool mineOnly() const { return m_mineOnly; }
    void setMineOnly(bool mineOnly);

Q_SIGNALS:
    void mineOnlyChanged();

protected:
    void fetch(const QString &orgId) override;
    [[nodiscard]] QList<QByteArray> derivedRoleNames() const override;
    [[nodiscard]] QVariant derived(const BusinessRecord &record, int which) const override;

private:
    bool m_mineOnly = true;
};

/// The contact's questions about projects that the server has not confirmed yet (waiting
/// in the outbox, or refused) and those asked in this session: "stel een vraag" queues
/// one, sent exactly once; the answer comes back as correspondence (CorrespondenceModel).
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class ProjectQuestionsModel : public careportal::BusinessListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Business.questions")
public:
    ProjectQuestionsModel(Session *session, CareBackend *backend, LanguageSettings *language,
                          QObject *parent = nullptr);

    /// Asks the leader of `projectId`; outcome via saved() / saveFailed() / queued().
    Q_INVOKABLE void ask(const QString &projectId, const QString &question);
    /// The sentence to show under the question field, or empty.
    Q_INVOKABLE [[nodiscard]] QString questionError(const QString &question) const;
    /// The questions of `projectId` shown here, for its detail page.
    Q_INVOKABLE [[nodiscard]] QVariantList forProject(const QString &projectId) const;

    static constexpr int kMaxQuestionLength = 2000;

protected:
    void fetch(const QString &orgId) override;
    [[nodiscard]] QList<QByteArray> derivedRoleNames() const override;
    [[nodiscard]] QVariant derived(const BusinessRecord &record, int which) const override;
    [[nodiscard]] QList<QPair<QString, QString>> fieldLabels() const override;
};

} // namespace careportal
