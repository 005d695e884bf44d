// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passwordhasher.h"

#include "logging/logcategories.h"

#include <QAtomicInteger>
#include <QSemaphore>
#include <algorithm>
#include <sodium.h>

namespace careportal::server {

namespace {

// OWASP's Argon2id floor: t=2, m=19 MiB. libsodium's INTERACTIVE (t=2, m=64 MiB) is above
// it; the max() keeps us above the floor should a future libsodium lower its defaults.
constexpr unsigned long long kMinOps = 2;
constexpr size_t kMinMem = size_t{19} * 1024 * 1024;

QAtomicInteger<int> s_busyWaitMs(2000);

QSemaphore &hashingSlots() {
    // sodium_init is idempotent and thread-safe; doing it here means no caller can forget.
    static const bool sodiumReady = sodium_init() >= 0;
    Q_ASSERT(sodiumReady);
    static QSemaphore semaphore(2);
    return semaphore;
}

const QString &dummyHash() {
    // Same parameters as real hashes; PasswordHasher::prepare() builds it at start-up.
    static const QString hash = PasswordHasher::hash(QStringLiteral("careportal-dummy-password"));
    return hash;
}

bool verifyInSlot(const QByteArray &stored, const QByteArray &utf8) {
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace

unsigned long long PasswordHasher::opsLimit() {
    return std::max<unsigned long long>(crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, kMinOps);
}

size_t PasswordHasher::memLimit() {
    return std::max<size_t>(crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE, kMinMem);
}

void PasswordHasher::setBusyWaitMs(int milliseconds) {
    s_busyWaitMs.storeRelaxed(std::max(0, milliseconds));
}

int PasswordHasher::busyWaitMs() {
    return s_busyWaitMs.loadRelaxed();
}

QString PasswordHasher::hash(const QString &password) {
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    hashingSlots().acquire();
    const QSemaphoreReleaser slot(hashingSlots(), 1);
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              opsLimit(), memLimit(), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCCritical(lcAuth) << "Argon2id hashing failed (out of memory?)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) {
    const QByteArray stored = hash.toLatin1();
    if (!stored.startsWith("$argon2id$"))
        return false;
    hashingSlots().acquire();
    const QSemaphoreReleaser slot(hashingSlots(), 1);
    return verifyInSlot(stored, password.toUtf8());
}

PasswordHasher::Verdict PasswordHasher::tryVerify(const QString &hash, const QString &password) {
    const QByteArray stored = hash.toLatin1();
    if (!stored.startsWith("$argon2id$"))
        return Verdict::Mismatch;
    if (!hashingSlots().tryAcquire(1, busyWaitMs()))
        return Verdict::Busy;
    const QSemaphoreReleaser slot(hashingSlots(), 1);
    return verifyInSlot(stored, password.toUtf8()) ? Verdict::Match : Verdict::Mismatch;
}

PasswordHasher::Verdict PasswordHasher::dummyVerify(const QString &password) {
    // The dummy password is never a user's, but answer Mismatch whatever happens.
    return tryVerify(dummyHash(), password) == Verdict::Busy ? Verdict::Busy : Verdict::Mismatch;
}

void PasswordHasher::prepare() {
    const bool ready = !dummyHash().isEmpty();
    if (!ready)
        qCCritical(lcAuth) << "Could not compute the dummy password hash";
}

} // namespace careportal::server
