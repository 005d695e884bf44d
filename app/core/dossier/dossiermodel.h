// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/dossier.h"
#include "lists/clientlistmodel.h"

namespace careportal {

class CareBackend;

/// "Cliëntdossier": whether the organisation keeps a dossier for the current client, its
/// general data ("Gegevens"), and — as the rows — the kinds of report the "Lezen" tab
/// offers. It also labels reports for the other dossier models (kind and discipline in
/// the user's language). Held in memory only: the dossier never reaches the disk.
class DossierModel : public careportal::ClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.dossier")
    /// False until loaded, and when the organisation has no dossier for the client.
    Q_PROPERTY(bool available READ available NOTIFY overviewChanged)
    /// {address, postcodeCity, birthDateText, gpName, gpPhone, pharmacyName, pharmacyPhone}.
    Q_PROPERTY(QVariantMap general READ general NOTIFY overviewChanged)
    /// [{code, label}]: the discipline abbreviations and their meaning (seed 003).
    Q_PROPERTY(QVariantList disciplines READ disciplines NOTIFY overviewChanged)
public:
    enum Role { CodeRole = Qt::UserRole + 1, LabelRole, ExplanationRole };
    Q_ENUM(Role)

    DossierModel(Session *session, CareBackend *backend, LanguageSettings *language,
                 QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool available() const { return m_overview.available; }
    [[nodiscard]] QVariantMap general() const;
    [[nodiscard]] QVariantList disciplines() const;

    Q_INVOKABLE [[nodiscard]] QString kindLabel(const QString &code) const;
    Q_INVOKABLE [[nodiscard]] QString disciplineLabel(const QString &code) const;

Q_SIGNALS:
    /// The overview or the language changed: labels must be read again.
    void overviewChanged();

protected:
    void fetch(const QString &clientId) override;
    void clear() override;

private:
    void apply(const DossierOverview &overview);

    CareBackend *m_backend;
    DossierOverview m_overview;
};

} // namespace careportal
