// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/invoicesmodel.h"
#include "businessfixtures.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using namespace careportal::test;
using Status = ClientListModel::Status;

/// A business contact's account and session: kind and organisations kept and read back,
/// one organisation chosen at once, several asking "Selecteer organisatie", the switch
/// back, rights at the chosen one, and a client's account untouched by all of it.
class TestBusinessSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
    }

    void cleanup() { m_h.reset(); }

    void accountRoundTrip() {
        const Account account = businessAccount({kade(), haven()});
        const Account back = Account::fromJson(account.toJson());
        QCOMPARE(back.kind, Account::Kind::Business);
        QCOMPARE(back.organisations.size(), 2);
        QVERIFY(back.organisations.at(0) == kade());
        QVERIFY(back.organisations.at(1) == haven());
        QCOMPARE(back.toJson(), account.toJson());
        // An account cached by a version before business contacts is a client's.
        QJsonObject old = SessionHarness::account().toJson();
        old.remove(QStringLiteral("kind"));
        old.remove(QStringLiteral("organisations"));
        const Account client = Account::fromJson(old);
        QCOMPARE(client.kind, Account::Kind::Client);
        QVERIFY(client.organisations.isEmpty());
        QCOMPARE(client.clients.size(), 1);
    }

    void oneOrganisationIsChosenAtOnce() {
        logIn({kade()});
        Session &s = m_h->session;
        QCOMPARE(s.accountKind(), QStringLiteral("business"));
        QVERIFY(!s.business()->needsOrganisationChoice());
        QCOMPARE(s.business()->organisationId(), kKade);
        QCOMPARE(s.business()->organisationName(), QStringLiteral("Woonstichting De Kade"));
        QCOMPARE(s.business()->ownContactId(), QStringLiteral("contact-m"));
        QVERIFY(s.business()->administrator());
        QCOMPARE(s.rights(),
                 (QStringList{QStringLiteral("administrator"), QStringLiteral("portalUser"),
                              QStringLiteral("emailServices")}));
    }

    void twoOrganisationsNeedAChoice() {
        logIn({kade(), haven()});
        Session &s = m_h->session;
        QVERIFY(s.business()->needsOrganisationChoice());
        QVERIFY(s.business()->organisationId().isEmpty());
        QVERIFY(s.rights().isEmpty());
        QVERIFY(!s.business()->administrator());
        const QVariantList listed = s.business()->organisationsForQml(); // by name
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toMap().value(QStringLiteral("id")).toString(), kHaven);
        QCOMPARE(listed.at(1).toMap().value(QStringLiteral("administrator")).toBool(), true);

        QSignalSpy changed(&s, &Session::accountChanged);
        s.business()->chooseOrganisation(QStringLiteral("org-unknown"));
        QCOMPARE(changed.count(), 0);
        QVERIFY(s.business()->needsOrganisationChoice());
        s.business()->chooseOrganisation(kHaven);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.business()->organisationId(), kHaven);
        QCOMPARE(s.business()->ownContactId(), QStringLiteral("contact-m2"));
        QCOMPARE(s.rights(), QStringList{QStringLiteral("portalUser")});
        QVERIFY(!s.business()->administrator());
        s.business()->chooseOrganisation(kHaven); // the same again: nothing changes
        QCOMPARE(changed.count(), 1);
        s.business()->chooseOrganisation(kKade);
        QCOMPARE(changed.count(), 2);
        QVERIFY(s.business()->administrator());

        s.business()->switchOrganisation();
        QCOMPARE(changed.count(), 3);
        QVERIFY(s.business()->needsOrganisationChoice());
        QVERIFY(s.business()->organisationId().isEmpty());
    }

    void aClientAccountIsUnaffected() {
        QVERIFY(m_h->logIn());
        Session &s = m_h->session;
        QCOMPARE(s.accountKind(), QStringLiteral("client"));
        QVERIFY(s.business()->organisationsForQml().isEmpty());
        QVERIFY(!s.business()->needsOrganisationChoice());
        QVERIFY(s.business()->organisationId().isEmpty());
        QCOMPARE(s.rights(), ClientRef::allRights());
        s.business()->switchOrganisation();
        s.business()->chooseOrganisation(kKade);
        QVERIFY(s.business()->organisationId().isEmpty());
        // The business lists stay empty and ask nothing.
        InvoicesModel invoices(&m_h->session, &m_h->backend, &m_h->language);
        invoices.reload();
        QCOMPARE(invoices.status(), Status::Idle);
        QCOMPARE(m_h->backend.invoicesCall.count(), 0);
    }

private:
    void logIn(const QList<OrganisationLink> &organisations) {
        logInAsBusiness(*m_h, organisations);
    }

    std::unique_ptr<SessionHarness> m_h;
};

QTEST_MAIN(TestBusinessSession)
#include "tst_businesssession.moc"
