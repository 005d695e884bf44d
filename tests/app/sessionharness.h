// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/session.h"
#include "fakebackend.h"
#include "outbox/outbox.h"
#include "settings/languagesettings.h"
#include "storage/cachedatabase.h"
#include "storage/documentcache.h"
#include "storage/payloadcipher.h"
#include "storage/tokenstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QUuid>

namespace careportal::test {

/// A Session on a FakeBackend, a fresh cache file and a TokenStore under a key of its own
/// (the real keychain when a Secret Service runs, memory otherwise).
class SessionHarness {
public:
    SessionHarness()
        : cache(m_dir.filePath(QStringLiteral("cache.sqlite")))
        , tokens(QStringLiteral("unit-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
        , session(&backend, &tokens, &cache, &language)
        , documents(&cache)
        , outbox(&cache, &backend) {}

    ~SessionHarness() {
        // Leave nothing behind in a real keychain.
        waitFor(tokens.remove());
    }
    SessionHarness(const SessionHarness &) = delete;
    SessionHarness &operator=(const SessionHarness &) = delete;

    /// Waits until the keychain jobs started so far are done (QtKeychain runs them in
    /// order, so a read started now finishes after them), e.g. the token save of a login.
    [[nodiscard]] bool settleKeychain() { return waitFor(tokens.load()); }

    template <typename T> static bool waitFor(const QFuture<T> &future, int ms = 5000) {
        const QDeadlineTimer deadline(ms);
        while (!future.isFinished() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return future.isFinished();
    }

    [[nodiscard]] bool open() {
        // The keyring's part: a key, as the keychain would give it.
        return m_dir.isValid() && cache.open() == CacheDatabase::OpenResult::Ok &&
               cache.unlock(PayloadCipher::generateKey());
    }

    /// Logs in with scripted answers and waits until the session is logged in and its
    /// token is stored; false when it did not get there.
    [[nodiscard]] bool logIn() {
        backend.loginCall.script(loginResult());
        backend.meCall.script(account());
        session.login(QStringLiteral("ctest"), QStringLiteral("Axxicom!2022"));
        const QDeadlineTimer deadline(5000);
        while (session.state() != Session::State::LoggedIn && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return session.state() == Session::State::LoggedIn && settleKeychain();
    }

    static Account account(bool mustChangePassword = false) {
        Account result;
        result.accountId = QStringLiteral("acc-1");
        result.username = QStringLiteral("ctest");
        result.displayName = QStringLiteral("mevrouw C. Test");
        result.mustChangePassword = mustChangePassword;
        result.clients = {{QStringLiteral("c-1"), QStringLiteral("mevrouw C. Test"),
                           QStringLiteral("self"), ClientRef::allRights()}};
        return result;
    }

    static LoginResult loginResult(bool mustChangePassword = false) {
        LoginResult result;
        result.token = QByteArrayLiteral("token-1");
        result.expiresAt = QStringLiteral("2099-01-01T00:00:00Z");
        result.refreshToken = QByteArrayLiteral("refresh-1");
        result.mustChangePassword = mustChangePassword;
        return result;
    }

private:
    QTemporaryDir m_dir; // first: the cache lives in it

public:
    CacheDatabase cache;
    FakeBackend backend;
    TokenStore tokens;
    LanguageSettings language;
    Session session;
    /// What the app gives the client's lists (ClientListModel::setOfflineSupport); the
    /// outbox sends once a test enables it.
    DocumentCache documents;
    Outbox outbox;
};

} // namespace careportal::test
