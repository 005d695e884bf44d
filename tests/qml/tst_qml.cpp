// Runs the tst_*.qml files against the real CarePortal QML module, with a real
// AppController talking to a real careportal-server on loopback. Built twice: as tst_qml,
// and with CAREPORTAL_QML_KIOSK as tst_qml_kiosk (the app as a care home's kiosk).
#include "appcontroller.h"
#include "fakeidleclock.h"
#include "serverprocess.h"

#include <QAccessible>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(CarePortalPlugin)

using careportal::AppController;
using careportal::test::ServerProcess;

/// What a page test may ask of the server behind it, as the staff would: run an admin
/// task, read the code of the newest text message in the outbox.
class TestServer : public QObject {
    Q_OBJECT
public:
    explicit TestServer(const ServerProcess &server)
        : m_server(server) {}

    Q_INVOKABLE int admin(const QStringList &arguments) const { return m_server.admin(arguments); }
    /// What the task printed ("" when it failed).
    Q_INVOKABLE QString adminOutput(const QStringList &arguments) const {
        QString output;
        return m_server.admin(arguments, &output) == 0 ? output : QString();
    }
    Q_INVOKABLE QString newestSmsCode(const QString &phone) const {
        return m_server.newestSmsCode(phone);
    }

private:
    const ServerProcess &m_server;
};

/// What a screen reader is told about an item: its accessible name and role, read through
/// the same QAccessibleInterface the platform bridge (AT-SPI) uses.
class TestAccessibility : public QObject {
    Q_OBJECT
public:
    /// The name; for a masked password field (Qt 6.4 reports no name for one) the name of
    /// the group around it, which screen readers announce on entering the field.
    Q_INVOKABLE QString nameOf(QObject *item) const {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        if (!iface)
            return {};
        QAccessibleInterface *group = iface->parent();
        if (iface->state().passwordEdit && group && group->role() == QAccessible::Grouping)
            return group->text(QAccessible::Name);
        return iface->text(QAccessible::Name);
    }
    Q_INVOKABLE int roleOf(QObject *item) const {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        return iface ? int(iface->role()) : int(QAccessible::NoRole);
    }
};

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() {
        // As when a screen reader runs: controls fill in their accessible names.
        QAccessible::setActive(true);
        if (!m_server.start())
            qFatal("careportal-server did not start: %s", qPrintable(m_server.standardError()));
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
        qmlRegisterSingletonInstance("CarePortalTest", 1, 0, "TestServer", &m_testServer);
        qmlRegisterSingletonInstance("CarePortalTest", 1, 0, "TestAccessibility",
                                     &m_testAccessibility);
        qmlRegisterType<careportal::test::FakeIdleClock>("CarePortalTest", 1, 0, "FakeIdleClock");
    }

    void cleanupTestCase() {
        m_app.reset();
        m_server.stop();
    }

private:
    ServerProcess m_server;
    TestServer m_testServer{m_server};
    TestAccessibility m_testAccessibility;
    std::unique_ptr<AppController> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(careportal_qml, Setup)

#include "tst_qml.moc"
