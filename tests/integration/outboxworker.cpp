// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The part of the app that delivers the outbox, as its own process so a test can kill it
// (SIGKILL) at any moment: opens the cache, unlocks it with the given key, and sends
// what waits with the given access token. Exits 0 once nothing waits, 2 on bad arguments
// or a cache it cannot open, 3 when the outbox was not emptied in time.
#include "backend/restbackend.h"
#include "network/apiclient.h"
#include "network/servertrust.h"
#include "outbox/outbox.h"
#include "storage/cachedatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

using namespace careportal;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("cache"), QStringLiteral("Cache file."), QStringLiteral("path")},
         {QStringLiteral("key"), QStringLiteral("Cache key (hex)."), QStringLiteral("hex")},
         {QStringLiteral("server"), QStringLiteral("API base URL."), QStringLiteral("url")},
         {QStringLiteral("fingerprint"), QStringLiteral("Pinned certificate."),
          QStringLiteral("sha256")},
         {QStringLiteral("token"), QStringLiteral("Access token."), QStringLiteral("token")}});
    parser.process(app);

    CacheDatabase cache(parser.value(QStringLiteral("cache")));
    if (cache.open() != CacheDatabase::OpenResult::Ok ||
        !cache.unlock(QByteArray::fromHex(parser.value(QStringLiteral("key")).toLatin1())))
        return 2;
    ServerTrust trust(parser.value(QStringLiteral("fingerprint")));
    ApiClient client(QUrl(parser.value(QStringLiteral("server"))), &trust);
    RestBackend backend(&client);
    backend.setSessionTokens({parser.value(QStringLiteral("token")).toLatin1(), {}});
    Outbox outbox(&cache, &backend);

    const auto finishWhenEmpty = [&] {
        if (outbox.waitingCount() == 0 && !outbox.sending())
            QCoreApplication::exit(0);
    };
    QObject::connect(&outbox, &Outbox::changed, &app, finishWhenEmpty);
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(3); });
    outbox.setEnabled(true);
    QTimer::singleShot(0, &app, finishWhenEmpty);
    return QCoreApplication::exec();
}
