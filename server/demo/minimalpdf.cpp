// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "minimalpdf.h"

#include <QList>

namespace careportal::server {

QByteArray MinimalPdf::literal(const QString &text) {
    QByteArray result("(");
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code == u'(' || code == u')' || code == u'\\')
            result.append('\\');
        result.append(code >= 0x20 && code <= 0xff && code != 0x7f ? static_cast<char>(code) : '?');
    }
    return result.append(')');
}

QByteArray MinimalPdf::page(const QString &title, const QStringList &lines) {
    QByteArray content("BT\n/F1 16 Tf\n56 780 Td\n");
    content.append(literal(title)).append(" Tj\n/F1 10 Tf\n14 TL\n0 -10 Td\n");
    for (const QString &line : lines)
        content.append("T* ").append(literal(line)).append(" Tj\n");
    content.append("ET\n");

    const QByteArray page("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
                          "/Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
    const QByteArray stream = "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" +
                              content + "endstream";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        stream,
    };
    // The binary comment line tells transfer programs that this file is not text.
    QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf.append(QByteArray::number(i + 1)).append(" 0 obj\n").append(objects.at(i));
        pdf.append("\nendobj\n");
    }
    const qsizetype xref = pdf.size();
    pdf.append("xref\n0 ").append(QByteArray::number(objects.size() + 1)).append('\n');
    pdf.append("0000000000 65535 f \n");
    for (const qsizetype offset : offsets)
        pdf.append(QByteArray::number(offset).rightJustified(10, '0')).append(" 00000 n \n");
    pdf.append("trailer\n<< /Size ").append(QByteArray::number(objects.size() + 1));
    pdf.append(" /Root 1 0 R >>\nstartxref\n").append(QByteArray::number(xref));
    pdf.append("\n%%EOF\n");
    return pdf;
}

} // namespace careportal::server
