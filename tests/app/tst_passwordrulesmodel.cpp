// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/passwordrulesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using careportal::PasswordPolicy;
using careportal::PasswordRulesModel;

/// The live password checklist of the change-password screen.
class TestPasswordRulesModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void portalDefaultRules();
    void satisfiedFollowsPassword_data();
    void satisfiedFollowsPassword();
    void dataChangedOnTyping();
    void policyChangeResetsRows();

private:
    static QStringList column(const PasswordRulesModel &model, int role);
};

QStringList TestPasswordRulesModel::column(const PasswordRulesModel &model, int role) {
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.data(model.index(row), role).toString());
    return result;
}

void TestPasswordRulesModel::portalDefaultRules() {
    PasswordRulesModel model; // no AppComposition: the portal default policy
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(column(model, PasswordRulesModel::TextRole),
             (QStringList{QStringLiteral("Minimaal 8 tekens"), QStringLiteral("Een hoofdletter"),
                          QStringLiteral("Een speciaal teken zoals ! * #"),
                          QStringLiteral("Een cijfer"), QStringLiteral("Geen ?")}));
    QCOMPARE(model.roleNames().value(PasswordRulesModel::TextRole), QByteArrayLiteral("ruleText"));
    QCOMPARE(model.roleNames().value(PasswordRulesModel::SatisfiedRole),
             QByteArrayLiteral("satisfied"));
    QCOMPARE(model.password(), QString());
    QCOMPARE(model.allSatisfied(), false);
    // An empty password already has no forbidden character.
    QCOMPARE(column(model, PasswordRulesModel::SatisfiedRole),
             (QStringList{QStringLiteral("false"), QStringLiteral("false"), QStringLiteral("false"),
                          QStringLiteral("false"), QStringLiteral("true")}));
}

void TestPasswordRulesModel::satisfiedFollowsPassword_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QList<bool>>("satisfied"); // length, upper, special, digit, no "?"
    QTest::addColumn<bool>("all");
    QTest::newRow("seed example") << QStringLiteral("Axxicom!2022")
                                  << QList<bool>{true, true, true, true, true} << true;
    QTest::newRow("too short") << QStringLiteral("kort!1A")
                               << QList<bool>{false, true, true, true, true} << false;
    QTest::newRow("no upper-case") << QStringLiteral("geenhoofdletter!1")
                                   << QList<bool>{true, false, true, true, true} << false;
    QTest::newRow("no digit") << QStringLiteral("Wachtwoord!")
                              << QList<bool>{true, true, true, false, true} << false;
    QTest::newRow("no special") << QStringLiteral("Wachtwoord12")
                                << QList<bool>{true, true, false, true, true} << false;
    QTest::newRow("question mark")
        << QStringLiteral("Wachtwoord?12") << QList<bool>{true, true, false, true, false} << false;
}

void TestPasswordRulesModel::satisfiedFollowsPassword() {
    QFETCH(QString, password);
    QFETCH(QList<bool>, satisfied);
    QFETCH(bool, all);
    PasswordRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPassword(password);
    QList<bool> actual;
    for (int row = 0; row < model.rowCount(); ++row)
        actual.append(model.data(model.index(row), PasswordRulesModel::SatisfiedRole).toBool());
    QCOMPARE(actual, satisfied);
    QCOMPARE(model.allSatisfied(), all);
    QCOMPARE(model.password(), password);
}

void TestPasswordRulesModel::dataChangedOnTyping() {
    PasswordRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy passwordChanged(&model, &PasswordRulesModel::passwordChanged);

    model.setPassword(QStringLiteral("A"));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(passwordChanged.count(), 1);
    const QList<QVariant> arguments = dataChanged.first();
    QCOMPARE(arguments.at(0).toModelIndex(), model.index(0));
    QCOMPARE(arguments.at(1).toModelIndex(), model.index(4));
    QCOMPARE(arguments.at(2).value<QList<int>>(), QList<int>{PasswordRulesModel::SatisfiedRole});
    QCOMPARE(model.data(model.index(1), PasswordRulesModel::SatisfiedRole).toBool(), true);
    QCOMPARE(model.allSatisfied(), false);

    model.setPassword(QStringLiteral("A")); // unchanged: no signals
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(passwordChanged.count(), 1);

    model.setPassword(QStringLiteral("Axxicom!2022"));
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(passwordChanged.count(), 2);
    QCOMPARE(model.allSatisfied(), true);

    model.setPassword(QStringLiteral("Axxicom!2022?"));
    QCOMPARE(dataChanged.count(), 3);
    QCOMPARE(model.allSatisfied(), false);
    QCOMPARE(model.data(model.index(4), PasswordRulesModel::SatisfiedRole).toBool(), false);
}

void TestPasswordRulesModel::policyChangeResetsRows() {
    PasswordRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    PasswordPolicy policy;
    policy.minLength = 12;
    policy.requireSpecial = false;
    policy.forbiddenCharacters.clear();
    model.setPolicy(policy);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, PasswordRulesModel::TextRole),
             (QStringList{QStringLiteral("Minimaal 12 tekens"), QStringLiteral("Een hoofdletter"),
                          QStringLiteral("Een cijfer")}));
    model.setPassword(QStringLiteral("Langwachtwoord1"));
    QCOMPARE(model.allSatisfied(), true);
}

QTEST_GUILESS_MAIN(TestPasswordRulesModel)
#include "tst_passwordrulesmodel.moc"
