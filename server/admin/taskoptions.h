// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace careportal::server {
class LinkRights;
}

namespace careportal::server::admin {

/// A new row id: a UUID without braces.
[[nodiscard]] QString newId();
/// Today's date in the Netherlands, where staff plan.
[[nodiscard]] QDate todayInAmsterdam();

/// One option of the admin command: its name, what --help says of it and its value's name.
[[nodiscard]] QCommandLineOption taskOption(const char *name, const char *description,
                                            const char *value);

/// Reads the options of one task and collects everything that is wrong with them, so staff
/// see every mistake of a command line at once (as FieldCheck does for API bodies) instead
/// of fixing them one run at a time. Values are trimmed and single-line: a tab or newline
/// would break the tab-separated listings and the client letter.
class TaskOptions {
public:
    TaskOptions(const QCommandLineParser &parser, QString task);

    [[nodiscard]] bool isSet(const QString &option) const;
    /// The value; records an error when it is missing or empty, longer than `maxLength`
    /// or contains control or format characters (ContactValidation::hasUnsafeCharacters).
    [[nodiscard]] QString required(const QString &option, qsizetype maxLength);
    /// As required(), but an absent option is fine (an empty string then).
    [[nodiscard]] QString optional(const QString &option, qsizetype maxLength);
    /// A Dutch local time "YYYY-MM-DDTHH:MM" (Europe/Amsterdam) as UTC; invalid, with an
    /// error recorded, when missing, malformed or skipped by the clock (summer time).
    [[nodiscard]] QDateTime localTime(const QString &option);
    /// A date "YYYY-MM-DD"; invalid, with an error recorded, when malformed.
    [[nodiscard]] QDate date(const QString &option);

    /// Records a problem that is not about one option's form (unknown ids, order of times).
    void refuse(const QString &message);
    [[nodiscard]] bool ok() const { return m_errors.isEmpty(); }
    /// Prints every recorded problem on stderr, prefixed with the task; returns the exit
    /// code of a refused task.
    [[nodiscard]] int fail() const;

private:
    [[nodiscard]] QString checked(const QString &option, qsizetype maxLength);

    const QCommandLineParser &m_parser;
    QString m_task;
    QStringList m_errors;
};

/// --rights as the parts a contact link opens, every unknown name refused; nullopt when
/// not given (link-account, approve-registration, set-link-rights).
[[nodiscard]] std::optional<LinkRights> linkRightsOption(TaskOptions &options, bool required);

} // namespace careportal::server::admin
