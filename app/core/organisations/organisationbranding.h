// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/organisation.h"
#include "util/qmlsingleton.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CacheDatabase;
class CareBackend;

/// The care organisation the app works for: its name, phone, logo, the menu features it
/// offers and its rules, as its server says (kept in the cache for the next start without a
/// server). QML sees it as the singleton `Organisation`; its colours reach QML made readable
/// through `Appearance`.
class OrganisationBranding : public QObject, public QmlSingleton<OrganisationBranding> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Organisation)
    QML_SINGLETON
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    /// The organisation's logo as a data: URL (empty when it has none), for an Image.
    Q_PROPERTY(QUrl logoUrl READ logoUrl NOTIFY changed)
    Q_PROPERTY(QStringList features READ features NOTIFY changed)
    // The menu features this organisation offers, one typed property each so that QML
    // bindings follow changes and qmllint catches typos.
    Q_PROPERTY(bool hasPlanning READ hasPlanning NOTIFY changed)
    Q_PROPERTY(bool hasChangePassword READ hasChangePassword NOTIFY changed)
    Q_PROPERTY(bool hasContactDetails READ hasContactDetails NOTIFY changed)
    Q_PROPERTY(bool hasContactPersons READ hasContactPersons NOTIFY changed)
    Q_PROPERTY(bool hasContactRequests READ hasContactRequests NOTIFY changed)
    Q_PROPERTY(bool hasAbsence READ hasAbsence NOTIFY changed)
    Q_PROPERTY(bool hasDossier READ hasDossier NOTIFY changed)
    Q_PROPERTY(bool hasAccessLog READ hasAccessLog NOTIFY changed)
    Q_PROPERTY(bool hasAccountSecurity READ hasAccountSecurity NOTIFY changed)
    Q_PROPERTY(int absenceNoticeDays READ absenceNoticeDays NOTIFY changed)
    /// Password, second factor and registration are the organisation's own systems' (a FHIR
    /// backend): the login screen and the menu say so instead of offering them.
    Q_PROPERTY(bool accountManagedElsewhere READ accountManagedElsewhere NOTIFY changed)
public:
    /// `profileName` is shown until the server (or the cache) names the organisation.
    OrganisationBranding(const QString &profileName, CareBackend *backend, CacheDatabase *cache,
                         QObject *parent = nullptr);

    /// Shows the organisation as the cache last kept it, if it kept one.
    void showCached();
    /// Fetches the organisation's name, logo, features and rules again (at start and every
    /// login); on failure the current ones stay.
    Q_INVOKABLE void refresh();

    [[nodiscard]] const Organisation &current() const { return m_organisation; }
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString phone() const { return m_organisation.phone; }
    [[nodiscard]] QUrl logoUrl() const;
    [[nodiscard]] QStringList features() const { return m_organisation.features; }
    Q_INVOKABLE [[nodiscard]] bool hasFeature(const QString &feature) const;
    [[nodiscard]] bool hasPlanning() const { return hasFeature(QStringLiteral("planning")); }
    [[nodiscard]] bool hasChangePassword() const {
        return hasFeature(QStringLiteral("changePassword"));
    }
    [[nodiscard]] bool hasContactDetails() const {
        return hasFeature(QStringLiteral("contactDetails"));
    }
    [[nodiscard]] bool hasContactPersons() const {
        return hasFeature(QStringLiteral("contactPersons"));
    }
    [[nodiscard]] bool hasContactRequests() const {
        return hasFeature(QStringLiteral("contactRequests"));
    }
    [[nodiscard]] bool hasAbsence() const { return hasFeature(QStringLiteral("absence")); }
    [[nodiscard]] bool hasDossier() const { return hasFeature(QStringLiteral("dossier")); }
    [[nodiscard]] bool hasAccessLog() const { return hasFeature(QStringLiteral("accessLog")); }
    [[nodiscard]] bool hasAccountSecurity() const {
        return hasFeature(QStringLiteral("accountSecurity"));
    }
    [[nodiscard]] int absenceNoticeDays() const { return m_organisation.absenceNoticeDays; }
    [[nodiscard]] bool accountManagedElsewhere() const {
        return m_organisation.accountManagedElsewhere;
    }

Q_SIGNALS:
    /// Another organisation (or a new version of it) is shown.
    void changed();

private:
    void show(const Organisation &organisation);

    QString m_profileName;
    CareBackend *m_backend;
    CacheDatabase *m_cache;
    Organisation m_organisation;
};

} // namespace careportal
