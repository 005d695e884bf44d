// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/privacystatementloader.h"
#include "auth/passwordreset.h"
#include "auth/registration.h"
#include "auth/session.h"
#include "kiosk/idlemonitor.h"
#include "notifications/notificationcentre.h"
#include "outbox/outbox.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"
#include "util/qmlsingleton.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CacheKeyring;

/// What the shell and the account's own screens use, whoever is logged in: the session,
/// the language and display, the kiosk's idle logout, the outbox, notifications, the
/// sign-in workflows and the account's security. QML sees it as the singleton `App`. It
/// builds nothing: the composition root (AppComposition) hands it the parts it made.
class AppServices : public QObject, public QmlSingleton<AppServices> {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    /// A shared PC (--kiosk or the profile): full screen, nothing remembered, idle logout.
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT)
    /// The on-screen keyboard is the input method (kiosk, --virtual-keyboard, the profile).
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    Q_PROPERTY(QString startupError READ startupError CONSTANT)
    /// Says when the cache cannot keep data on this computer (no keychain) or was damaged
    /// and is being rebuilt; empty otherwise.
    Q_PROPERTY(QString cacheNotice READ cacheNotice NOTIFY cacheNoticeChanged)
    Q_PROPERTY(careportal::Session *session READ session CONSTANT)
    Q_PROPERTY(careportal::LanguageSettings *language READ language CONSTANT)
    /// Text size and high contrast, the reader's choice.
    Q_PROPERTY(careportal::DisplaySettings *display READ display CONSTANT)
    /// The idle logout and its countdown (enabled on a kiosk only).
    Q_PROPERTY(careportal::IdleMonitor *idle READ idle CONSTANT)
    Q_PROPERTY(careportal::Outbox *outbox READ outbox CONSTANT)
    /// Desktop notifications of changed visits and answered requests (off on a kiosk).
    Q_PROPERTY(careportal::NotificationCentre *notifications READ notifications CONSTANT)
    Q_PROPERTY(careportal::Registration *registration READ registration CONSTANT)
    Q_PROPERTY(careportal::PasswordReset *passwordReset READ passwordReset CONSTANT)
    Q_PROPERTY(careportal::PrivacyStatementLoader *privacyStatement READ privacyStatement CONSTANT)
    Q_PROPERTY(careportal::SecondFactorSetup *secondFactor READ secondFactor CONSTANT)
    Q_PROPERTY(careportal::RememberedDevicesModel *devices READ devices CONSTANT)
public:
    /// The parts, made and owned by the composition root; all outlive this object.
    struct Parts {
        bool kiosk = false;
        QString startupError;
        bool cacheRebuilt = false;
        CacheKeyring *cacheKeyring = nullptr;
        Session *session = nullptr;
        LanguageSettings *language = nullptr;
        DisplaySettings *display = nullptr;
        IdleMonitor *idle = nullptr;
        Outbox *outbox = nullptr;
        NotificationCentre *notifications = nullptr;
        Registration *registration = nullptr;
        PasswordReset *passwordReset = nullptr;
        PrivacyStatementLoader *privacyStatement = nullptr;
        SecondFactorSetup *secondFactor = nullptr;
        RememberedDevicesModel *devices = nullptr;
    };

    explicit AppServices(Parts parts, QObject *parent = nullptr);

    [[nodiscard]] QString version() const;
    /// The full text of CarePortal's licence, the GNU GPL version 3 (compiled in from
    /// LICENSE), for "Over CarePortal"; read when asked, not kept.
    [[nodiscard]] Q_INVOKABLE QString licenceText() const;
    [[nodiscard]] bool kiosk() const { return m_parts.kiosk; }
    [[nodiscard]] bool virtualKeyboard() const;
    /// A page with a form starts with the typing in its first field, `field` (issue 27:
    /// "Kies uw wachtwoord" took no keys until clicked). Not where the on-screen keyboard is
    /// the only keyboard: there the focus would open it over half the page before a tap.
    Q_INVOKABLE void startTypingIn(QObject *field) const;
    [[nodiscard]] QString startupError() const { return m_parts.startupError; }
    [[nodiscard]] QString cacheNotice() const;
    [[nodiscard]] Session *session() const { return m_parts.session; }
    [[nodiscard]] LanguageSettings *language() const { return m_parts.language; }
    [[nodiscard]] DisplaySettings *display() const { return m_parts.display; }
    [[nodiscard]] IdleMonitor *idle() const { return m_parts.idle; }
    [[nodiscard]] Outbox *outbox() const { return m_parts.outbox; }
    [[nodiscard]] NotificationCentre *notifications() const { return m_parts.notifications; }
    [[nodiscard]] Registration *registration() const { return m_parts.registration; }
    [[nodiscard]] PasswordReset *passwordReset() const { return m_parts.passwordReset; }
    [[nodiscard]] PrivacyStatementLoader *privacyStatement() const {
        return m_parts.privacyStatement;
    }
    [[nodiscard]] SecondFactorSetup *secondFactor() const { return m_parts.secondFactor; }
    [[nodiscard]] RememberedDevicesModel *devices() const { return m_parts.devices; }

Q_SIGNALS:
    void cacheNoticeChanged();

private:
    Parts m_parts;
};

} // namespace careportal
