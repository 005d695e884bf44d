// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passwordpolicy.h"

#include <QJsonObject>
#include <QTest>

using careportal::PasswordPolicy;
using Rule = PasswordPolicy::Rule;

Q_DECLARE_METATYPE(careportal::PasswordPolicy::Rule)

/// The portal password rules (seed 000) that the app checks live and the server enforces.
class TestPasswordPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void violations_data();
    void violations();
    void questionMarkIsNotSpecial();
    void satisfiesSingleRules_data();
    void satisfiesSingleRules();
    void ruleCodes_data();
    void ruleCodes();
    void rulesFollowPolicy();
    void jsonRoundTrip();
    void jsonMissingKeysKeepDefaults();
    void jsonCustomPolicyChangesRules();
};

namespace {

QStringList codes(const QList<Rule> &rules) {
    QStringList result;
    for (const Rule rule : rules)
        result.append(PasswordPolicy::ruleCode(rule));
    return result;
}

} // namespace

void TestPasswordPolicy::defaults() {
    const PasswordPolicy policy = PasswordPolicy::portalDefault();
    QCOMPARE(policy.minLength, 8);
    QCOMPARE(policy.requireUppercase, true);
    QCOMPARE(policy.requireDigit, true);
    QCOMPARE(policy.requireSpecial, true);
    QCOMPARE(policy.forbiddenCharacters, QStringLiteral("?"));
    // The checklist order of the portals.
    QCOMPARE(codes(policy.rules()),
             (QStringList{QStringLiteral("min-length"), QStringLiteral("uppercase"),
                          QStringLiteral("special"), QStringLiteral("digit"),
                          QStringLiteral("forbidden-character")}));
}

void TestPasswordPolicy::violations_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("expected");

    const QString minLength = QStringLiteral("min-length");
    const QString uppercase = QStringLiteral("uppercase");
    const QString digit = QStringLiteral("digit");
    const QString special = QStringLiteral("special");
    const QString forbidden = QStringLiteral("forbidden-character");

    QTest::newRow("seed example") << QStringLiteral("Axxicom!2022") << QStringList();
    QTest::newRow("exactly 8") << QStringLiteral("Abcdef!1") << QStringList();
    QTest::newRow("star and hash count") << QStringLiteral("Abcd*#12") << QStringList();
    QTest::newRow("too short") << QStringLiteral("kort!1A") << QStringList{minLength};
    QTest::newRow("no upper-case") << QStringLiteral("geenhoofdletter!1") << QStringList{uppercase};
    QTest::newRow("no digit") << QStringLiteral("Wachtwoord!") << QStringList{digit};
    QTest::newRow("no special") << QStringLiteral("Wachtwoord12") << QStringList{special};
    QTest::newRow("question mark")
        << QStringLiteral("Wachtwoord?12") << QStringList{special, forbidden};
    QTest::newRow("question mark beside special")
        << QStringLiteral("Wachtwoord!?12") << QStringList{forbidden};
    QTest::newRow("space is not special")
        << QStringLiteral("Wacht woord12") << QStringList{special};
    QTest::newRow("empty") << QString() << QStringList{minLength, uppercase, special, digit};
    QTest::newRow("everything wrong")
        << QStringLiteral("ab?") << QStringList{minLength, uppercase, special, digit, forbidden};
}

void TestPasswordPolicy::violations() {
    QFETCH(QString, password);
    QFETCH(QStringList, expected);
    const PasswordPolicy policy = PasswordPolicy::portalDefault();
    QCOMPARE(codes(policy.violations(password)), expected);
    QCOMPARE(policy.accepts(password), expected.isEmpty());
}

void TestPasswordPolicy::questionMarkIsNotSpecial() {
    const PasswordPolicy policy = PasswordPolicy::portalDefault();
    QCOMPARE(policy.satisfies(Rule::Special, QStringLiteral("?")), false);
    QCOMPARE(policy.satisfies(Rule::Special, QStringLiteral("!")), true);
    QCOMPARE(policy.satisfies(Rule::NoForbiddenCharacter, QStringLiteral("abc?")), false);
    QCOMPARE(policy.satisfies(Rule::NoForbiddenCharacter, QStringLiteral("abc!")), true);
}

