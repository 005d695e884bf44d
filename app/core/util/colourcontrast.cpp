// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/colourcontrast.h"

#include <QtMath>
#include <algorithm>

namespace careportal {

namespace {

double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : qPow((channel + 0.055) / 1.055, 2.4);
}

bool passes(const QColor &colour, const QList<QColor> &against, double minimum) {
    return std::all_of(against.cbegin(), against.cend(), [&](const QColor &other) {
        return ColourContrast::ratio(colour, other) >= minimum;
    });
}

} // namespace

double ColourContrast::luminance(const QColor &colour) {
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double ColourContrast::ratio(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ColourContrast::readableAgainst(const QColor &colour, const QList<QColor> &against,
                                       double minimum) {
    if (passes(colour, against, minimum))
        return colour;
    QColor candidate = colour.toHsl();
    // One percent of lightness at a time: the smallest change that is enough.
    while (!passes(candidate, against, minimum) && candidate.lightnessF() > 0.0)
        candidate.setHslF(candidate.hslHueF(), candidate.hslSaturationF(),
                          std::max(0.0, candidate.lightnessF() - 0.01));
    return candidate.toRgb();
}

} // namespace careportal
