// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/organisationprofile.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;

namespace careportal {

/// The command line, read once before the application object exists: the early set-up
/// (the on-screen keyboard must be chosen before QGuiApplication is built, see
/// VirtualKeyboard) and the launcher both use this one reading. The organisation profile it
/// names (or the saved one) is loaded here, once.
struct CommandLine {
    /// --profile or the saved profile, with --server, --fingerprint, --kiosk and
    /// --idle-logout applied.
    OrganisationProfile profile;
    QString error;         ///< the profile could not be read or is not valid
    QString profilePath;   ///< --profile, else where a chosen organisation is saved
    QString directoryFile; ///< --directory: the installer's list of organisations
    QString language;      ///< --lang; empty: the stored choice
    QString dataDir;       ///< --data-dir, else the platform's folder for app data
    QUrl link;             ///< careportal://… handed over by the desktop (Exec=careportal %u)
    /// No --profile, no --server and no saved profile: "Selecteer organisatie" first.
    bool chooseOrganisation = false;
    bool virtualKeyboard = false; ///< --virtual-keyboard
    /// --self-test: start, check every screen's QML, log in with CAREPORTAL_USER and
    /// CAREPORTAL_PASSWORD when set, read this month's planning, say so and exit (SelfTest).
    bool selfTest = false;
    // For the parser to answer once the application exists (it needs one to print).
    bool helpRequested = false;
    bool versionRequested = false;
    QString parseError; ///< an unknown option or a missing value

    [[nodiscard]] QString cachePath() const { return dataDir + QStringLiteral("/cache.sqlite"); }

    /// Reads `arguments` (argv, the program first) with `parser`, which the caller keeps to
    /// show --help or --version later. `savedProfilePath` is where a chosen organisation is
    /// kept (defaultProfilePath() in the app). A word with one dash is read as with two
    /// ("-kiosk" is "--kiosk").
    [[nodiscard]] static CommandLine parse(const QStringList &arguments,
                                           const QString &savedProfilePath,
                                           QCommandLineParser &parser);
    /// The same with a parser of its own.
    [[nodiscard]] static CommandLine parse(const QStringList &arguments,
                                           const QString &savedProfilePath);
    /// Where the app keeps the organisation chosen in "Selecteer organisatie".
    [[nodiscard]] static QString defaultProfilePath();
};

} // namespace careportal
