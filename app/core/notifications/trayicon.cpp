// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notifications/trayicon.h"

#include "notifications/notificationcentre.h"
#include "settings/languagesettings.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QWindow>
#include <utility>

namespace careportal {

Q_LOGGING_CATEGORY(lcNotifications, "careportal.notifications")

namespace {
constexpr int kMessageMs = 10000;
} // namespace

TrayIcon::TrayIcon(NotificationCentre *centre, LanguageSettings *language, QWindow *window,
                   QObject *parent)
    : QObject(parent)
    , m_centre(centre)
    , m_language(language)
    , m_window(window) {
    connect(m_centre, &NotificationCentre::notify, this, &TrayIcon::showMessage);
    if (!available()) {
        qCDebug(lcNotifications) << "No system tray here: notifications are not shown.";
        return;
    }
    m_menu = std::make_unique<QMenu>();
    m_openAction = m_menu->addAction(QString());
    connect(m_openAction, &QAction::triggered, this, &TrayIcon::raiseWindow);
    m_quitAction = m_menu->addAction(QString());
    connect(m_quitAction, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/careportal.svg")), this);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openMessage);
    connect(m_icon, &QSystemTrayIcon::activated, this, &TrayIcon::activate);
    connect(m_language, &LanguageSettings::codeChanged, this, &TrayIcon::retranslate);
    retranslate();
    m_icon->show();
}

TrayIcon::~TrayIcon() {
    delete m_icon; // before its menu
}

bool TrayIcon::available() {
    return qobject_cast<QApplication *>(QCoreApplication::instance()) &&
           QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::retranslate() {
    m_openAction->setText(tr("CarePortal openen"));
    m_quitAction->setText(tr("Afsluiten"));
    m_icon->setToolTip(QStringLiteral("CarePortal"));
}

void TrayIcon::showMessage(const QString &title, const QString &body, const QString &page) {
    m_pendingPage = page;
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, body, m_icon->icon(), kMessageMs);
}

void TrayIcon::openMessage() {
    raiseWindow();
    const QString page = std::exchange(m_pendingPage, QString());
    if (!page.isEmpty())
        m_centre->openPage(page);
}

void TrayIcon::activate(QSystemTrayIcon::ActivationReason reason) {
    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
        openMessage();
}

void TrayIcon::raiseWindow() {
    if (!m_window)
        return;
    m_window->setWindowStates(m_window->windowStates() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

} // namespace careportal
