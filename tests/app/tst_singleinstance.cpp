// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// One running CarePortal per user and data directory: a second start hands its link over.
#include "app/singleinstance.h"

#include <QDir>
#include <QEventLoop>
#include <QFileOpenEvent>
#include <QLockFile>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <memory>
#include <vector>

using careportal::SingleInstance;

namespace {
QString uniqueName() {
    return QDir::tempPath() + QStringLiteral("/careportal-test-") +
           QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

/// The second instance runs in its own thread: start() waits, as the real second
/// process does, while the first one's event loop answers.
class SecondStart : public QThread {
public:
    SecondStart(QString name, QByteArray message)
        : m_name(std::move(name))
        , m_message(std::move(message)) {}
    SingleInstance::Start result = SingleInstance::Start::Alone;

protected:
    void run() override { result = SingleInstance(m_name).start(m_message, 3000); }

private:
    QString m_name;
    QByteArray m_message;
};

/// One of several starts let go at the same moment. Whichever becomes the first instance
/// answers the others from this thread's event loop until all of them have handed over.
class StartAtOnce : public QThread {
public:
    StartAtOnce(QString name, QSemaphore &gate, int others)
        : m_name(std::move(name))
        , m_gate(gate)
        , m_others(others) {}
    SingleInstance::Start result = SingleInstance::Start::Alone;
    int received = 0;

protected:
    void run() override {
        m_gate.acquire();
        SingleInstance instance(m_name);
        result = instance.start("open");
        if (result != SingleInstance::Start::First)
            return;
        QEventLoop loop;
        QObject::connect(&instance, &SingleInstance::messageReceived, &loop, [&] {
            if (++received == m_others)
                loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }

private:
    QString m_name;
    QSemaphore &m_gate;
    int m_others;
};

class TestSingleInstance : public QObject {
    Q_OBJECT

    struct Delivery {
        SingleInstance::Start result = SingleInstance::Start::Alone;
        QList<QByteArray> received;
    };

    /// A first instance listening and a second start handing it `message`.
    static Delivery deliver(const QByteArray &message) {
        const QString name = uniqueName();
        SingleInstance first(name);
        if (first.start("open") != SingleInstance::Start::First)
            qFatal("the first instance cannot start");
        QSignalSpy spy(&first, &SingleInstance::messageReceived);
        SecondStart second(name, message);
        second.start();
        // Refused messages are never received: wait for the second start to give up.
        while (!second.wait(10))
            QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        Delivery delivery;
        delivery.result = second.result;
        for (const QList<QVariant> &arguments : std::as_const(spy))
            delivery.received << arguments.first().toByteArray();
        return delivery;
    }

private Q_SLOTS:
    void secondStartHandsItsLinkOver() {
        const Delivery delivery = deliver("link careportal://reset-password?code=123456");
        QCOMPARE(delivery.result, SingleInstance::Start::HandedOver);
        QCOMPARE(delivery.received,
                 QList<QByteArray>{"link careportal://reset-password?code=123456"});
    }

    void somethingElseIsRefused() {
        const Delivery delivery = deliver("rm -rf /");
        QCOMPARE(delivery.result, SingleInstance::Start::Refused);
        QVERIFY(delivery.received.isEmpty());
    }

    void aMessageBeforeAnyoneListensIsKept() {
        // The first instance is still in the organisation chooser: nothing is connected yet.
        const QString name = uniqueName();
        SingleInstance first(name);
        QCOMPARE(first.start("open"), SingleInstance::Start::First);
        SecondStart second(name, "link careportal://reset-password?code=654321");
        second.start();
        while (!second.wait(10))
            QCoreApplication::processEvents();
        QCOMPARE(second.result, SingleInstance::Start::HandedOver);

        // The app connects once its window is there, and gets the link then, once.
        QSignalSpy received(&first, &SingleInstance::messageReceived);
        QVERIFY(received.wait(2000));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toByteArray(),
                 QByteArray("link careportal://reset-password?code=654321"));
        QSignalSpy later(&first, &SingleInstance::messageReceived);
        QTest::qWait(100);
        QCOMPARE(later.count(), 0);
    }

    void aLinkOpenedByTheSystemIsAMessage() {
        // macOS: a clicked careportal:// link reaches the running app as a QFileOpenEvent.
        const QString name = uniqueName();
        SingleInstance running(name);
        QCOMPARE(running.start("open"), SingleInstance::Start::First);
        running.takeLinkEvents();
        QSignalSpy received(&running, &SingleInstance::messageReceived);
        QFileOpenEvent link(QUrl(QStringLiteral("careportal://reset-password?code=112233")));
        QVERIFY(QCoreApplication::sendEvent(QCoreApplication::instance(), &link));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toByteArray(),
                 QByteArray("link careportal://reset-password?code=112233"));

        // A file, or another scheme, is not a link for CarePortal: left to the application.
        QFileOpenEvent file(QStringLiteral("/tmp/planning.ics"));
        QVERIFY(!QCoreApplication::sendEvent(QCoreApplication::instance(), &file));
        QFileOpenEvent web(QUrl(QStringLiteral("https://example.nl/")));
        QVERIFY(!QCoreApplication::sendEvent(QCoreApplication::instance(), &web));
        QCOMPARE(received.count(), 1);
    }

    void aRunningInstanceThatDoesNotAnswerIsNotJoined() {
        // Another instance holds the lock (it runs) but never answers: hung, or far too
        // slow. This start gives up rather than run a second CarePortal on the same data.
        const QString name = uniqueName();
        QLockFile running(name + QStringLiteral(".lock"));
        QVERIFY(running.tryLock(0));
        SingleInstance second(name);
        QCOMPARE(second.start("open", 500), SingleInstance::Start::NoAnswer);
    }

    void inTheUsersRuntimeDirectory() {
        const QString name = SingleInstance::nameFor(QStringLiteral("/tmp/a"));
        QVERIFY2(name.startsWith(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
                                 u'/'),
                 qPrintable(name));
    }

    void aloneNobodyTakesIt() {
        const SingleInstance only(uniqueName());
        QVERIFY(!only.handOver("open", 500));
    }

    void otherDataDirectoryIsAnotherInstance() {
        QVERIFY(SingleInstance::nameFor(QStringLiteral("/tmp/a")) !=
                SingleInstance::nameFor(QStringLiteral("/tmp/b")));
        QCOMPARE(SingleInstance::nameFor(QStringLiteral("/tmp/a")),
                 SingleInstance::nameFor(QStringLiteral("/tmp/a/")));
    }

    void startsAtTheSameMomentMakeOneInstance() {
        // A double click on a launcher starts two at once; here eight, many times over.
        constexpr int kStarts = 8;
        for (int round = 0; round < 20; ++round) {
            const QString name = uniqueName();
            QSemaphore gate;
            std::vector<std::unique_ptr<StartAtOnce>> starts;
            for (int i = 0; i < kStarts; ++i) {
                starts.push_back(std::make_unique<StartAtOnce>(name, gate, kStarts - 1));
                starts.back()->start();
            }
            gate.release(kStarts);
            int first = 0;
            int handedOver = 0;
            int received = 0;
            for (const auto &start : starts) {
                QVERIFY(start->wait(30000));
                first += start->result == SingleInstance::Start::First ? 1 : 0;
                handedOver += start->result == SingleInstance::Start::HandedOver ? 1 : 0;
                received += start->received;
            }
            QCOMPARE(first, 1);
            QCOMPARE(handedOver, kStarts - 1);
            QCOMPARE(received, kStarts - 1);
        }
    }

    void lockAndSocketOfACrashedInstanceAreTakenOver() {
        const QString name = uniqueName();
        leaveSocketBehind(name);
        // And its lock file, naming a process that has ended.
        QProcess ended;
        ended.start(QStringLiteral("true"), {});
        QVERIFY(ended.waitForStarted());
        const qint64 deadPid = ended.processId();
        QVERIFY(ended.waitForFinished());
        QFile lock(name + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\ncareportal\n" +
                   QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();

        SingleInstance next(name);
        QCOMPARE(next.start("open", 500), SingleInstance::Start::First);
        qint64 holder = 0;
        QVERIFY(QLockFile(name + QStringLiteral(".lock")).getLockInfo(&holder, nullptr, nullptr));
        QCOMPARE(holder, QCoreApplication::applicationPid());
    }

    void socketOfACrashedInstanceIsTakenOver() {
        const QString name = uniqueName();
        leaveSocketBehind(name);
        SingleInstance next(name);
        QCOMPARE(next.start("open", 500), SingleInstance::Start::First);
    }

    void theLockGoesWithTheInstance() {
        const QString name = uniqueName();
        {
            SingleInstance first(name);
            QCOMPARE(first.start("open"), SingleInstance::Start::First);
        }
        QVERIFY(!QFile::exists(name + QStringLiteral(".lock")));
        SingleInstance next(name);
        QCOMPARE(next.start("open", 500), SingleInstance::Start::First);
    }

private:
    // A server that stops without removing its socket file, as a crash leaves it.
    static void leaveSocketBehind(const QString &name) {
        QLocalServer crashed;
        crashed.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(crashed.listen(name));
        const QString path = crashed.fullServerName();
        crashed.close();
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly)); // the file stays behind
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
