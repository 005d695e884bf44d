// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "adminoutput.h"

#include "contactvalidation.h"

#include <QChar>
#include <QStringList>
#include <cstdio>

namespace careportal::server::admin {

namespace {

bool needsEscape(char32_t code) {
    // Tabs stay: the listings use them between columns. Everything else that a terminal
    // acts on or that hides or reorders text (NUL, backspace, ESC, C1 codes such as CSI,
    // right-to-left overrides, zero-width characters, line separators) is shown as code:
    // the characters the API refuses, so data from before that rule shows too.
    return code != U'\t' && ContactValidation::isUnsafeCharacter(code, false);
}

QString escapeCode(char32_t code) {
    if (code < 0x100)
        return QStringLiteral("\\x%1").arg(uint(code), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(code), 4, 16, QLatin1Char('0'));
}

void write(std::FILE *stream, const QString &prefix, const QString &text) {
    std::fprintf(stream, "%s%s\n", prefix.toUtf8().constData(), text.toUtf8().constData());
}

} // namespace

QString escaped(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i)); // a letter outside the BMP, e.g. an emoji
            continue;
        }
        if (needsEscape(c.unicode()))
            out.append(escapeCode(c.unicode()));
        else
            out.append(c);
    }
    return out;
}

void print(const QString &line) {
    write(stdout, {}, escaped(line));
}

int fail(const QString &message) {
    // The usage text after an unknown task has lines of its own; each is escaped apart.
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = escaped(line);
    write(stderr, QStringLiteral("careportal-server admin: "), lines.join(QLatin1Char('\n')));
    return kExitRefused;
}

void printHeading(const QString &title) {
    print(QStringLiteral("== %1 ==").arg(title));
}

} // namespace careportal::server::admin
