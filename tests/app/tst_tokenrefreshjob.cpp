// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backend/tokenrefreshjob.h"

#include <QJsonObject>
#include <QPointer>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace careportal;
using namespace std::chrono_literals;

namespace {

/// Stands in for RestBackend's ApiClient: records the request, answers when told.
class FakeSender {
public:
    TokenRefreshJob::Send send() {
        return [this](const ApiRequest &request) {
            requests.append(request);
            m_promise = std::make_shared<QPromise<ApiResponse>>();
            m_promise->start();
            return m_promise->future();
        };
    }
    void answer(const ApiResponse &response) {
        m_promise->addResult(response);
        m_promise->finish();
    }
    void answer(const QJsonObject &body) {
        ApiResponse response;
        response.status = 200;
        response.body = QJsonDocument(body);
        answer(response);
    }

    QList<ApiRequest> requests;

private:
    std::shared_ptr<QPromise<ApiResponse>> m_promise;
};

const QJsonObject kNewPair{{QLatin1String("token"), QStringLiteral("token-2")},
                           {QLatin1String("expiresAt"), QStringLiteral("2099-01-01T00:00:00Z")},
                           {QLatin1String("refreshToken"), QStringLiteral("refresh-2")}};

} // namespace

/// One refresh of the session's tokens: the refresh token goes unauthenticated to
/// /auth/refresh; only a whole new pair finishes the job; a refusal, a half answer or no
/// answer in time fails it, and an aborted refresh says nothing.
class TestTokenRefreshJob : public QObject {
    Q_OBJECT

private:
    FakeSender m_server;

    QPointer<TokenRefreshJob> makeJob() {
        return new TokenRefreshJob(m_server.send(), QByteArrayLiteral("refresh-1"));
    }

private Q_SLOTS:
    void init() { m_server = {}; }

    void sendsTheRefreshTokenAlone() {
        QPointer<TokenRefreshJob> job = makeJob();
        job->start();
        QCOMPARE(m_server.requests.size(), 1);
        const ApiRequest &sent = m_server.requests.first();
        QCOMPARE(sent.method, ApiRequest::Method::Post);
        QCOMPARE(sent.path, QStringLiteral("/auth/refresh"));
        QVERIFY(!sent.authenticated); // the expired access token is of no use here
        QCOMPARE(sent.body->value(QLatin1String("refreshToken")).toString(),
                 QStringLiteral("refresh-1"));
        job->abort();
    }

    void newPairFinishes() {
        QPointer<TokenRefreshJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->start();
        m_server.answer(kNewPair);
        QVERIFY(finished.wait(5000));
        const SessionTokens expected{QByteArrayLiteral("token-2"), QByteArrayLiteral("refresh-2")};
        QCOMPARE(job->tokens(), expected);
        QCOMPARE(failed.count(), 0);
        QTRY_VERIFY(job.isNull());
    }

    void refusalFails() {
        QPointer<TokenRefreshJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->start();
        m_server.answer(ApiResponse::failure(ApiError::make(ApiError::Kind::Unauthorized)));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(finished.count(), 0);
    }

    void halfAPairFails() {
        QPointer<TokenRefreshJob> job = makeJob();
        QSignalSpy failed(job, &NetworkJob::failed);
        job->start();
        QJsonObject withoutRefresh = kNewPair;
        withoutRefresh.remove(QLatin1String("refreshToken"));
        m_server.answer(withoutRefresh);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::BadResponse);
    }

    void noAnswerInTimeFails() {
        QPointer<TokenRefreshJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->setTimeout(50ms);
        job->start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
        m_server.answer(kNewPair); // too late: not used
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
    }

    void abortedRefreshSaysNothing() {
        QPointer<TokenRefreshJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->start();
        job->abort(); // e.g. logged out meanwhile
        m_server.answer(kNewPair);
        QTest::qWait(100);
        QCOMPARE(finished.count() + failed.count(), 0);
        QVERIFY(job.isNull());
    }
};

QTEST_GUILESS_MAIN(TestTokenRefreshJob)
#include "tst_tokenrefreshjob.moc"
