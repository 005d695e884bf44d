// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "business/businesslistmodel.h"
#include "domain/contact.h"

namespace careportal {

/// Business contacts (seed 004): "Mijn contactpersonen" (every colleague of the chosen
/// organisation; a beheerder adds, changes, removes them and resets their second factor)
/// or, with Scope::Own, "Mijn contactgegevens" (the own contact, one row, which every
/// contact changes with "Aanpassen persoonsgegevens"). The server enforces who may do
/// what; the pages only offer what the rights allow.
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class BusinessContactsModel : public careportal::BusinessListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Business.colleagues or Business.ownContact")
    /// [{code, label}]: the function list with its codes (Directeur, 100, …).
    Q_PROPERTY(QVariantList functions READ functions NOTIFY functionsChanged)
    /// The own contact (Scope::Own) as a map of the role names; empty before it is loaded.
    Q_PROPERTY(QVariantMap contact READ contact NOTIFY contactChanged)
public:
    enum class Scope { Own, Colleagues };

    BusinessContactsModel(Scope scope, Session *session, CareBackend *backend,
                          LanguageSettings *language, QObject *parent = nullptr);

    [[nodiscard]] QVariantList functions() const { return optionsForQml(m_functions); }
    [[nodiscard]] QVariantMap contact() const;

    /// Stores a form's map (the role names): the own contact, or a colleague (a new one
    /// without "itemId"). Outcome via saved() / saveFailed() / queued().
    Q_INVOKABLE void save(const QVariantMap &form);
    /// Removes a colleague (beheerder only).
    Q_INVOKABLE void remove(const QString &id);
    /// "Twee-factorauthenticatie wissen" for a colleague: at once, not through the outbox
    /// (it ends the colleague's sessions; it must not happen later unseen).
    Q_INVOKABLE void resetSecondFactor(const QString &id);

    // Inline checks for the form: the sentence to show, or empty.
    Q_INVOKABLE [[nodiscard]] QString surnameError(const QString &surname) const;
    Q_INVOKABLE [[nodiscard]] QString lineError(const QString &text) const;
    Q_INVOKABLE [[nodiscard]] QString phoneError(const QString &phone) const;
    Q_INVOKABLE [[nodiscard]] QString emailError(const QString &email) const;
    /// "1985-02-28" or empty, as the date field's text "28-02-1985" gives it; "invalid" when
    /// the text is no date.
    Q_INVOKABLE [[nodiscard]] static QString isoDate(const QString &dutchDate);

    static constexpr int kMaxLineLength = 100;

Q_SIGNALS:
    void functionsChanged();
    void contactChanged();
    /// The second factor of the colleague is wiped.
    void secondFactorReset();
    void secondFactorResetFailed(const QString &message);

protected:
    void fetch(const QString &orgId) override;
    [[nodiscard]] QList<QByteArray> derivedRoleNames() const override;
    [[nodiscard]] QVariant derived(const BusinessRecord &record, int which) const override;
    [[nodiscard]] QList<QPair<QString, QString>> fieldLabels() const override;
    [[nodiscard]] QString fieldText(const QString &field, const QJsonValue &value) const override;
    void clear() override;
    void rebuildRows() override;

private:
    [[nodiscard]] QJsonObject input(const QVariantMap &form) const;

    Scope m_scope;
    QList<LabelledOption> m_functions;
};

} // namespace careportal
