// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The log scan after the whole test run (issue 4): no password, token or code in any log.
// Reads the server logs every test wrote (ServerProcess sends careportal-server's log
// channel, stderr, to test-logs/) and ctest's own log of this run (every test's output,
// the app core's logging included), and looks for
//  - every password the tests use: string literals of the test sources that look like one,
//    collected here so a new test's password is covered without a list to keep up;
//  - bearer tokens and refresh tokens: 43 characters of base64url standing alone (with a
//    digit), or anything after "Bearer ";
//  - JSON fields that carry secrets ("password", "token", "refreshToken", a numeric "code").
// Runs last (DEPENDS on every other test in CMake). Server stdout is not scanned: in demo
// mode it announces the public demo logins on purpose; it is not a log.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// String literals in the test sources shaped like the passwords they use: a letter, a
/// digit and one of the special characters the policy's examples use, no spaces.
QSet<QString> passwordsUsedByTests(const QString &testsDir) {
    static const QRegularExpression literal(QStringLiteral("\"([^\"\\s\\\\]{6,64})\""));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    static const QRegularExpression special(QStringLiteral("[!#*]"));
    QSet<QString> found;
    QDirIterator it(testsDir,
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.qml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = readAll(it.next());
        for (auto match = literal.globalMatch(source); match.hasNext();) {
            const QString candidate = match.next().captured(1);
            if (candidate.contains(letter) && candidate.contains(digit) &&
                candidate.contains(special) && !candidate.contains(QLatin1Char('/')))
                found.insert(candidate);
        }
    }
    return found;
}

struct Log {
    QString path;
    QString text;
};

QList<Log> logsOfThisRun(const QString &serverLogDir, const QString &ctestLog) {
    QList<Log> logs;
    QDirIterator it(serverLogDir, {QStringLiteral("*.log")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        logs.append({path, readAll(path)});
    }
    if (QFile::exists(ctestLog))
        logs.append({ctestLog, readAll(ctestLog)});
    return logs;
}

QString lineAround(const QString &text, qsizetype at) {
    const qsizetype start = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    const qsizetype end = text.indexOf(QLatin1Char('\n'), at);
    return text.mid(start, (end < 0 ? text.size() : end) - start).left(200);
}

/// Where a token is in `text`, or -1: 43 base64url characters standing alone with a digit
/// among them (32 random bytes nearly always have one; a test function's 43-letter name has
/// none), or anything after "Bearer ".
qsizetype findToken(const QString &text) {
    static const QRegularExpression token(
        QStringLiteral("(?<![A-Za-z0-9_-])(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"));
    static const QRegularExpression bearer(QStringLiteral("Bearer\\s+\\S+"));
    for (const auto &pattern : {token, bearer})
        if (const auto match = pattern.match(text); match.hasMatch())
            return match.capturedStart();
    return -1;
}

/// Where a JSON field that carries a secret is in `text`, or -1. "code" only with digits: a
/// problem's "code" ("account-locked") is no secret, a reset or SMS code is.
qsizetype findSecretField(const QString &text) {
    static const QRegularExpression field(QStringLiteral(
        "\"(password|currentPassword|newPassword|token|refreshToken)\"\\s*:\\s*\"[^\"]+\"|"
        "\"code\"\\s*:\\s*\"[0-9]{6,8}\""));
    const auto match = field.match(text);
    return match.hasMatch() ? match.capturedStart() : -1;
}

} // namespace

class TestLogScan : public QObject {
    Q_OBJECT

private:
    QList<Log> m_logs;

private Q_SLOTS:
    void initTestCase() {
        m_logs = logsOfThisRun(QStringLiteral(SERVER_LOG_DIR), QStringLiteral(CTEST_LOG));
        // The server tests alone start dozens of servers: no logs means the scan is blind.
        QVERIFY2(m_logs.size() >= 10, qPrintable(QString::number(m_logs.size())));
        m_passwords = passwordsUsedByTests(QStringLiteral(TESTS_SOURCE_DIR));
        QVERIFY2(m_passwords.contains(QStringLiteral("Welkom!2026")),
                 "the demo password was not collected from the test sources");
    }

    void noPasswordInAnyLog() {
        for (const Log &log : m_logs)
            for (const QString &password : std::as_const(m_passwords)) {
                const qsizetype at = log.text.indexOf(password);
                QVERIFY2(at < 0, qPrintable(QStringLiteral("%1 holds a password: %2")
                                                .arg(log.path, lineAround(log.text, at))));
            }
    }

    void noTokenInAnyLog() {
        for (const Log &log : m_logs) {
            const qsizetype at = findToken(log.text);
            QVERIFY2(at < 0, qPrintable(QStringLiteral("%1 holds a token: %2")
                                            .arg(log.path, lineAround(log.text, at))));
        }
    }

    void noSecretJsonFieldInAnyLog() {
        for (const Log &log : m_logs) {
            const qsizetype at = findSecretField(log.text);
            QVERIFY2(at < 0, qPrintable(QStringLiteral("%1 holds a secret field: %2")
                                            .arg(log.path, lineAround(log.text, at))));
        }
    }

    // The scan is only worth something if it sees what it looks for.
    void theDetectorsSeePlantedSecrets() {
        const QString token = QStringLiteral("Xk3_vQ9-ab7Lr2mN8pZt4Yw6uC1sD5eF0gH2jK4lM6n");
        QCOMPARE(token.size(), 43);
        QVERIFY(findToken(QStringLiteral("resolve ") + token + QStringLiteral(" failed")) > 0);
        QVERIFY(findToken(QStringLiteral("Authorization: Bearer abc")) > 0);
        QCOMPARE(findToken(QStringLiteral("PASS : oneTimePasswordsAreStrongAndFollowThePolicy()")),
                 -1);
        QCOMPARE(findToken(QStringLiteral("session 49cf3319-2a4b-4794-908b-aedfdcf37112 ended")),
                 -1);
        QVERIFY(findSecretField(QStringLiteral("{\"refreshToken\": \"abc\"}")) >= 0);
        QVERIFY(findSecretField(QStringLiteral("{\"code\":\"12345678\"}")) >= 0);
        QCOMPARE(findSecretField(QStringLiteral("{\"code\":\"account-locked\"}")), -1);
    }

private:
    QSet<QString> m_passwords;
};

QTEST_GUILESS_MAIN(TestLogScan)
#include "tst_logscan.moc"
