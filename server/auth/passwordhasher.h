// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace careportal::server {

/// Argon2id via libsodium's crypto_pwhash_str: the salt and parameters live inside the
/// "$argon2id$..." string, so stronger parameters later need no schema change.
/// At most two hashes run at once: each takes 64 MiB, and a burst of logins on the request
/// thread pool must not be able to take the server's memory with it. Verifications wait at
/// most busyWaitMs() for a slot, so a login flood cannot park every request thread.
class PasswordHasher {
public:
    enum class Verdict { Match, Mismatch, Busy };

    /// Waits for a slot as long as it takes; returns an empty string only if libsodium is
    /// out of memory.
    [[nodiscard]] static QString hash(const QString &password);
    /// Waits for a slot; never Busy (for callers that have already admitted the request).
    [[nodiscard]] static bool verify(const QString &hash, const QString &password);
    /// Busy when no hashing slot came free within busyWaitMs().
    [[nodiscard]] static Verdict tryVerify(const QString &hash, const QString &password);
    /// Spends the same time as a real verify, for unknown user names (no timing oracle).
    /// Mismatch or Busy, exactly as tryVerify on a real hash would.
    static Verdict dummyVerify(const QString &password);
    /// Computes the dummy hash now (at start-up) instead of on the first unknown name.
    static void prepare();

    static void setBusyWaitMs(int milliseconds);
    [[nodiscard]] static int busyWaitMs();

    [[nodiscard]] static unsigned long long opsLimit();
    [[nodiscard]] static size_t memLimit();
};

} // namespace careportal::server
