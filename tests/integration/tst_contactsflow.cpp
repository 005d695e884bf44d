// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Mijn contactdetails and Contactpersonen end to end: the client core's models against the
// real careportal-server over TLS on loopback, checked against what the server stored.
#include "app/appcomposition.h"
#include "app/appservices.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "contacts/contactdetailsmodel.h"
#include "contacts/contactpersonsmodel.h"
#include "dossier/dossierfeature.h"
#include "httpsjsonclient.h"
#include "kiosk/idlemonitor.h"
#include "loggedinapp.h"
#include "notifications/notificationcentre.h"
#include "organisations/organisationbranding.h"
#include "outbox/outbox.h"
#include "requests/contactrequestsmodel.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "serverprocess.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace careportal;
using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;
using Status = ClientListModel::Status;

namespace {
constexpr int timeoutMs = 20000;
const QString kClient = QStringLiteral("client-j-voorbeeld");
} // namespace

class ContactsFlowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        QVERIFY(m_dataDir.isValid());
        m_app = test::startLoggedIn(m_server, m_dataDir, QStringLiteral("j.voorbeeld@example.nl"));
        QVERIFY(m_app);
        HttpsJsonClient client(m_server);
        m_serverToken =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!m_serverToken.isEmpty());
    }

    void contactDetailsRoundTrip() {
        ContactDetailsModel *details = m_app->client()->contactDetails();
        details->reload();
        QTRY_COMPARE_WITH_TIMEOUT(details->status(), Status::Ready, timeoutMs);
        QCOMPARE(details->rowCount(), 1);

        QSignalSpy saved(details, &ClientListModel::saved);
        details->save({}, QStringLiteral("email-private"), QStringLiteral("j@example.nl"),
                      QStringLiteral("Liever mailen"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, timeoutMs);
        QCOMPARE(details->rowCount(), 2);
        const QString id = details->data(details->index(1), ContactDetailsModel::IdRole).toString();
        QCOMPARE(serverDetails().size(), 2);

        details->remove(id);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, timeoutMs);
        QCOMPARE(details->rowCount(), 1);
        QCOMPARE(serverDetails().size(), 1);
    }

    void serverFieldErrorsReachTheForm() {
        ContactDetailsModel *details = m_app->client()->contactDetails();
        QSignalSpy failed(details, &ClientListModel::saveFailed);
        // The app's own check would stop this; the server must say the same.
        details->save({}, QStringLiteral("mobile-phone"), QStringLiteral("06-12"), {});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);
        const QVariantMap fields = failed.at(0).at(0).toMap();
        QVERIFY(fields.value(QStringLiteral("value"))
                    .toString()
                    .startsWith(QLatin1String("Dit is geen geldig telefoonnummer")));
        QCOMPARE(details->rowCount(), 1);
        QCOMPARE(serverDetails().size(), 1);
    }

    void contactPersonsWithOnePrimary() {
        ContactPersonsModel *persons = m_app->client()->contactPersons();
        persons->reload();
        QTRY_COMPARE_WITH_TIMEOUT(persons->status(), Status::Ready, timeoutMs);
        QCOMPARE(persons->rowCount(), 1);
        QVERIFY(persons->types().size() >= 6);

        QSignalSpy saved(persons, &ClientListModel::saved);
        persons->save({{QStringLiteral("name"), QStringLiteral("B. Buur")},
                       {QStringLiteral("phone1"), QStringLiteral("06-11223344")},
                       {QStringLiteral("type"), QStringLiteral("kennis")},
                       {QStringLiteral("primary"), true}});
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, timeoutMs);
        QCOMPARE(persons->rowCount(), 2);
        QString newId;
        for (int row = 0; row < persons->rowCount(); ++row) {
            if (persons->data(persons->index(row), ContactPersonsModel::NameRole).toString() ==
                QLatin1String("B. Buur"))
                newId = persons->data(persons->index(row), ContactPersonsModel::IdRole).toString();
        }
        QVERIFY(!newId.isEmpty());
        QVERIFY(persons->person(newId).value(QStringLiteral("primary")).toBool());
        QVERIFY(!persons->person(QStringLiteral("demo-cp-3"))
                     .value(QStringLiteral("primary"))
                     .toBool());

        // What the server holds agrees with the model.
        HttpsJsonClient client(m_server);
        const QJsonArray stored =
            client.get(QStringLiteral("/clients/%1/contact-persons").arg(kClient), m_serverToken)
                .json.value(QLatin1String("items"))
                .toArray();
        int primaries = 0;
        for (const auto &item : stored)
            primaries += item.toObject().value(QLatin1String("primary")).toBool() ? 1 : 0;
        QCOMPARE(primaries, 1);

        persons->remove(newId);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, timeoutMs);
        QCOMPARE(persons->rowCount(), 1);
    }

    // The scripted demo path: the client asks, staff answers with the admin tool, the client
    // sees "Afgerond" with the reply after a refresh.
    void contactRequestAnsweredByStaff() {
        ContactRequestsModel *requests = m_app->client()->contactRequests();
        requests->reload();
        QTRY_COMPARE_WITH_TIMEOUT(requests->status(), Status::Ready, timeoutMs);
        QCOMPARE(requests->rowCount(), 10); // the first page of 12 demo requests
        QVERIFY(requests->hasMore());
        requests->loadMore();
        QTRY_COMPARE_WITH_TIMEOUT(requests->rowCount(), 12, timeoutMs);
        QVERIFY(!requests->hasMore());

        QSignalSpy saved(requests, &ClientListModel::saved);
        requests->save({}, QStringLiteral("planning"),
                       QStringLiteral("Komt de hulp op 2e kerstdag?"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, timeoutMs);
        const QString id =
            requests->data(requests->index(0), ContactRequestsModel::IdRole).toString();
        QCOMPARE(
            requests->data(requests->index(0), ContactRequestsModel::StatusTextRole).toString(),
            QStringLiteral("Openstaand"));

        QCOMPARE(m_server.admin({QStringLiteral("answer-request"), QStringLiteral("--id"), id,
                                 QStringLiteral("--staff"), QStringLiteral("Marloes (planning)"),
                                 QStringLiteral("--answer"),
                                 QStringLiteral("Ja, Eva komt om 13:30 uur.")}),
                 0);

        // The cached list shows at once; the server's answer then replaces it.
        requests->reload();
        QTRY_COMPARE_WITH_TIMEOUT(
            requests->request(id).value(QStringLiteral("statusText")).toString(),
            QStringLiteral("Afgerond"), timeoutMs);
        const QVariantMap seen = requests->request(id);
        QCOMPARE(seen.value(QStringLiteral("answer")).toString(),
                 QStringLiteral("Ja, Eva komt om 13:30 uur."));
        QCOMPARE(seen.value(QStringLiteral("answeredBy")).toString(),
                 QStringLiteral("Marloes (planning)"));
        QCOMPARE(seen.value(QStringLiteral("answeredText")).toString(),
                 // The organisation's date (Amsterdam), not the test machine's: they
                 // differ around midnight.
                 QDateTime::currentDateTimeUtc()
                     .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
                     .date()
                     .toString(QStringLiteral("dd-MM-yyyy")));

        // Answered: the client can no longer change or delete it; the model says why.
        QSignalSpy failed(requests, &ClientListModel::saveFailed);
        requests->remove(id);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("al afgehandeld")));
        QVERIFY(!requests->request(id).isEmpty());
    }

    // Issue 27: "Nieuwe reacties op uw contactverzoeken" came back on Home after every new
    // login though the answer had been opened. Opened once, it stays read: the server keeps
    // the account's read marker, so a logout (which wipes the app's cache) and a new login
    // bring it back as read, while it stays new for another account of the same client.
    void anOpenedAnswerStaysReadAfterANewLogin() {
        ContactRequestsModel *requests = m_app->client()->contactRequests();
        const auto newAnswerIds = [requests] {
            QStringList ids;
            for (const QVariant &answer : requests->newAnswers())
                ids.append(answer.toMap().value(QStringLiteral("requestId")).toString());
            return ids;
        };
        requests->reload();
        QTRY_COMPARE_WITH_TIMEOUT(requests->status(), Status::Ready, timeoutMs);
        // The answer staff gave in contactRequestAnsweredByStaff is new.
        QTRY_VERIFY_WITH_TIMEOUT(!newAnswerIds().isEmpty(), timeoutMs);
        const QString id = newAnswerIds().first();

        requests->markSeen(id); // the detail page was opened
        QVERIFY(!newAnswerIds().contains(id));
        HttpsJsonClient client(m_server);
        const QString path = QStringLiteral("/clients/%1/contact-requests/%2").arg(kClient, id);
        QTRY_VERIFY_WITH_TIMEOUT(client.get(path, m_serverToken)
                                         .json.value(QLatin1String("answerReadAt"))
                                         .toString()
                                         .size() > 0,
                                 timeoutMs);

        m_app->session()->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::LoggedOut, timeoutMs);
        m_app->session()->login(QStringLiteral("j.voorbeeld@example.nl"),
                                QStringLiteral("Welkom!2026"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::LoggedIn, timeoutMs);
        requests->reload();
        QTRY_COMPARE_WITH_TIMEOUT(requests->status(), Status::Ready, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!requests->request(id).isEmpty(), timeoutMs);
        QVERIFY2(!newAnswerIds().contains(id), "read before this login, and still read");

        // The legal representative of the same client has not opened it.
        const QString representative = client.login(
            QStringLiteral("r.vertegenwoordiger@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!representative.isEmpty());
        QVERIFY(!client.get(path, representative).json.contains(QLatin1String("answerReadAt")));
    }

    void logoutForgetsEverything() {
        m_app->session()->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::LoggedOut, timeoutMs);
        QCOMPARE(m_app->client()->contactDetails()->rowCount(), 0);
        QCOMPARE(m_app->client()->contactPersons()->rowCount(), 0);
        QCOMPARE(m_app->client()->contactRequests()->rowCount(), 0);
        QVERIFY(!m_app->client()->contactRequests()->hasMore());
    }

    void cleanupTestCase() {
        m_app.reset();
        m_server.stop();
    }

private:
    QJsonArray serverDetails() {
        HttpsJsonClient client(m_server);
        return client.get(QStringLiteral("/clients/%1/contact-details").arg(kClient), m_serverToken)
            .json.value(QLatin1String("items"))
            .toArray();
    }

    ServerProcess m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<AppComposition> m_app;
    QString m_serverToken;
};

QTEST_MAIN(ContactsFlowTest)
#include "tst_contactsflow.moc"
