// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/demobusiness.h"
#include "demo/minimalpdf.h"
#include "storage/accountstore.h"
#include "storage/businessinvoicestore.h"
#include "storage/businessprojectstore.h"
#include "storage/businessstore.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal::server;

namespace {

AccountRecord account(const QString &id, const QString &username) {
    return {id,
            username,
            QStringLiteral("hash"),
            QStringLiteral(""),
            QStringLiteral("A."),
            QStringLiteral("Bakker"),
            QStringLiteral("A. Bakker"),
            false};
}

BusinessContactRecord contact(const QString &id, const QString &customerId,
                              const QString &accountId, const BusinessRights &rights) {
    BusinessContactRecord c;
    c.id = id;
    c.customerId = customerId;
    c.accountId = accountId;
    c.firstName = QStringLiteral("Anne");
    c.prefix = QStringLiteral("de");
    c.surname = QStringLiteral("Vries");
    c.functionCode = QStringLiteral("221");
    c.birthDate = QDate(1980, 5, 17);
    c.gender = QStringLiteral("vrouw");
    c.rights = rights;
    return c;
}

BusinessInvoiceLine line(qint64 amountCents, int vatPercent) {
    return {QStringLiteral("Uren"),        1, amountCents, amountCents, vatPercent,
            amountCents * vatPercent / 100};
}

} // namespace

