// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <memory>

class QAction;
class QMenu;
class QWindow;

namespace careportal {

class LanguageSettings;
class NotificationCentre;

/// The desktop side of the notifications: an icon in the system tray (menu "CarePortal
/// openen", "Afsluiten") that shows NotificationCentre::notify() as a desktop message. A
/// click on the message, or on the icon after one, brings the window forward on the page
/// the message is about. Where the desktop has no tray (a plain X server, Xvfb) there is
/// no icon and no message; the app works as before. Needs a QApplication (Qt Widgets).
class TrayIcon : public QObject {
    Q_OBJECT
public:
    TrayIcon(NotificationCentre *centre, LanguageSettings *language, QWindow *window,
             QObject *parent = nullptr);
    ~TrayIcon() override;
    TrayIcon(const TrayIcon &) = delete;
    TrayIcon &operator=(const TrayIcon &) = delete;

    /// A tray exists here (and the application can show one).
    [[nodiscard]] static bool available();
    /// The icon is in the tray.
    [[nodiscard]] bool isShown() const { return m_icon != nullptr; }
    /// The page of the last message not opened yet; empty when there is none.
    [[nodiscard]] QString pendingPage() const { return m_pendingPage; }

    /// The user clicked the message: the window comes forward on its page.
    void openMessage();
    /// The user clicked the icon: the window comes forward (on the page of a message not
    /// opened yet, if any).
    void activate(QSystemTrayIcon::ActivationReason reason);

private:
    void showMessage(const QString &title, const QString &body, const QString &page);
    void raiseWindow();
    void retranslate();

    NotificationCentre *m_centre;
    LanguageSettings *m_language;
    QPointer<QWindow> m_window;
    QSystemTrayIcon *m_icon = nullptr;
    std::unique_ptr<QMenu> m_menu; // a widget: no QObject parent
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QString m_pendingPage;
};

} // namespace careportal