void TestPasswordPolicy::satisfiesSingleRules_data() {
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("expected");

    QTest::newRow("length 7") << Rule::MinLength << QStringLiteral("1234567") << false;
    QTest::newRow("length 8") << Rule::MinLength << QStringLiteral("12345678") << true;
    QTest::newRow("upper present") << Rule::Uppercase << QStringLiteral("abcD") << true;
    QTest::newRow("upper absent") << Rule::Uppercase << QStringLiteral("abcd!1") << false;
    QTest::newRow("upper accented") << Rule::Uppercase << QStringLiteral("\u00c9cole") << true;
    QTest::newRow("digit present") << Rule::Digit << QStringLiteral("abc7") << true;
    QTest::newRow("digit absent") << Rule::Digit << QStringLiteral("abcd!") << false;
    QTest::newRow("special hash") << Rule::Special << QStringLiteral("abc#") << true;
    QTest::newRow("special star") << Rule::Special << QStringLiteral("abc*") << true;
    QTest::newRow("special absent") << Rule::Special << QStringLiteral("Abc123") << false;
}

void TestPasswordPolicy::satisfiesSingleRules() {
    QFETCH(Rule, rule);
    QFETCH(QString, password);
    QFETCH(bool, expected);
    QCOMPARE(PasswordPolicy::portalDefault().satisfies(rule, password), expected);
}

void TestPasswordPolicy::ruleCodes_data() {
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("code");
    QTest::newRow("min") << Rule::MinLength << QStringLiteral("min-length");
    QTest::newRow("upper") << Rule::Uppercase << QStringLiteral("uppercase");
    QTest::newRow("digit") << Rule::Digit << QStringLiteral("digit");
    QTest::newRow("special") << Rule::Special << QStringLiteral("special");
    QTest::newRow("forbidden") << Rule::NoForbiddenCharacter
                               << QStringLiteral("forbidden-character");
}

void TestPasswordPolicy::ruleCodes() {
    QFETCH(Rule, rule);
    QFETCH(QString, code);
    QCOMPARE(PasswordPolicy::ruleCode(rule), code);
}

void TestPasswordPolicy::rulesFollowPolicy() {
    PasswordPolicy policy;
    policy.requireUppercase = false;
    policy.requireSpecial = false;
    policy.forbiddenCharacters.clear();
    QCOMPARE(codes(policy.rules()),
             (QStringList{QStringLiteral("min-length"), QStringLiteral("digit")}));
    QCOMPARE(policy.accepts(QStringLiteral("alllower1?")), true);
    QCOMPARE(codes(policy.violations(QStringLiteral("short"))),
             (QStringList{QStringLiteral("min-length"), QStringLiteral("digit")}));
}

void TestPasswordPolicy::jsonRoundTrip() {
    PasswordPolicy policy;
    policy.minLength = 12;
    policy.requireUppercase = false;
    policy.requireDigit = true;
    policy.requireSpecial = false;
    policy.forbiddenCharacters = QStringLiteral("?%");

    const QJsonObject json = policy.toJson();
    QCOMPARE(json.value(QLatin1String("minLength")).toInt(), 12);
    QCOMPARE(json.value(QLatin1String("requireUppercase")).toBool(true), false);
    QCOMPARE(json.value(QLatin1String("requireDigit")).toBool(false), true);
    QCOMPARE(json.value(QLatin1String("requireSpecial")).toBool(true), false);
    QCOMPARE(json.value(QLatin1String("forbiddenCharacters")).toString(), QStringLiteral("?%"));

    const PasswordPolicy back = PasswordPolicy::fromJson(json);
    QCOMPARE(back.minLength, 12);
    QCOMPARE(back.requireUppercase, false);
    QCOMPARE(back.requireDigit, true);
    QCOMPARE(back.requireSpecial, false);
    QCOMPARE(back.forbiddenCharacters, QStringLiteral("?%"));
    QCOMPARE(back.toJson(), json);
}

void TestPasswordPolicy::jsonMissingKeysKeepDefaults() {
    const PasswordPolicy empty = PasswordPolicy::fromJson({});
    QCOMPARE(empty.toJson(), PasswordPolicy::portalDefault().toJson());

    const PasswordPolicy partial =
        PasswordPolicy::fromJson(QJsonObject{{QLatin1String("minLength"), 10}});
    QCOMPARE(partial.minLength, 10);
    QCOMPARE(partial.requireUppercase, true);
    QCOMPARE(partial.requireDigit, true);
    QCOMPARE(partial.requireSpecial, true);
    QCOMPARE(partial.forbiddenCharacters, QStringLiteral("?"));
}

void TestPasswordPolicy::jsonCustomPolicyChangesRules() {
    const PasswordPolicy policy = PasswordPolicy::fromJson(
        QJsonObject{{QLatin1String("minLength"), 4},
                    {QLatin1String("requireSpecial"), false},
                    {QLatin1String("forbiddenCharacters"), QStringLiteral("")}});
    QCOMPARE(policy.accepts(QStringLiteral("Ab1?")), true);
    QCOMPARE(codes(policy.violations(QStringLiteral("ab1"))),
             (QStringList{QStringLiteral("min-length"), QStringLiteral("uppercase")}));
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
