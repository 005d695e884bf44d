// Runs the tst_*.qml files against the real CarePortal QML module, with a real
// AppController talking to a real careportal-server on loopback. Built twice: as tst_qml,
// and with CAREPORTAL_QML_KIOSK as tst_qml_kiosk (the app as a care home's kiosk).
#include "app/appcontroller.h"
#include "serverprocess.h"
#include "testserver.h"

#include <QAccessible>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(CarePortalPlugin)
// The test's own types (TestServer, TestAccessibility, FakeIdleClock): see CMakeLists.txt.
Q_IMPORT_QML_PLUGIN(CarePortalTestPlugin)

using careportal::AppController;
using careportal::test::ServerProcess;
using careportal::test::TestServer;

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() {
        // As when a screen reader runs: controls fill in their accessible names.
        QAccessible::setActive(true);
        if (!m_server.start())
            qFatal("careportal-server did not start: %s", qPrintable(m_server.standardError()));
        TestServer::use(&m_server);
        AppController::Options options;
        options.profile.serverUrl = m_server.baseUrl();
        options.profile.organisationName = QStringLiteral("Thuiszorg De Linde");
        options.profile.fingerprint = m_server.fingerprint();
        options.cachePath = QStringLiteral(":memory:");
        options.language = QStringLiteral("nl");
#ifdef CAREPORTAL_QML_KIOSK
        options.profile.kiosk = true;
        options.profile.idleLogoutMinutes = 2;
#endif
        m_app = std::make_unique<AppController>(options);
        m_app->start();
    }

    void qmlEngineAvailable(QQmlEngine *engine) {
        // Qt 6.4 does not search the resource root for QML modules yet.
        engine->addImportPath(QStringLiteral("qrc:/"));
    }

    void cleanupTestCase() {
        m_app.reset();
        m_server.stop();
    }

private:
    ServerProcess m_server;
    std::unique_ptr<AppController> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(careportal_qml, Setup)

#include "tst_qml.moc"
