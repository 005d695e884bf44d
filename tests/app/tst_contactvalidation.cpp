// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactvalidation.h"

#include <QTest>

using careportal::ContactDetailKinds;
using careportal::ContactValidation;
using Issue = ContactValidation::Issue;

/// The checks the app and the server share for phone numbers, e-mail addresses and text.
class TestContactValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void phone_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("required");
        QTest::addColumn<int>("issue");
        const auto row = [](const char *name, const char *text, bool required, Issue issue) {
            QTest::newRow(name) << QString::fromUtf8(text) << required << static_cast<int>(issue);
        };
        row("mobile with dash", "06-12345678", true, Issue::None);
        row("mobile with spaces", "06 12 34 56 78", true, Issue::None);
        row("landline with area code", "020-1234567", true, Issue::None);
        row("area code in brackets", "(020) 123 4567", true, Issue::None);
        row("service number", "088 123 45 67", true, Issue::None);
        row("+31 without leading zero", "+31 6 12345678", true, Issue::None);
        row("0031 prefix", "0031612345678", true, Issue::None);
        row("+31 with too few digits", "+31 6 1234567", true, Issue::Phone);
        row("Belgian number", "+32 2 123 45 67", true, Issue::None);
        row("German mobile", "+49 151 23456789", true, Issue::None);
        row("too short", "06-123", true, Issue::Phone);
        row("eleven Dutch digits", "061234567890", true, Issue::Phone);
        row("letters", "bel mij", true, Issue::Phone);
        row("plus in the middle", "06+12345678", true, Issue::Phone);
        row("empty and required", "   ", true, Issue::Required);
        row("empty and optional", "", false, Issue::None);
        row("far too long", "0612345678 0612345678 0612345678 06", true, Issue::TooLong);
    }

    void phone() {
        QFETCH(QString, text);
        QFETCH(bool, required);
        QFETCH(int, issue);
        QCOMPARE(static_cast<int>(ContactValidation::checkPhone(text, required)), issue);
    }

    void email_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("issue");
        QTest::newRow("plain") << QStringLiteral("c.test@example.nl") << int(Issue::None);
        QTest::newRow("subdomain and plus")
            << QStringLiteral("a+b@mail.example.org") << int(Issue::None);
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  a@example.nl ") << int(Issue::None);
        QTest::newRow("accented domain") << QStringLiteral("zorg@café.nl") << int(Issue::None);
        QTest::newRow("no at") << QStringLiteral("example.nl") << int(Issue::Email);
        QTest::newRow("no domain") << QStringLiteral("jan@") << int(Issue::Email);
        QTest::newRow("no dot in domain") << QStringLiteral("jan@localhost") << int(Issue::Email);
        QTest::newRow("two ats") << QStringLiteral("a@b@example.nl") << int(Issue::Email);
        QTest::newRow("space inside")
            << QStringLiteral("jan jansen@example.nl") << int(Issue::Email);
        QTest::newRow("double dot") << QStringLiteral("jan..j@example.nl") << int(Issue::Email);
        QTest::newRow("empty") << QString() << int(Issue::None);
        QTest::newRow("too long") << (QString(250, QLatin1Char('a')) +
                                      QStringLiteral("@example.nl"))
                                  << int(Issue::TooLong);
    }

    void email() {
        QFETCH(QString, text);
        QFETCH(int, issue);
        QCOMPARE(static_cast<int>(ContactValidation::checkEmail(text, false)), issue);
    }

    void text() {
        QCOMPARE(ContactValidation::checkText(QStringLiteral(" x "), 1, true), Issue::None);
        QCOMPARE(ContactValidation::checkText(QStringLiteral("xy"), 1, true), Issue::TooLong);
        QCOMPARE(ContactValidation::checkText(QString(), 10, true), Issue::Required);
        QCOMPARE(ContactValidation::checkText(QStringLiteral("a\nb"), 10, false), Issue::None);
        QCOMPARE(ContactValidation::checkText(QStringLiteral("a\u0007b"), 10, false),
                 Issue::UnknownOption);
    }

    void kindDecidesTheCheck() {
        QCOMPARE(ContactDetailKinds::all().size(), 6);
        QCOMPARE(ContactDetailKinds::checkValue(QStringLiteral("email-private"),
                                                QStringLiteral("06-12345678")),
                 Issue::Email);
        QCOMPARE(ContactDetailKinds::checkValue(QStringLiteral("mobile-phone-private"),
                                                QStringLiteral("06-12345678")),
                 Issue::None);
        QCOMPARE(ContactDetailKinds::checkValue(QStringLiteral("fax"), QStringLiteral("x")),
                 Issue::UnknownOption);
    }

    void messagesInBothLanguages() {
        for (const Issue issue :
             {Issue::Required, Issue::TooLong, Issue::Phone, Issue::Email, Issue::UnknownOption}) {
            const QString nl = ContactValidation::message(issue, QStringLiteral("nl"), 5);
            const QString en = ContactValidation::message(issue, QStringLiteral("en"), 5);
            QVERIFY(!nl.isEmpty());
            QVERIFY(!en.isEmpty());
            QVERIFY(nl != en);
            QVERIFY(!ContactValidation::codeName(issue).isEmpty());
        }
        QVERIFY(ContactValidation::message(Issue::TooLong, QStringLiteral("nl"), 500)
                    .contains(QLatin1String("500")));
        QVERIFY(ContactValidation::message(Issue::None, QStringLiteral("nl")).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestContactValidation)
#include "tst_contactvalidation.moc"
