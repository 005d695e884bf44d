// One running CarePortal per user and data directory: a second start hands its link over.
#include "singleinstance.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUuid>

using careportal::SingleInstance;

namespace {
QString uniqueName() {
    return QDir::tempPath() + QStringLiteral("/careportal-test-") +
           QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

/// The second instance runs in its own thread: handOver() waits, as the real second
/// process does, while the first one's event loop answers.
class SecondStart : public QThread {
public:
    SecondStart(QString name, QByteArray message)
        : m_name(std::move(name))
        , m_message(std::move(message)) {}
    bool handedOver = false;

protected:
    void run() override { handedOver = SingleInstance(m_name).handOver(m_message); }

private:
    QString m_name;
    QByteArray m_message;
};

class TestSingleInstance : public QObject {
    Q_OBJECT

    struct Delivery {
        bool handedOver = false;
        QList<QByteArray> received;
    };

    /// A first instance listening and a second start handing it `message`.
    static Delivery deliver(const QByteArray &message) {
        const QString name = uniqueName();
        SingleInstance first(name);
        if (!first.listen())
            qFatal("the first instance cannot listen");
        QSignalSpy spy(&first, &SingleInstance::messageReceived);
        SecondStart second(name, message);
        second.start();
        // Refused messages are never received: wait for the second start to give up.
        while (!second.wait(10))
            QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        Delivery delivery;
        delivery.handedOver = second.handedOver;
        for (const QList<QVariant> &arguments : std::as_const(spy))
            delivery.received << arguments.first().toByteArray();
        return delivery;
    }

private Q_SLOTS:
    void secondStartHandsItsLinkOver() {
        const Delivery delivery = deliver("link careportal://reset-password?code=123456");
        QVERIFY(delivery.handedOver);
        QCOMPARE(delivery.received,
                 QList<QByteArray>{"link careportal://reset-password?code=123456"});
    }

    void somethingElseIsRefused() {
        const Delivery delivery = deliver("rm -rf /");
        QVERIFY(!delivery.handedOver);
        QVERIFY(delivery.received.isEmpty());
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

    void socketOfACrashedInstanceIsTakenOver() {
        const QString name = uniqueName();
        // A server that stops without removing its socket file, as a crash leaves it.
        {
            QLocalServer crashed;
            crashed.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(crashed.listen(name));
            const QString path = crashed.fullServerName();
            crashed.close();
            QFile stale(path);
            QVERIFY(stale.open(QIODevice::WriteOnly)); // the file stays behind
        }
        SingleInstance next(name);
        QVERIFY(next.listen());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
