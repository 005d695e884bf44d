// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QList>

namespace careportal {

/// WCAG 2.2 contrast between two colours, and the organisation's brand colour made
/// readable when it is not. Many users are elderly: text must reach 4.5:1 (AA).
class ColourContrast {
public:
    static constexpr double kTextMinimum = 4.5;    ///< WCAG 1.4.3, normal text
    static constexpr double kNonTextMinimum = 3.0; ///< WCAG 1.4.11, borders and icons

    /// Relative luminance (WCAG 2.2, sRGB): 0 for black, 1 for white.
    [[nodiscard]] static double luminance(const QColor &colour);
    /// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: from 1 (same) to 21 (black on white).
    [[nodiscard]] static double ratio(const QColor &a, const QColor &b);
    /// `colour` itself when it reaches `minimum` against every colour in `against`;
    /// otherwise the same hue darkened just enough (a brand colour stays recognisable).
    /// Darkening always ends at black, so the result always passes against light colours.
    [[nodiscard]] static QColor readableAgainst(const QColor &colour, const QList<QColor> &against,
                                                double minimum);
};

} // namespace careportal
