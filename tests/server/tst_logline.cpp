// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logging/logline.h"

#include <QDateTime>
#include <QTest>
#include <ctime>

using namespace careportal::server;

/// LogLine writes what Qt's message pattern wrote before it, byte for byte: operators' and
/// tests' log readers must not notice that the server formats its own lines.
class TestLogLine : public QObject {
    Q_OBJECT

private:
    static constexpr const char *kPattern =
        "%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}: %{message}";
    static constexpr int kTimeLength = 23; // yyyy-MM-ddTHH:mm:ss.zzz

private Q_SLOTS:
    void initTestCase() {
        qputenv("TZ", "Europe/Amsterdam"); // both must agree on local time, DST included
        tzset();
        qSetMessagePattern(QString::fromLatin1(kPattern));
    }

    void theSameLineAsQtsPattern_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("category");
        QTest::addColumn<QString>("message");
        QTest::newRow("info") << int(QtInfoMsg) << QByteArray("careportal.http")
                              << QStringLiteral("127.0.0.1 GET /api/v1/organisation 200");
        QTest::newRow("debug") << int(QtDebugMsg) << QByteArray("careportal.db")
                               << QStringLiteral("ünïcödé %0a \"quoted\"");
        QTest::newRow("warning") << int(QtWarningMsg) << QByteArray("careportal.auth")
                                 << QStringLiteral("x");
        QTest::newRow("critical") << int(QtCriticalMsg) << QByteArray("careportal.tls")
                                  << QString();
        QTest::newRow("no category") << int(QtWarningMsg) << QByteArray() << QStringLiteral("y");
    }

    void theSameLineAsQtsPattern() {
        QFETCH(int, type);
        QFETCH(QByteArray, category);
        QFETCH(QString, message);
        const char *name = category.isNull() ? "default" : category.constData();
        const QMessageLogContext context(nullptr, 0, nullptr, name);
        const auto msgType = static_cast<QtMsgType>(type);
        const QString qt = qFormatLogMessage(msgType, context, message) + u'\n';
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const QString ours = QString::fromLocal8Bit(LogLine::format(
            msgType, category.isNull() ? nullptr : category.constData(), message,
            static_cast<std::time_t>(nowMs / 1000), static_cast<int>(nowMs % 1000)));
        QCOMPARE(ours.mid(kTimeLength), qt.mid(kTimeLength));
        // The time: the same shape, and the same local second unless one just ticked over.
        const auto parse = [](const QString &line) {
            return QDateTime::fromString(line.left(kTimeLength),
                                         QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
        };
        QVERIFY(parse(ours).isValid());
        QVERIFY(qAbs(parse(ours).msecsTo(parse(qt))) < 1000);
    }

    void localTimeAcrossDaylightSaving() {
        // 2026-03-29 00:59:59 UTC is 01:59:59 CET; a second later it is 03:00:00 CEST.
        const QDateTime before = QDateTime(QDate(2026, 3, 29), QTime(0, 59, 59), Qt::UTC);
        for (const QDateTime &utc : {before, before.addSecs(1)}) {
            const std::string line =
                LogLine::format(QtInfoMsg, "c", QStringLiteral("m"),
                                static_cast<std::time_t>(utc.toSecsSinceEpoch()), 7);
            QCOMPARE(QString::fromStdString(line),
                     utc.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
                         QStringLiteral(".007 c info: m\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogLine)
#include "tst_logline.moc"
