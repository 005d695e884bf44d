// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Which client a request came from behind a front proxy: X-Forwarded-For is believed only
// from the proxies the organisation names, and only as far as those proxies wrote it.

#include "http/trustedproxies.h"

#include <QTest>

using careportal::server::TrustedProxies;

class TrustedProxiesTest : public QObject {
    Q_OBJECT

private:
    static TrustedProxies proxies(const QStringList &entries) {
        QString error;
        auto parsed = TrustedProxies::parse(entries, &error);
        if (!parsed)
            qFatal("%s", qPrintable(error));
        return *parsed;
    }

private slots:
    void parsesAddressesAndNetworks_data() {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<bool>("valid");
        QTest::newRow("none") << QStringList{} << true;
        QTest::newRow("IPv4") << QStringList{"127.0.0.1"} << true;
        QTest::newRow("IPv6") << QStringList{"::1"} << true;
        QTest::newRow("networks") << QStringList{"10.0.0.0/8", "fd00::/8"} << true;
        QTest::newRow("comma list") << QStringList{"127.0.0.1, 192.0.2.0/24"} << true;
        QTest::newRow("host name") << QStringList{"proxy.example.nl"} << false;
        QTest::newRow("prefix too long") << QStringList{"10.0.0.0/33"} << false;
        QTest::newRow("prefix not a number") << QStringList{"10.0.0.0/eight"} << false;
        QTest::newRow("empty prefix") << QStringList{"10.0.0.0/"} << false;
        QTest::newRow("one bad among good") << QStringList{"127.0.0.1", "10.0.0.300"} << false;
    }
    void parsesAddressesAndNetworks() {
        QFETCH(QStringList, entries);
        QFETCH(bool, valid);
        QString error;
        const auto parsed = TrustedProxies::parse(entries, &error);
        QCOMPARE(parsed.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            QVERIFY2(error.contains(QStringLiteral("--trusted-proxy")), qPrintable(error));
    }

    void matchesNetworks_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("the address itself") << "127.0.0.1" << true;
        QTest::newRow("another loopback address") << "127.0.0.2" << false;
        QTest::newRow("inside /12") << "172.31.255.1" << true;
        QTest::newRow("just outside /12") << "172.32.0.1" << false;
        QTest::newRow("inside IPv6 /48") << "2001:db8:1:ffff::9" << true;
        QTest::newRow("outside IPv6 /48") << "2001:db8:2::9" << false;
        QTest::newRow("IPv4-mapped IPv6") << "::ffff:127.0.0.1" << true;
        QTest::newRow("not an address") << "unknown" << false;
    }
    void matchesNetworks() {
        QFETCH(QString, address);
        QFETCH(bool, trusted);
        const auto list = proxies({"127.0.0.1", "172.16.0.0/12", "2001:db8:1::/48"});
        QCOMPARE(list.contains(address.toStdString()), trusted);
    }

    void findsTheClient_data() {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("forwardedFor");
        QTest::addColumn<QString>("client");
        // From anyone but a trusted proxy the header is the sender's own claim.
        QTest::newRow("untrusted peer's header ignored") << "198.51.100.7"
                                                         << "203.0.113.9"
                                                         << "198.51.100.7";
        QTest::newRow("trusted proxy without header") << "127.0.0.1"
                                                      << ""
                                                      << "127.0.0.1";
        QTest::newRow("trusted proxy names the client") << "127.0.0.1"
                                                        << "203.0.113.9"
                                                        << "203.0.113.9";
        // A client that sends its own X-Forwarded-For gets the proxy's entry appended.
        QTest::newRow("client's forged entry skipped") << "127.0.0.1"
                                                       << "192.0.2.66, 203.0.113.9"
                                                       << "203.0.113.9";
        QTest::newRow("two trusted proxies in a row") << "127.0.0.1"
                                                      << "203.0.113.9, 10.1.2.3"
                                                      << "203.0.113.9";
        QTest::newRow("all hops trusted: the first") << "127.0.0.1"
                                                     << "10.9.9.9, 10.1.2.3"
                                                     << "10.9.9.9";
        QTest::newRow("IPv6 client") << "127.0.0.1"
                                     << "2001:db8::7"
                                     << "2001:db8::7";
        QTest::newRow("IPv6 in brackets with port") << "127.0.0.1"
                                                    << "[2001:db8::7]:51234"
                                                    << "2001:db8::7";
        QTest::newRow("IPv4 with port") << "127.0.0.1"
                                        << "203.0.113.9:51234"
                                        << "203.0.113.9";
        QTest::newRow("spaces and tabs") << "127.0.0.1"
                                         << " \t203.0.113.9 "
                                         << "203.0.113.9";
        // What a proxy wrote must be an address; anything else is believed not at all.
        QTest::newRow("garbage from the proxy") << "127.0.0.1"
                                                << "unknown"
                                                << "127.0.0.1";
        QTest::newRow("garbage behind a client entry") << "127.0.0.1"
                                                       << "203.0.113.9, <script>"
                                                       << "127.0.0.1";
        QTest::newRow("empty entry") << "127.0.0.1"
                                     << "203.0.113.9,"
                                     << "127.0.0.1";
    }
    void findsTheClient() {
        QFETCH(QString, peer);
        QFETCH(QString, forwardedFor);
        QFETCH(QString, client);
        const auto list = proxies({"127.0.0.1", "10.0.0.0/8"});
        QCOMPARE(QString::fromStdString(
                     list.clientAddress(peer.toStdString(), forwardedFor.toStdString())),
                 client);
    }

    void noProxiesBelievesNoHeader() {
        const auto none = proxies({});
        QVERIFY(none.empty());
        QCOMPARE(none.clientAddress("127.0.0.1", "203.0.113.9"), std::string("127.0.0.1"));
    }
};

QTEST_APPLESS_MAIN(TrustedProxiesTest)
#include "tst_trustedproxies.moc"
