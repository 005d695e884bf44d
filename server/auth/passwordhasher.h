#pragma once

#include <QString>

namespace careportal::server {

/// Argon2id via libsodium's crypto_pwhash_str: the salt and parameters live inside the
/// "$argon2id$..." string, so stronger parameters later need no schema change.
/// At most two hashes run at once: each takes 64 MiB, and a burst of logins on the request
/// thread pool must not be able to take the server's memory with it.
class PasswordHasher {
public:
    /// Throws nothing; returns an empty string only if libsodium is out of memory.
    [[nodiscard]] static QString hash(const QString &password);
    [[nodiscard]] static bool verify(const QString &hash, const QString &password);
    /// Spends the same time as a real verify, for unknown user names (no timing oracle).
    static void dummyVerify(const QString &password);

    [[nodiscard]] static unsigned long long opsLimit();
    [[nodiscard]] static size_t memLimit();
};

} // namespace careportal::server