/// The business-customer tables of schema step 21 (seed 004) and their stores.
class TestBusinessStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // An account made before step 21 becomes a client-portal account.
        const QString path = m_dir.filePath(QStringLiteral("business.sqlite"));
        Database older(path);
        QSqlDatabase connection = older.connection();
        QString error;
        QVERIFY2(Migrations::runUpTo(connection, Migrations::latestVersion() - 1, &error),
                 qPrintable(error));
        QVERIFY(AccountStore(older).insertAccount(
            account(QStringLiteral("old"), QStringLiteral("old@example.nl"))));
        QVERIFY2(Migrations::run(connection, &error), qPrintable(error));
        QCOMPARE(BusinessStore(older).accountKind(QStringLiteral("old")), QStringLiteral("client"));
        m_db = std::make_unique<Database>(path);
        QVERIFY2(m_db->initialise(&error), qPrintable(error));
    }

    void customersAndContactsPerAccount() {
        BusinessStore store(*m_db);
        QVERIFY(store.insertCustomer({QStringLiteral("org-x"),
                                      QStringLiteral("Woonstichting X"),
                                      QStringLiteral("Kade 1"),
                                      QStringLiteral("1011 AA"),
                                      QStringLiteral("Amsterdam"),
                                      {},
                                      QStringLiteral("99999901"),
                                      QStringLiteral("020-0000001"),
                                      {},
                                      {}}));
        QVERIFY(store.insertCustomer({QStringLiteral("org-y"),
                                      QStringLiteral("Gemeente Y"),
                                      {},
                                      {},
                                      {},
                                      {},
                                      {},
                                      {},
                                      {},
                                      {}}));
        QVERIFY(store.insertBusinessAccount(
            account(QStringLiteral("acc-1"), QStringLiteral("anne@example.nl")),
            contact(QStringLiteral("c-1"), QStringLiteral("org-x"), QStringLiteral("acc-1"),
                    {true, true, false, false})));
        QCOMPARE(store.accountKind(QStringLiteral("acc-1")), QStringLiteral("business"));
        QVERIFY(store.insertContact(contact(QStringLiteral("c-2"), QStringLiteral("org-y"),
                                            QStringLiteral("acc-1"), {false, true, true, true})));
        // One contact row per account and customer.
        QVERIFY(!store.insertContact(
            contact(QStringLiteral("c-3"), QStringLiteral("org-y"), QStringLiteral("acc-1"), {})));
        // A contact without a login.
        QVERIFY(
            store.insertContact(contact(QStringLiteral("c-4"), QStringLiteral("org-x"), {}, {})));

        const auto mine = store.contactsOfAccount(QStringLiteral("acc-1"));
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).second, QStringLiteral("Gemeente Y"));
        QVERIFY(mine.at(0).first.rights.allProjects);
        QCOMPARE(mine.at(1).first.customerId, QStringLiteral("org-x"));
        QVERIFY(mine.at(1).first.rights.administrator);
        QCOMPARE(mine.at(1).first.birthDate, QDate(1980, 5, 17));
        QCOMPARE(mine.at(1).first.displayName(), QStringLiteral("Anne de Vries"));

        QVERIFY(store.contactOfAccount(QStringLiteral("acc-1"), QStringLiteral("org-x")));
        QVERIFY(!store.contactOfAccount(QStringLiteral("old"), QStringLiteral("org-x")));
        QVERIFY(store.contact(QStringLiteral("org-x"), QStringLiteral("c-4")));
        QVERIFY(!store.contact(QStringLiteral("org-y"), QStringLiteral("c-4")));
        QCOMPARE(store.contacts(QStringLiteral("org-x")).size(), 2);
        QCOMPARE(store.customer(QStringLiteral("org-x"))->kvkNumber, QStringLiteral("99999901"));
        QCOMPARE(store.customers().size(), 2);

        const auto functions = store.functions();
        QCOMPARE(functions.size(), 6);
        QCOMPARE(functions.first().code, QStringLiteral("200"));
        QCOMPARE(functions.first().labelNl, QStringLiteral("Administratief medewerker"));
    }

    void projectsMembersAndQuestions() {
        BusinessProjectStore store(*m_db);
        BusinessProjectRecord project;
        project.id = QStringLiteral("p-1");
        project.customerId = QStringLiteral("org-x");
        project.name = QStringLiteral("Kade Noord");
        project.leadName = QStringLiteral("Mirjam Zorgmanager");
        project.startDate = QDate(2026, 1, 1);
        QVERIFY(store.insertProject(project));
        project.id = QStringLiteral("p-2");
        project.name = QStringLiteral("Aan de Haven");
        QVERIFY(store.insertProject(project));
        QVERIFY(store.addMember(QStringLiteral("p-1"), QStringLiteral("c-1")));
        QVERIFY(store.addMember(QStringLiteral("p-1"), QStringLiteral("c-1")));
        QCOMPARE(store.projects(QStringLiteral("org-x")).size(), 2);
        QCOMPARE(store.projects(QStringLiteral("org-x")).first().name,
                 QStringLiteral("Aan de Haven"));
        QCOMPARE(store.projectsOfMember(QStringLiteral("org-x"), QStringLiteral("c-1")).size(), 1);
        QVERIFY(store.isMember(QStringLiteral("p-1"), QStringLiteral("c-1")));
        QVERIFY(!store.isMember(QStringLiteral("p-2"), QStringLiteral("c-1")));
        QVERIFY(!store.project(QStringLiteral("org-y"), QStringLiteral("p-1")));
        QCOMPARE(store.project(QStringLiteral("org-x"), QStringLiteral("p-1"))->startDate,
                 QDate(2026, 1, 1));

        const QDateTime asked = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(store.insertQuestion({QStringLiteral("q-1"),
                                      QStringLiteral("p-1"),
                                      QStringLiteral("c-1"),
                                      QStringLiteral("Wanneer start de "
                                                     "nachtdienst?"),
                                      asked,
                                      {},
                                      {},
                                      {},
                                      {}}));
        QCOMPARE(store.openQuestions().size(), 1);
        QVERIFY(store.answeredQuestions(QStringLiteral("c-1")).isEmpty());
        QVERIFY(!store.markRead(QStringLiteral("q-1"), asked));
        QVERIFY(store.answer(QStringLiteral("q-1"), QStringLiteral("Op 1 maart."),
                             QStringLiteral("Mirjam"), asked.addSecs(3600)));
        QVERIFY(!store.answer(QStringLiteral("q-1"), QStringLiteral("Nog eens"), {}, asked));
        QVERIFY(store.openQuestions().isEmpty());
        auto answered = store.answeredQuestions(QStringLiteral("c-1"));
        QCOMPARE(answered.size(), 1);
        QVERIFY(!answered.first().readAt.isValid());
        const QDateTime first = asked.addSecs(7200);
        QVERIFY(store.markRead(QStringLiteral("q-1"), first));
        QVERIFY(store.markRead(QStringLiteral("q-1"), first.addSecs(60)));
        QCOMPARE(store.question(QStringLiteral("q-1"))->readAt.toSecsSinceEpoch(),
                 first.toSecsSinceEpoch());
    }

    void invoicesOpenFirstWithTotals() {
        BusinessInvoiceStore store(*m_db);
        BusinessInvoiceRecord invoice;
        invoice.id = QStringLiteral("i-1");
        invoice.customerId = QStringLiteral("org-x");
        invoice.number = QStringLiteral("2026-0001");
        invoice.invoiceDate = QDate(2026, 1, 31);
        invoice.dueDate = QDate(2026, 3, 2);
        invoice.paidOn = QDate(2026, 2, 20);
        invoice.lines = {line(10000, 21), line(5000, 9)};
        QVERIFY(store.insertInvoice(invoice, QByteArrayLiteral("%PDF-1.4 test")));
        QVERIFY(!store.insertInvoice(invoice, {})); // the number is taken
        invoice.id = QStringLiteral("i-2");
        invoice.number = QStringLiteral("2026-0002");
        invoice.invoiceDate = QDate(2026, 2, 28);
        invoice.dueDate = QDate(2026, 3, 30);
        invoice.paidOn = {};
        invoice.lines = {line(20000, 21)};
        QVERIFY(store.insertInvoice(invoice, {}));

        const auto all = store.invoices(QStringLiteral("org-x"), false);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).number, QStringLiteral("2026-0002")); // open first
        QVERIFY(!all.at(0).paid());
        QCOMPARE(all.at(1).amountCents, 15000);
        QCOMPARE(all.at(1).vatCents, 2100 + 450);
        QCOMPARE(all.at(1).totalCents(), 17550);
        QVERIFY(all.at(1).hasPdf);
        QVERIFY(!all.at(0).hasPdf);
        QCOMPARE(store.invoices(QStringLiteral("org-x"), true).size(), 1);
        QVERIFY(store.invoices(QStringLiteral("org-y"), false).isEmpty());

        const auto detail = store.invoice(QStringLiteral("org-x"), QStringLiteral("i-1"));
        QVERIFY(detail);
        QCOMPARE(detail->lines.size(), 2);
        QCOMPARE(detail->lines.at(1).vatPercent, 9);
        QVERIFY(!store.invoice(QStringLiteral("org-y"), QStringLiteral("i-1")));
        QCOMPARE(store.pdf(QStringLiteral("org-x"), QStringLiteral("i-1")),
                 QByteArrayLiteral("%PDF-1.4 test"));
        QVERIFY(store.pdf(QStringLiteral("org-y"), QStringLiteral("i-1")).isEmpty());
        QVERIFY(store.setPaid(QStringLiteral("i-2"), QDate(2026, 3, 3)));
        QVERIFY(store.invoices(QStringLiteral("org-x"), true).isEmpty());
    }

    void minimalPdfHasExactOffsets() {
        const QByteArray pdf = MinimalPdf::page(
            QStringLiteral("Factuur (test)"),
            {QStringLiteral("Bedrag: € 12,50 \\ btw"), QStringLiteral("Rotterdam – Zuid")});
        QVERIFY(pdf.startsWith("%PDF-1.4\n"));
        QVERIFY(pdf.endsWith("%%EOF\n"));
        QVERIFY(pdf.contains("(Factuur \\(test\\))"));
        const qsizetype start = pdf.lastIndexOf("startxref\n") + 10;
        const qsizetype xref = pdf.mid(start, pdf.indexOf('\n', start) - start).toLongLong();
        QVERIFY(pdf.mid(xref).startsWith("xref\n0 6\n"));
        // Each entry of the table points at its object.
        static const QRegularExpression entry(QStringLiteral("(\\d{10}) 00000 n "));
        auto entries = entry.globalMatch(QString::fromLatin1(pdf.mid(xref)));
        int object = 0;
        while (entries.hasNext()) {
            const qsizetype offset = entries.next().captured(1).toLongLong();
            QVERIFY(pdf.mid(offset).startsWith(QByteArray::number(++object) + " 0 obj"));
        }
        QCOMPARE(object, 5);
        // And a real reader agrees, where poppler-utils is installed.
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            return;
        QFile file(m_dir.filePath(QStringLiteral("minimal.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess info;
        info.start(pdfinfo, {file.fileName()});
        QVERIFY(info.waitForFinished(10000));
        const QString output =
            QString::fromUtf8(info.readAllStandardOutput() + info.readAllStandardError());
        QCOMPARE(info.exitCode(), 0);
        QVERIFY2(output.contains(QStringLiteral("Pages:           1")), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("Syntax Error")), qPrintable(output));
    }

    void demoBusinessSeedsOnce() {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("demo.sqlite")));
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        AccountStore accounts(db);
        BusinessStore business(db);
        BusinessProjectStore projects(db);
        BusinessInvoiceStore invoices(db);
        DemoBusiness demo(accounts, business, projects, invoices);
        const QDate today(2026, 12, 7);
        QCOMPARE(demo.seedIfMissing(today), std::optional<bool>(true));
        QCOMPARE(demo.seedIfMissing(today), std::optional<bool>(false));
        // De Kade, and the municipality where its beheerder is a medewerker too (by name).
        const auto customers = business.customers();
        QCOMPARE(customers.size(), 2);
        QCOMPARE(customers.first().name, QStringLiteral("Gemeente Havenstad, afdeling Wmo"));
        const QString id = customers.last().id;
        QCOMPARE(customers.last().name, QStringLiteral("Woonstichting De Kade"));
        const auto contacts = business.contacts(id);
        QCOMPARE(contacts.size(), 3);
        int administrators = 0;
        int logins = 0;
        for (const BusinessContactRecord &c : contacts) {
            administrators += c.rights.administrator ? 1 : 0;
            logins += c.accountId.isEmpty() ? 0 : 1;
        }
        QCOMPARE(administrators, 1);
        QCOMPARE(logins, DemoBusiness::logins().size());
        QCOMPARE(projects.projects(id).size(), 3);
        const auto all = invoices.invoices(id, false);
        QCOMPARE(all.size(), 5);
        QCOMPARE(invoices.invoices(id, true).size(), 2);
        for (const BusinessInvoiceRecord &invoice : all) {
            QVERIFY(invoice.hasPdf);
            QVERIFY(invoices.pdf(id, invoice.id).startsWith("%PDF-1.4"));
        }
        const QString second = customers.first().id;
        const auto there = business.contacts(second);
        QCOMPARE(there.size(), 1);
        QVERIFY(!there.first().accountId.isEmpty()); // the same login as at De Kade
        QVERIFY(!there.first().rights.administrator);
        QVERIFY(there.first().rights.portalUser);
        QCOMPARE(business.contactsOfAccount(there.first().accountId).size(), 2);
        QCOMPARE(projects.projects(second).size(), 1);
        QVERIFY(invoices.invoices(second, false).isEmpty());
    }

    // A demo database of the version before the second customer gets it at the next start.
    void demoBusinessAddsTheSecondCustomerToAnOlderDemo() {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("demo.sqlite")));
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        AccountStore accounts(db);
        BusinessStore business(db);
        BusinessProjectStore projects(db);
        BusinessInvoiceStore invoices(db);
        DemoBusiness demo(accounts, business, projects, invoices);
        const QDate today(2026, 12, 7);
        QCOMPARE(demo.seedIfMissing(today), std::optional<bool>(true));
        QSqlQuery remove(db.connection());
        QVERIFY(remove.exec(
            QStringLiteral("DELETE FROM business_customers WHERE id = 'demo-business-havenstad'")));
        QCOMPARE(business.customers().size(), 1);
        QCOMPARE(demo.seedIfMissing(today), std::optional<bool>(true));
        QCOMPARE(business.customers().size(), 2);
        QCOMPARE(demo.seedIfMissing(today), std::optional<bool>(false));
    }
};

QTEST_GUILESS_MAIN(TestBusinessStore)
#include "tst_businessstore.moc"
