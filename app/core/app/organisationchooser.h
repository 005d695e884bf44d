// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/organisationprofile.h"

#include <QString>
#include <optional>

namespace careportal {

/// "Selecteer organisatie" before the app is built: when no organisation is configured
/// (no --profile, no --server, no saved profile), the user picks theirs from the directory
/// and the app then starts for it.
class OrganisationChooser {
public:
    struct Options {
        QString directoryFile; ///< --directory; empty: an installed file or the shipped list
        QString profilePath;   ///< where the choice is saved for the next start
        QString language;      ///< --lang; empty: the stored choice
        /// A kiosk is set up by its installer: the screen says so and offers no choice.
        bool kiosk = false;
    };

    /// Shows the screen in a window of its own and returns the chosen organisation, or
    /// nothing when the user closed the window (or on a kiosk).
    [[nodiscard]] static std::optional<OrganisationProfile> run(const Options &options);
};

} // namespace careportal
