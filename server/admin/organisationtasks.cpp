// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "organisationtasks.h"

#include "adminoutput.h"
#include "storage/organisationstore.h"
#include "storage/privacystatementstore.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>

namespace careportal::server::admin {

namespace {

// A working day idle at most; a week at most in all (the web portals end sooner).
constexpr int kIdleMax = 8 * 60;
constexpr int kAbsoluteMax = 7 * 24 * 60;
constexpr qint64 kStatementMaxBytes = qint64{100} * 1024;
constexpr qsizetype kPathMax = 4096;

int readMinutes(TaskOptions &options, const QString &option, int most) {
    const QString text = options.required(option, 6);
    bool ok = false;
    const int minutes = text.toInt(&ok);
    if (!text.isEmpty() && (!ok || minutes < 1 || minutes > most))
        options.refuse(
            QStringLiteral("--%1 must be a number of minutes from 1 to %2").arg(option).arg(most));
    return minutes;
}

int setSessionLimits(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-session-limits"));
    const SessionLimits limits{
        readMinutes(options, QStringLiteral("idle-minutes"), kIdleMax),
        readMinutes(options, QStringLiteral("absolute-minutes"), kAbsoluteMax)};
    if (options.ok() && limits.idleMinutes > limits.absoluteMinutes)
        options.refuse(QStringLiteral("--idle-minutes cannot exceed --absolute-minutes"));
    if (!options.ok())
        return options.fail();
    OrganisationStore store(database);
    if (!store.setSessionLimits(limits))
        return fail(QStringLiteral("set-session-limits: could not store the limits (is there an "
                                   "organisation yet?)"));
    print(QStringLiteral("session-limits\tidle %1 min\tabsolute %2 min")
              .arg(limits.idleMinutes)
              .arg(limits.absoluteMinutes));
    return 0;
}

/// The text of a UTF-8 file, or an empty string with a refusal recorded.
QString readStatement(TaskOptions &options, const QString &option, bool required) {
    const QString path =
        required ? options.required(option, kPathMax) : options.optional(option, kPathMax);
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        options.refuse(QStringLiteral("--%1: cannot read %2").arg(option, path));
        return {};
    }
    if (file.size() > kStatementMaxBytes) {
        options.refuse(
            QStringLiteral("--%1: larger than %2 KiB").arg(option).arg(kStatementMaxBytes / 1024));
        return {};
    }
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes).trimmed();
    if (text.toUtf8() != bytes.trimmed())
        options.refuse(QStringLiteral("--%1: not UTF-8 text").arg(option));
    else if (text.isEmpty())
        options.refuse(QStringLiteral("--%1: the file is empty").arg(option));
    return text;
}

int setPrivacyStatement(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-privacy-statement"));
    PrivacyStatementStore::Statement statement;
    statement.nl = readStatement(options, QStringLiteral("nl-file"), true);
    statement.en = readStatement(options, QStringLiteral("en-file"), false);
    statement.updatedOn = todayInAmsterdam();
    if (!options.ok())
        return options.fail();
    PrivacyStatementStore store(database);
    if (!store.setStatement(statement))
        return fail(QStringLiteral("set-privacy-statement: could not store the statement"));
    print(QStringLiteral("privacy-statement\tupdated %1\t%2 characters (nl), %3 (en)")
              .arg(statement.updatedOn.toString(Qt::ISODate))
              .arg(statement.nl.size())
              .arg(statement.en.size()));
    return 0;
}

/// "--primary-color #1B6E8A" or "none" (empty: the app's neutral colour).
void readColour(TaskOptions &options, const QString &option, QString *colour) {
    if (!options.isSet(option))
        return;
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    const QString value = options.required(option, 7);
    if (value == QLatin1String("none"))
        colour->clear();
    else if (hex.match(value).hasMatch())
        *colour = value.toUpper();
    else if (!value.isEmpty())
        options.refuse(QStringLiteral("--%1 must be #RRGGBB or none").arg(option));
}

/// "--logo-file logo.svg" or "none": an SVG sent inline with GET /organisation.
void readLogo(TaskOptions &options, OrganisationRecord *organisation) {
    const QString option = QStringLiteral("logo-file");
    if (!options.isSet(option))
        return;
    const QString path = options.required(option, kPathMax);
    if (path == QLatin1String("none")) {
        organisation->logoMediaType.clear();
        organisation->logoData.clear();
        return;
    }
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        options.refuse(QStringLiteral("--logo-file: cannot read %1").arg(path));
        return;
    }
    if (file.size() > kStatementMaxBytes) {
        options.refuse(
            QStringLiteral("--logo-file: larger than %1 KiB").arg(kStatementMaxBytes / 1024));
        return;
    }
    const QByteArray svg = file.readAll();
    if (!svg.contains("<svg")) {
        options.refuse(QStringLiteral("--logo-file: not an SVG image"));
        return;
    }
    organisation->logoMediaType = QStringLiteral("image/svg+xml");
    organisation->logoData = svg;
}

int setBranding(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-branding"));
    OrganisationStore store(database);
    std::optional<OrganisationRecord> organisation = store.organisation();
    if (!organisation)
        return fail(QStringLiteral("set-branding: there is no organisation yet"));
    if (!options.isSet(QStringLiteral("primary-color")) &&
        !options.isSet(QStringLiteral("accent-color")) &&
        !options.isSet(QStringLiteral("logo-file")))
        options.refuse(QStringLiteral("give --primary-color, --accent-color and/or --logo-file"));
    readColour(options, QStringLiteral("primary-color"), &organisation->primaryColor);
    readColour(options, QStringLiteral("accent-color"), &organisation->accentColor);
    readLogo(options, &*organisation);
    if (!options.ok())
        return options.fail();
    if (!store.setBranding(*organisation))
        return fail(QStringLiteral("set-branding: could not store the branding"));
    const auto shown = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("none") : value;
    };
    print(QStringLiteral("branding\tprimary %1\taccent %2\tlogo %3 bytes")
              .arg(shown(organisation->primaryColor), shown(organisation->accentColor))
              .arg(organisation->logoData.size()));
    return 0;
}

} // namespace

TaskList organisationTasks() {
    return {
        {QStringLiteral("set-session-limits"),
         QStringLiteral("set-session-limits --idle-minutes N --absolute-minutes M"),
         setSessionLimits},
        {QStringLiteral("set-privacy-statement"),
         QStringLiteral("set-privacy-statement --nl-file FILE [--en-file FILE]"),
         setPrivacyStatement},
        {QStringLiteral("set-branding"),
         QStringLiteral("set-branding [--primary-color #RRGGBB|none] [--accent-color "
                        "#RRGGBB|none] [--logo-file FILE.svg|none]"),
         setBranding},
    };
}

} // namespace careportal::server::admin
