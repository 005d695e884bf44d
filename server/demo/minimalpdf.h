// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringList>

namespace careportal::server {

/// A one-page PDF of plain text lines (PDF 1.4, Helvetica, A4), written by hand: the server
/// links no Qt Gui, so no QPdfWriter. Enough for the demo's invoices; the byte offsets of
/// its cross-reference table are exact, so every PDF reader opens it.
class MinimalPdf {
public:
    /// `title` in a larger type, then `lines`. Characters outside Latin-1 become '?'.
    [[nodiscard]] static QByteArray page(const QString &title, const QStringList &lines);

private:
    /// A PDF string literal: Latin-1 (the font's WinAnsi encoding), ( ) \ escaped.
    [[nodiscard]] static QByteArray literal(const QString &text);
};

} // namespace careportal::server
