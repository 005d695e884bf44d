// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/business.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// A business contact's customer organisations (seed 004) and the one the portal is about,
/// chosen as a representative chooses a client: one is chosen at once, several wait for
/// "Selecteer organisatie". Part of the Session (App.session.business), which hands it the
/// organisations of each account it reads; its pages follow `changed`.
class BusinessAccount : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.session.business")
    /// [{id, name, administrator}], by name.
    Q_PROPERTY(QVariantList organisations READ organisationsForQml NOTIFY changed)
    /// More than one organisation and none chosen yet: "Selecteer organisatie" first.
    Q_PROPERTY(bool needsOrganisationChoice READ needsOrganisationChoice NOTIFY changed)
    Q_PROPERTY(QString organisationId READ organisationId NOTIFY changed)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY changed)
    /// The account's own contact at the chosen organisation.
    Q_PROPERTY(QString ownContactId READ ownContactId NOTIFY changed)
    /// Beheerder klantportaal at the chosen organisation (colleagues, rights, invoices).
    Q_PROPERTY(bool administrator READ administrator NOTIFY changed)
public:
    using QObject::QObject;

    [[nodiscard]] QVariantList organisationsForQml() const;
    [[nodiscard]] bool needsOrganisationChoice() const;
    [[nodiscard]] QString organisationId() const;
    [[nodiscard]] QString organisationName() const;
    [[nodiscard]] QString ownContactId() const;
    [[nodiscard]] bool administrator() const { return rights().administrator; }
    /// The switches at the chosen organisation (all off while none is chosen).
    [[nodiscard]] BusinessRights rights() const;
    /// Those switched on, by name ("administrator", "portalUser", "emailServices",
    /// "allProjects"): Session::rights of a business contact, which the page table reads.
    [[nodiscard]] QStringList rightNames() const;

    /// The organisations of a newly read account; a choice stays while it is among them
    /// (access to an organisation can end). Emits nothing: the Session tells.
    void setOrganisations(const QList<OrganisationLink> &organisations);

    /// Works for this organisation from now on (one of `organisations`).
    Q_INVOKABLE void chooseOrganisation(const QString &organisationId);
    /// Back to "Selecteer organisatie" (from the account menu or the banner).
    Q_INVOKABLE void switchOrganisation();

Q_SIGNALS:
    /// Another organisation was chosen, or the choice was asked again.
    void changed();

private:
    [[nodiscard]] const OrganisationLink *current() const;

    QList<OrganisationLink> m_organisations;
    QString m_chosenId; ///< Empty until chosen; with one organisation that one counts.
};

} // namespace careportal
