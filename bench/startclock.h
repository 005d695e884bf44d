// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How the startup benchmark tells time. "Process start" is the moment just before the
// benchmark binary is exec'd: on first entry markProcessStart() stores CLOCK_MONOTONIC in
// the environment and re-executes the same binary, so the figure includes execve, the
// dynamic loading of Qt, static initialisers and main() — everything a user waits for
// except the fork of whoever launched it. (/proc/self/stat's starttime says the same but
// only to 10 ms; it is printed beside it as a cross-check.)

namespace bench {

/// Call first thing in main(); re-executes the binary once, does not return then.
void markProcessStart(char **argv);
/// Milliseconds since the process start; safe on any thread.
[[nodiscard]] double msSinceProcessStart();
/// The same from /proc/self/stat (10 ms resolution), or -1 when unavailable.
[[nodiscard]] double msSinceProcStatStart();
/// Peak resident set size of this process so far, in MiB (getrusage ru_maxrss).
[[nodiscard]] double peakRssMiB();

} // namespace bench
