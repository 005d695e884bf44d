// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dutchtime.h"

#include <array>
#include <cstdio>
#include <limits>

namespace careportal::server {

namespace {

/// The Dutch offset between two of the zone's transitions: one month's planning almost
/// always lies in one such span, so each thread asks the zone (a search through the tz
/// data, which made a month's rendering a third slower) about once per span, not per time.
struct OffsetSpan {
    qint64 fromSecs = 0; // inclusive
    qint64 toSecs = 0;   // exclusive; empty span before the first use
    int offsetSecs = 0;
};

OffsetSpan spanAround(const QDateTime &utc) {
    const QTimeZone &zone = amsterdam();
    OffsetSpan span{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                    zone.offsetFromUtc(utc)};
    const auto previous = zone.previousTransition(utc.addSecs(1));
    if (previous.atUtc.isValid())
        span.fromSecs = previous.atUtc.toSecsSinceEpoch();
    const auto next = zone.nextTransition(utc);
    if (next.atUtc.isValid())
        span.toSecs = next.atUtc.toSecsSinceEpoch();
    return span;
}

int offsetAt(const QDateTime &utc) {
    thread_local OffsetSpan span;
    const qint64 secs = utc.toSecsSinceEpoch();
    if (secs < span.fromSecs || secs >= span.toSecs)
        span = spanAround(utc);
    return span.offsetSecs;
}

} // namespace

const QTimeZone &amsterdam() {
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

QString localIso(const QDateTime &utc) {
    if (!utc.isValid())
        return {};
    const int offset = offsetAt(utc);
    const QDateTime local = utc.toUTC().addSecs(offset);
    const QDate date = local.date();
    const QTime time = local.time();
    const int offsetMinutes = std::abs(offset) / 60;
    // As QDateTime::toString(Qt::ISODate) writes it, without its formatting machinery.
    std::array<char, 32> text{};
    const int length = std::snprintf(
        text.data(), text.size(), "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", date.year(),
        date.month(), date.day(), time.hour(), time.minute(), time.second(), offset < 0 ? '-' : '+',
        offsetMinutes / 60, offsetMinutes % 60);
    return QString::fromLatin1(text.data(), length);
}

} // namespace careportal::server
