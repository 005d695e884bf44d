// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/dossier.h"
#include "lists/pagedclientlistmodel.h"

namespace careportal {

class CareBackend;
class DossierModel;

/// Reports of the current client's dossier, newest first, a page at a time: the
/// "Tijdlijn" (every kind), "Lezen" (one kind at a time) and Home's newest additions.
/// Kind and discipline are labelled through the DossierModel. In memory only.
class DossierReportsModel : public careportal::PagedClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.dossierTimeline, App.dossierReading or App.dossierLatest")
    /// The kind to show; empty for every kind. Changing it loads again when loaded before.
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        KindLabelRole,
        DisciplineRole,
        DisciplineLabelRole,
        AuthorRole,
        WrittenTextRole, ///< "14 apr 2021 09:00"
        DayTextRole,     ///< "14 apr 2021"
        TitleRole,
        TextRole,
    };
    Q_ENUM(Role)

    DossierReportsModel(Session *session, CareBackend *backend, LanguageSettings *language,
                        DossierModel *labels, int pageSize, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    /// The report with `id` as a map of the role names (empty when unknown).
    Q_INVOKABLE [[nodiscard]] QVariantMap report(const QString &id) const;

Q_SIGNALS:
    void kindChanged();

protected:
    void fetch(const QString &clientId) override;
    void fetchMore(const QString &clientId, const QString &cursor) override;
    void clear() override;

private:
    CareBackend *m_backend;
    DossierModel *m_labels;
    int m_pageSize;
    QString m_kind;
    QList<DossierReport> m_reports;
};

} // namespace careportal
