// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logline.h"

#include "logsink.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace careportal::server {

namespace {

constexpr std::chrono::milliseconds kMaxLogDelay{100};
constexpr std::size_t kMaxLogBytes = std::size_t{64} * 1024;

/// Never destroyed: Qt and static destructors may log until the very end. At exit it writes
/// what waits and every later line at once.
LogSink *s_sink = nullptr;

const char *typeName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "debug";
}

/// "yyyy-MM-ddTHH:mm:ss" in local time, kept per thread for the second it was made for.
const std::string &localSecond(std::time_t seconds) {
    thread_local std::time_t keptFor = -1;
    thread_local std::string kept;
    if (seconds != keptFor) {
        std::tm local{};
        localtime_r(&seconds, &local);
        char text[32];
        kept.assign(text, std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &local));
        keptFor = seconds;
    }
    return kept;
}

void write(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    using namespace std::chrono;
    const auto now = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    const std::string line =
        LogLine::format(type, context.category, message, static_cast<std::time_t>(now / 1000),
                        static_cast<int>(now % 1000));
    s_sink->add(line, type != QtDebugMsg && type != QtInfoMsg);
}

} // namespace

void LogLine::install() {
    if (!s_sink) {
        s_sink = new LogSink(STDERR_FILENO, kMaxLogDelay, kMaxLogBytes);
        std::atexit([] { s_sink->writeImmediately(); });
    }
    qInstallMessageHandler(write);
}

std::string LogLine::format(QtMsgType type, const char *category, const QString &message,
                            std::time_t seconds, int milliseconds) {
    const QByteArray text = message.toLocal8Bit();
    std::string line;
    line.reserve(64 + static_cast<std::size_t>(text.size()));
    line += localSecond(seconds);
    char millis[8];
    std::snprintf(millis, sizeof millis, ".%03d ", milliseconds);
    line += millis;
    line += category ? category : "default";
    line += ' ';
    line += typeName(type);
    line += ": ";
    line.append(text.constData(), static_cast<std::size_t>(text.size()));
    line += '\n';
    return line;
}

} // namespace careportal::server
