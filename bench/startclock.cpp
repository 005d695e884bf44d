// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "startclock.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace bench {

namespace {

constexpr const char *startVariable = "CAREPORTAL_BENCH_T0_NS";

long long nowNs(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

long long startNs() {
    static const long long start = [] {
        const char *value = std::getenv(startVariable);
        return value ? std::atoll(value) : 0LL;
    }();
    return start;
}

} // namespace

void markProcessStart(char **argv) {
    if (std::getenv(startVariable))
        return;
    const std::string now = std::to_string(nowNs(CLOCK_MONOTONIC));
    setenv(startVariable, now.c_str(), 1);
    execv("/proc/self/exe", argv);
    std::fprintf(stderr, "bench: cannot re-execute itself: %s\n", std::strerror(errno));
    std::exit(2);
}

double msSinceProcessStart() {
    return static_cast<double>(nowNs(CLOCK_MONOTONIC) - startNs()) / 1e6;
}

double msSinceProcStatStart() {
    std::ifstream stat("/proc/self/stat");
    std::string line;
    if (!std::getline(stat, line))
        return -1;
    // Field 22 (starttime); the command name (field 2) may hold spaces, so count after ')'.
    std::size_t pos = line.rfind(')');
    if (pos == std::string::npos)
        return -1;
    int field = 2;
    while (field < 22 && pos != std::string::npos) {
        pos = line.find(' ', pos + 1);
        ++field;
    }
    if (pos == std::string::npos)
        return -1;
    const double startTicks = std::strtod(line.c_str() + pos + 1, nullptr);
    const double startMs = startTicks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
    return static_cast<double>(nowNs(CLOCK_BOOTTIME)) / 1e6 - startMs;
}

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

} // namespace bench
