// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/contact.h"
#include "lists/clientlistmodel.h"

namespace careportal {

class CareBackend;

/// "Mijn contactdetails": the current client's phone numbers and e-mail addresses, with
/// add, edit and remove through the backend.
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class ContactDetailsModel : public careportal::ClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.contactDetails")
    /// The kinds a detail can have, as [{code, label}] in the seed's order.
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY kindsChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, KindLabelRole, ValueRole, RemarkRole };
    Q_ENUM(Role)

    ContactDetailsModel(Session *session, CareBackend *backend, LanguageSettings *language,
                        QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QVariantList kinds() const;
    /// The label of a kind in the current language, e.g. "Mobiele telefoon (privé)".
    [[nodiscard]] static QString kindLabel(const QString &kind);

    /// Creates (empty id) or replaces a detail; outcome via saved() / saveFailed().
    Q_INVOKABLE void save(const QString &id, const QString &kind, const QString &value,
                          const QString &remark);
    Q_INVOKABLE void remove(const QString &id);
    /// What is wrong with `value` for `kind`, in the user's language; empty when fine.
    Q_INVOKABLE [[nodiscard]] QString valueError(const QString &kind, const QString &value) const;
    Q_INVOKABLE [[nodiscard]] QString remarkError(const QString &remark) const;

    static constexpr int kMaxRemarkLength = 500;

Q_SIGNALS:
    void kindsChanged();

protected:
    void fetch(const QString &clientId) override;
    void clear() override;
    void applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) override;
    void rebuildRows() override;
    [[nodiscard]] QList<QPair<QString, QString>> fieldLabels() const override;
    [[nodiscard]] QString fieldText(const QString &field, const QJsonValue &value) const override;

private:
    void setServerDetails(const QList<ContactDetail> &details);
    [[nodiscard]] QByteArray versionOf(const QString &id) const;

    CareBackend *m_backend;
    QList<ContactDetail> m_serverDetails; ///< As the server (or the cache) has them.
    QList<ContactDetail> m_details;       ///< Shown: with the outbox's pending changes.
};

} // namespace careportal
