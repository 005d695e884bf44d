// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Offline-first costs, measured against the real reference server on loopback:
//   sync     — one year of planning (twelve months) fetched and sealed into an empty cache;
//   sync304  — the same year again, nothing changed (twelve 304 answers);
//   month    — one month read from a cache holding 100,000 visits (sealed payloads);
//   outbox   — 100 queued absence reports delivered with their Idempotency-Keys.
// Prints "name=<median ms>" lines (and the visit count) for bench/run.sh.
#include "backend/restbackend.h"
#include "network/apiclient.h"
#include "network/servertrust.h"
#include "outbox/outbox.h"
#include "planning/planningcache.h"
#include "storage/cachedatabase.h"
#include "storage/payloadcipher.h"
#include "util/futureresult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace careportal;

namespace {

const QString kClient = QStringLiteral("client-j-voorbeeld");

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

template <typename T> T wait(const QFuture<T> &future) {
    QEventLoop loop;
    QObject context;
    T value{};
    onResult(future, &context, [&](const T &result) {
        value = result;
        loop.quit();
    });
    loop.exec();
    return value;
}

/// Fetches twelve months into `cache` as the planning does; the visits seen.
int syncYear(CareBackend &backend, PlanningCache &cache, QDate first) {
    int visits = 0;
    for (int i = 0; i < 12; ++i) {
        const QDate month = first.addMonths(i);
        const QByteArray etag = cache.load(kClient, month).etag;
        const auto result =
            wait(backend.appointments(kClient, month, month.addMonths(1).addDays(-1), etag));
        if (!result.ok())
            return -1;
        if (result.value().notModified) {
            cache.touch(kClient, month, QDateTime::currentDateTime());
            visits += int(cache.load(kClient, month).appointments.size());
        } else {
            cache.replace(kClient, month, result.value().appointments, result.value().etag,
                          QDateTime::currentDateTime());
            visits += int(result.value().appointments.size());
        }
    }
    return visits;
}

QList<Appointment> monthOfVisits(const QDate &month, int count) {
    QList<Appointment> visits;
    for (int i = 0; i < count; ++i) {
        const QDateTime start(month.addDays(i % month.daysInMonth()), QTime(8 + i % 10, 0));
        visits.append({QStringLiteral("v-%1-%2").arg(month.toString(Qt::ISODate)).arg(i), start,
                       start.addSecs(3600), QStringLiteral("HV 1"), QStringLiteral("Sanne")});
    }
    return visits;
}

QueuedWrite absence(int i) {
    QueuedWrite write;
    write.clientId = kClient;
    const QString day = QDate::currentDate().addDays(1 + i % 300).toString(Qt::ISODate);
    write.fields = {{QLatin1String("type"), QStringLiteral("vakantie")},
                    {QLatin1String("startDate"), day},
                    {QLatin1String("endDate"), day},
                    {QLatin1String("wholeDay"), true}};
    return write;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("server"), QStringLiteral("API base URL."), QStringLiteral("url")},
         {QStringLiteral("fingerprint"), QStringLiteral("Pinned certificate."),
          QStringLiteral("sha256")},
         {QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("name")},
         {QStringLiteral("password"), QStringLiteral("Password."), QStringLiteral("password")},
         {QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("n"),
          QStringLiteral("7")}});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);

    ServerTrust trust(parser.value(QStringLiteral("fingerprint")));
    ApiClient client(QUrl(parser.value(QStringLiteral("server"))), &trust);
    RestBackend backend(&client);
    const auto login = wait(backend.login(parser.value(QStringLiteral("user")),
                                          parser.value(QStringLiteral("password")), {}));
    if (!login.ok() || login.value().token.isEmpty())
        return 1;
    backend.setSessionTokens(login.value().tokens());
    QTemporaryDir dir;
    const QDate firstMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);

    QList<double> sync;
    QList<double> sync304;
    int visits = 0;
    for (int run = 0; run < runs; ++run) {
        CacheDatabase cache(dir.filePath(QStringLiteral("sync-%1.sqlite").arg(run)));
        if (cache.open() != CacheDatabase::OpenResult::Ok ||
            !cache.unlock(PayloadCipher::generateKey()))
            return 2;
        PlanningCache planning(&cache);
        QElapsedTimer timer;
        timer.start();
        visits = syncYear(backend, planning, firstMonth);
        sync.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (syncYear(backend, planning, firstMonth) != visits || visits < 0)
            return 3;
        sync304.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // 100,000 visits: 100 clients, 40 months of 25 visits each.
    CacheDatabase big(dir.filePath(QStringLiteral("big.sqlite")));
    if (big.open() != CacheDatabase::OpenResult::Ok || !big.unlock(PayloadCipher::generateKey()))
        return 2;
    PlanningCache bigPlanning(&big);
    big.database().transaction();
    for (int c = 0; c < 100; ++c) {
        for (int m = 0; m < 40; ++m) {
            const QDate month = firstMonth.addMonths(m - 20);
            bigPlanning.replace(QStringLiteral("client-%1").arg(c), month, monthOfVisits(month, 25),
                                "\"e\"", QDateTime::currentDateTime());
        }
    }
    big.database().commit();
    QList<double> month;
    for (int i = 0; i < 200 * runs; ++i) {
        const int c = int(QRandomGenerator::global()->bounded(100));
        const QDate m = firstMonth.addMonths(int(QRandomGenerator::global()->bounded(40)) - 20);
        QElapsedTimer timer;
        timer.start();
        const auto loaded = bigPlanning.load(QStringLiteral("client-%1").arg(c), m);
        month.append(double(timer.nsecsElapsed()) / 1e6);
        if (loaded.appointments.size() != 25)
            return 4;
    }

    QList<double> outbox;
    for (int run = 0; run < runs; ++run) {
        CacheDatabase cache(dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(run)));
        if (cache.open() != CacheDatabase::OpenResult::Ok ||
            !cache.unlock(PayloadCipher::generateKey()))
            return 2;
        Outbox queue(&cache, &backend);
        for (int i = 0; i < 100; ++i)
            queue.queue(absence(i));
        QEventLoop loop;
        QObject::connect(&queue, &Outbox::changed, &loop, [&] {
            if (queue.waitingCount() == 0)
                loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        queue.setEnabled(true);
        loop.exec();
        outbox.append(double(timer.nsecsElapsed()) / 1e6);
        if (queue.refusedCount() != 0)
            return 5;
    }

    out << "visits=" << visits << '\n'
        << "sync=" << median(sync) << '\n'
        << "sync304=" << median(sync304) << '\n'
        << "month=" << median(month) << '\n'
        << "outbox=" << median(outbox) << '\n';
    return 0;
}
