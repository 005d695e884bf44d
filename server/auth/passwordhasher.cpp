#include "passwordhasher.h"

#include "logging/logcategories.h"

#include <QSemaphore>
#include <algorithm>
#include <sodium.h>

namespace careportal::server {

namespace {

// OWASP's Argon2id floor: t=2, m=19 MiB. libsodium's INTERACTIVE (t=2, m=64 MiB) is above
// it; the max() keeps us above the floor should a future libsodium lower its defaults.
constexpr unsigned long long kMinOps = 2;
constexpr size_t kMinMem = 19u * 1024u * 1024u;

QSemaphore &hashingSlots() {
    // sodium_init is idempotent and thread-safe; doing it here means no caller can forget.
    static const bool sodiumReady = sodium_init() >= 0;
    Q_ASSERT(sodiumReady);
    static QSemaphore semaphore(2);
    return semaphore;
}

const QString &dummyHash() {
    // Computed once, lazily, with the same parameters as real hashes.
    static const QString hash = PasswordHasher::hash(QStringLiteral("careportal-dummy-password"));
    return hash;
}

} // namespace

unsigned long long PasswordHasher::opsLimit() {
    return std::max<unsigned long long>(crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, kMinOps);
}

size_t PasswordHasher::memLimit() {
    return std::max<size_t>(crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE, kMinMem);
}

QString PasswordHasher::hash(const QString &password) {
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    QSemaphoreReleaser slot(hashingSlots(), 1);
    hashingSlots().acquire();
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              opsLimit(), memLimit(), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCCritical(lcAuth) << "Argon2id hashing failed (out of memory?)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) {
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (!stored.startsWith("$argon2id$"))
        return false;
    QSemaphoreReleaser slot(hashingSlots(), 1);
    hashingSlots().acquire();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::dummyVerify(const QString &password) {
    const bool matched = verify(dummyHash(), password);
    Q_UNUSED(matched)
}

} // namespace careportal::server
