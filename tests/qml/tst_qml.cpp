// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the tst_*.qml files against the real CarePortal QML module, with a real
// AppComposition talking to a real careportal-server on loopback. Built twice: as tst_qml,
// and with CAREPORTAL_QML_KIOSK as tst_qml_kiosk (the app as a care home's kiosk).
#include "app/appcomposition.h"
#include "app/appservices.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "dossier/dossierfeature.h"
#include "kiosk/idlemonitor.h"
#include "notifications/notificationcentre.h"
#include "organisations/organisationbranding.h"
#include "outbox/outbox.h"
#include "qmlwarningguard.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "serverprocess.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"
#include "testserver.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(CarePortalPlugin)
// The test's own types (TestServer, TestAccessibility, FakeIdleClock): see CMakeLists.txt.
Q_IMPORT_QML_PLUGIN(CarePortalTestPlugin)

using careportal::AppComposition;
using careportal::test::QmlWarningGuard;
using careportal::test::ServerProcess;
using careportal::test::TestServer;

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() {
        // As when a screen reader runs: controls fill in their accessible names.
        QAccessible::setActive(true);
        // As the launcher does: "Over CarePortal" shows it.
        QCoreApplication::setApplicationVersion(QStringLiteral("0.0-test"));
        // A QML warning (a binding loop, a polish loop, an error in a binding) fails the
        // test that caused it; ignoreWarning() still expects one.
        QmlWarningGuard::install();
        if (!m_server.start())
            qFatal("careportal-server did not start: %s", qPrintable(m_server.standardError()));
        TestServer::use(&m_server);
        AppComposition::Options options;
        options.profile.serverUrl = m_server.baseUrl();
        options.profile.organisationName = QStringLiteral("Thuiszorg De Linde");
        options.profile.fingerprint = m_server.fingerprint();
        options.cachePath = QStringLiteral(":memory:");
        options.language = QStringLiteral("nl");
#ifdef CAREPORTAL_QML_KIOSK
        options.profile.kiosk = true;
        options.profile.idleLogoutMinutes = 2;
#endif
        m_app = std::make_unique<AppComposition>(options);
        m_app->start();
    }

    void qmlEngineAvailable(QQmlEngine *engine) {
        // Qt 6.4 does not search the resource root for QML modules yet.
        engine->addImportPath(QStringLiteral("qrc:/"));
        QmlWarningGuard::watch(engine);
    }

    void cleanupTestCase() {
        m_app.reset();
        m_server.stop();
    }

private:
    ServerProcess m_server;
    std::unique_ptr<AppComposition> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(careportal_qml, Setup)

#include "tst_qml.moc"
