// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keychainprobe.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace careportal::test {

KeychainProbe KeychainProbe::read(const QString &service, const QString &key) {
    KeychainProbe probe;
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError) {
        probe.outcome = Outcome::Found;
        probe.secret = job.binaryData();
    } else if (job.error() == QKeychain::EntryNotFound) {
        probe.outcome = Outcome::NotFound;
    }
    return probe;
}

} // namespace careportal::test
