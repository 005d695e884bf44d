// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `careportal-server admin set-branding` against the real binary: the organisation's colours
// and logo as GET /organisation then serves them, every bad option named with nothing
// changed, and "none" for the app's neutral look.
#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

class TestAdminBranding : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;

    int admin(const QStringList &arguments, QString *output = nullptr) {
        return m_server.admin(arguments, output);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.standardError())); }

    void setBrandingChangesWhatTheOrganisationServes() {
        const auto branding = [this] {
            HttpsJsonClient client(m_server);
            const auto reply = client.get(QStringLiteral("/organisation"));
            return reply.json.value(QLatin1String("branding")).toObject();
        };
        QCOMPARE(branding().value(QLatin1String("primaryColor")).toString(),
                 QStringLiteral("#1B6E8A"));

        QTemporaryDir dir;
        const QString logoPath = dir.filePath(QStringLiteral("logo.svg"));
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>";
        QFile logo(logoPath);
        QVERIFY(logo.open(QIODevice::WriteOnly) && logo.write(svg) == svg.size());
        logo.close();
        QString output;
        QCOMPARE(admin({QStringLiteral("set-branding"), QStringLiteral("--primary-color"),
                        QStringLiteral("#6b2c5f"), QStringLiteral("--logo-file"), logoPath},
                       &output),
                 0);
        QVERIFY2(output.contains(QLatin1String("primary #6B2C5F\taccent #F2A541")),
                 qPrintable(output));
        QJsonObject served = branding();
        QCOMPARE(served.value(QLatin1String("primaryColor")).toString(), QStringLiteral("#6B2C5F"));
        QCOMPARE(served.value(QLatin1String("accentColor")).toString(), QStringLiteral("#F2A541"));
        QCOMPARE(QByteArray::fromBase64(served.value(QLatin1String("logo"))
                                            .toObject()
                                            .value(QLatin1String("data"))
                                            .toString()
                                            .toLatin1()),
                 svg);

        // Every mistake named, nothing changed.
        QCOMPARE(admin({QStringLiteral("set-branding"), QStringLiteral("--primary-color"),
                        QStringLiteral("purple"), QStringLiteral("--logo-file"),
                        dir.filePath(QStringLiteral("missing.svg"))},
                       &output),
                 2);
        QVERIFY2(output.contains(QLatin1String("--primary-color must be #RRGGBB or none")),
                 qPrintable(output));
        QVERIFY(output.contains(QLatin1String("--logo-file: cannot read")));
        QCOMPARE(admin({QStringLiteral("set-branding")}, &output), 2);
        QCOMPARE(branding().value(QLatin1String("primaryColor")).toString(),
                 QStringLiteral("#6B2C5F"));

        // none: the app's neutral look, so the fields are not served at all.
        QCOMPARE(
            admin({QStringLiteral("set-branding"), QStringLiteral("--primary-color"),
                   QStringLiteral("none"), QStringLiteral("--accent-color"), QStringLiteral("none"),
                   QStringLiteral("--logo-file"), QStringLiteral("none")}),
            0);
        QCOMPARE(branding(), QJsonObject());
    }
};

QTEST_GUILESS_MAIN(TestAdminBranding)
#include "tst_adminbranding.moc"
