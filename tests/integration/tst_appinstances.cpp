// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The real app started several times at once on one data directory, as a double click on
// a launcher does: one CarePortal runs, the other starts hand over and exit. Another data
// directory is another instance.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <vector>

namespace {
constexpr int kStarts = 3;

std::unique_ptr<QProcess> startApp(const QString &profile, const QString &dataDir) {
    auto app = std::make_unique<QProcess>();
    app->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app->start(QStringLiteral(CAREPORTAL_APP_BINARY),
               {QStringLiteral("--profile"), profile, QStringLiteral("--data-dir"), dataDir,
                QStringLiteral("--lang"), QStringLiteral("nl")});
    return app;
}
} // namespace

class TestAppInstances : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // An organisation whose server is not there: the app starts offline all the same.
        m_profile = m_dir.filePath(QStringLiteral("profile.json"));
        QFile profile(m_profile);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("serverUrl"), QStringLiteral("https://127.0.0.1:9")},
                    {QStringLiteral("organisationName"), QStringLiteral("Thuiszorg De Linde")},
                })
                .toJson());
    }

    void startsAtOnceLeaveOneRunning() {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        auto &apps = m_apps;
        for (int i = 0; i < kStarts; ++i)
            apps.push_back(startApp(m_profile, data));
        for (const auto &app : apps)
            QVERIFY(app->waitForStarted());

        // All but one hand over and end, with exit code 0.
        QTRY_COMPARE_WITH_TIMEOUT(runningCount(apps), 1, 60000);
        for (const auto &app : apps) {
            if (app->state() == QProcess::NotRunning) {
                QCOMPARE(app->exitStatus(), QProcess::NormalExit);
                QCOMPARE(app->exitCode(), 0);
            }
        }
        // And the one left keeps running: it was not a start that failed.
        QTest::qWait(2000);
        QCOMPARE(runningCount(apps), 1);

        // A later start on the same data hands over too.
        QProcess &later = *apps.emplace_back(startApp(m_profile, data));
        QVERIFY(later.waitForFinished(30000));
        QCOMPARE(later.exitCode(), 0);

        // Another data directory is another CarePortal.
        QProcess &other =
            *apps.emplace_back(startApp(m_profile, m_dir.filePath(QStringLiteral("other"))));
        QVERIFY(!other.waitForFinished(5000));
        QCOMPARE(runningCount(apps), 2);
    }

    // Whatever a failed check left running is ended here, not by the test's time-out.
    void cleanup() {
        for (const auto &app : m_apps)
            stop(*app);
        m_apps.clear();
    }

private:
    static int runningCount(const std::vector<std::unique_ptr<QProcess>> &apps) {
        return int(std::count_if(apps.cbegin(), apps.cend(), [](const auto &app) {
            return app->state() != QProcess::NotRunning;
        }));
    }

    static void stop(QProcess &app) {
        if (app.state() == QProcess::NotRunning)
            return;
        app.terminate();
        if (!app.waitForFinished(10000))
            app.kill();
    }

    QTemporaryDir m_dir;
    QString m_profile;
    std::vector<std::unique_ptr<QProcess>> m_apps;
};

QTEST_GUILESS_MAIN(TestAppInstances)
#include "tst_appinstances.moc"
