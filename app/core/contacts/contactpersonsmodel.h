// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/contact.h"
#include "lists/clientlistmodel.h"

namespace careportal {

class CareBackend;

/// "Contactpersonen": the current client's contact persons and the server's list of types.
/// At most one is primary; saving a new primary clears the old one here as on the server.
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class ContactPersonsModel : public careportal::ClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.contactPersons")
    /// [{code, label}] from the server, labels in the current language.
    Q_PROPERTY(QVariantList types READ types NOTIFY typesChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        Phone1Role,
        Phone2Role,
        EmailRole,
        TypeRole,
        TypeLabelRole,
        PrimaryRole,
        RemarksRole,
    };
    Q_ENUM(Role)

    ContactPersonsModel(Session *session, CareBackend *backend, LanguageSettings *language,
                        QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QVariantList types() const;

    /// The person with `id` as a map of the role names (empty when unknown), for a detail
    /// page that must outlive list changes.
    Q_INVOKABLE [[nodiscard]] QVariantMap person(const QString &id) const;
    /// Creates (no or empty "personId") or replaces a person from a form's map with the
    /// keys of person(); outcome via saved() / saveFailed().
    Q_INVOKABLE void save(const QVariantMap &person);
    Q_INVOKABLE void remove(const QString &id);

    // Inline checks for the form: the sentence to show, or empty.
    Q_INVOKABLE [[nodiscard]] QString nameError(const QString &name) const;
    Q_INVOKABLE [[nodiscard]] QString phoneError(const QString &phone, bool required) const;
    Q_INVOKABLE [[nodiscard]] QString emailError(const QString &email) const;
    Q_INVOKABLE [[nodiscard]] QString remarksError(const QString &remarks) const;

    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxRemarksLength = 2000;

Q_SIGNALS:
    void typesChanged();

protected:
    void fetch(const QString &clientId) override;
    void clear() override;
    void applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) override;
    void rebuildRows() override;
    [[nodiscard]] QList<QPair<QString, QString>> fieldLabels() const override;
    [[nodiscard]] QString fieldText(const QString &field, const QJsonValue &value) const override;

private:
    [[nodiscard]] QString typeLabel(const QString &code) const;
    void setServerPersons(const QList<ContactPerson> &persons);
    void setTypes(const QList<ContactPersonType> &types);
    [[nodiscard]] QByteArray versionOf(const QString &id) const;

    CareBackend *m_backend;
    QList<ContactPerson> m_serverPersons; ///< As the server (or the cache) has them.
    QList<ContactPerson> m_persons;       ///< Shown: with the outbox's pending changes.
    QList<ContactPersonType> m_types;
};

} // namespace careportal
