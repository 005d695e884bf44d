// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhirresource.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace careportal::fhir {

QString codeSystem(const QString &name) {
    return kCodeSystemBase + name;
}

QString Resource::versionId() const {
    return object(QStringLiteral("meta")).value(QLatin1String("versionId")).toString();
}

QByteArray Resource::etag() const {
    const QString version = versionId();
    return version.isEmpty() ? QByteArray() : "W/\"" + version.toUtf8() + '"';
}

QString referencedId(const QJsonObject &reference, const QString &type) {
    const QString value = reference.value(QLatin1String("reference")).toString();
    // Relative ("Patient/1"), absolute ("https://…/Patient/1") or versioned (…/_history/2).
    QStringList parts = value.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype history = parts.indexOf(QStringLiteral("_history"));
    if (history >= 0)
        parts = parts.mid(0, history);
    if (parts.size() < 2 || parts.at(parts.size() - 2) != type)
        return {};
    return parts.last();
}

QString codeIn(const QJsonObject &codeable, const QString &system) {
    for (const auto &value : codeable.value(QLatin1String("coding")).toArray()) {
        const QJsonObject coding = value.toObject();
        if (coding.value(QLatin1String("system")).toString() == system)
            return coding.value(QLatin1String("code")).toString();
    }
    return {};
}

QString conceptText(const QJsonObject &codeable) {
    QString text = codeable.value(QLatin1String("text")).toString();
    if (!text.isEmpty())
        return text;
    for (const auto &value : codeable.value(QLatin1String("coding")).toArray()) {
        QString display = value.toObject().value(QLatin1String("display")).toString();
        if (!display.isEmpty())
            return display;
    }
    return {};
}

QJsonObject codeableConcept(const QString &system, const QString &code, const QString &display) {
    QJsonObject coding{{QLatin1String("system"), system}, {QLatin1String("code"), code}};
    if (!display.isEmpty())
        coding.insert(QLatin1String("display"), display);
    return {{QLatin1String("coding"), QJsonArray{coding}}};
}

QString identifierValue(const QJsonArray &identifiers, const QString &system) {
    for (const auto &value : identifiers) {
        const QJsonObject identifier = value.toObject();
        if (identifier.value(QLatin1String("system")).toString() == system)
            return identifier.value(QLatin1String("value")).toString();
    }
    return {};
}

QJsonObject writeIdentifier(const QString &idempotencyKey) {
    return {{QLatin1String("system"), kUriSystem},
            {QLatin1String("value"), QStringLiteral("urn:uuid:") + idempotencyKey}};
}

QByteArray ifNoneExistFor(const QString &idempotencyKey) {
    return "identifier=" + QUrl::toPercentEncoding(kUriSystem) + '|' +
           QUrl::toPercentEncoding(QStringLiteral("urn:uuid:") + idempotencyKey);
}

QString extensionString(const QJsonObject &element, const QString &url) {
    for (const auto &value : element.value(QLatin1String("extension")).toArray()) {
        const QJsonObject extension = value.toObject();
        if (extension.value(QLatin1String("url")).toString() == url)
            return extension.value(QLatin1String("valueString")).toString();
    }
    return {};
}

void setExtensionString(QJsonObject &element, const QString &url, const QString &value) {
    QJsonArray kept;
    for (const auto &extension : element.value(QLatin1String("extension")).toArray())
        if (extension.toObject().value(QLatin1String("url")).toString() != url)
            kept.append(extension);
    if (!value.isEmpty())
        kept.append(
            QJsonObject{{QLatin1String("url"), url}, {QLatin1String("valueString"), value}});
    if (kept.isEmpty())
        element.remove(QLatin1String("extension"));
    else
        element.insert(QLatin1String("extension"), kept);
}

QDateTime dateTime(const QString &value) {
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value, Qt::ISODate);
    if (!parsed.isValid() && value.size() == 10) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            parsed = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    return parsed;
}

QString instant(const QDateTime &value) {
    return value.toUTC().toString(Qt::ISODate);
}

QString displayName(const QJsonObject &humanName) {
    QStringList parts;
    // A prefix (FHIR's place for "mevrouw", "dr.") comes first, as the portals address people.
    for (const auto &prefix : humanName.value(QLatin1String("prefix")).toArray())
        parts.append(prefix.toString());
    for (const auto &given : humanName.value(QLatin1String("given")).toArray()) {
        const QString name = given.toString();
        if (!name.isEmpty())
            parts.append(name.endsWith(QLatin1Char('.')) ? name : name.left(1) + QLatin1Char('.'));
    }
    const QString family = humanName.value(QLatin1String("family")).toString();
    if (!family.isEmpty())
        parts.append(family);
    if (parts.isEmpty() || family.isEmpty()) {
        QString text = humanName.value(QLatin1String("text")).toString();
        if (!text.isEmpty())
            return text;
    }
    return parts.join(QLatin1Char(' '));
}

QJsonObject preferredName(const QJsonArray &names) {
    for (const auto &value : names) {
        const QString use = value.toObject().value(QLatin1String("use")).toString();
        if (use == QLatin1String("official") || use == QLatin1String("usual"))
            return value.toObject();
    }
    return names.isEmpty() ? QJsonObject() : names.first().toObject();
}

} // namespace careportal::fhir

namespace careportal::fhir {

bool extensionBool(const QJsonObject &element, const QString &url) {
    for (const auto &value : element.value(QLatin1String("extension")).toArray()) {
        const QJsonObject extension = value.toObject();
        if (extension.value(QLatin1String("url")).toString() == url)
            return extension.value(QLatin1String("valueBoolean")).toBool();
    }
    return false;
}

void setExtensionBool(QJsonObject &element, const QString &url, bool value) {
    QJsonArray kept;
    for (const auto &extension : element.value(QLatin1String("extension")).toArray())
        if (extension.toObject().value(QLatin1String("url")).toString() != url)
            kept.append(extension);
    if (value)
        kept.append(
            QJsonObject{{QLatin1String("url"), url}, {QLatin1String("valueBoolean"), true}});
    if (kept.isEmpty())
        element.remove(QLatin1String("extension"));
    else
        element.insert(QLatin1String("extension"), kept);
}

QString plainText(const QString &xhtml) {
    QString text = xhtml;
    // Block ends and line breaks are what separate the lines a reader sees.
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|</(p|div|li|h[1-6]|tr)>"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += text.mid(last, match.capturedStart() - last);
        bool ok = false;
        const char32_t code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        decoded += ok ? QString::fromUcs4(&code, 1) : match.captured(0);
        last = match.capturedEnd();
    }
    decoded += text.mid(last);
    decoded.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    QStringList lines;
    for (const QString &line : decoded.split(QLatin1Char('\n')))
        lines.append(line.simplified());
    // At most one empty line between paragraphs, none around the text.
    static const QRegularExpression blankRuns(QStringLiteral("\n{3,}"));
    return lines.join(QLatin1Char('\n')).replace(blankRuns, QStringLiteral("\n\n")).trimmed();
}

} // namespace careportal::fhir
