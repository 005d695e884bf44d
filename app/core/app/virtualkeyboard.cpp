// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/virtualkeyboard.h"

#include "app/commandline.h"

namespace careportal::VirtualKeyboard {

bool wanted(const CommandLine &commandLine) {
    // --kiosk sets the profile's kiosk; --server replaces the profile file, so its wishes
    // do not count then.
    return commandLine.virtualKeyboard || commandLine.profile.kiosk ||
           commandLine.profile.virtualKeyboard;
}

void enableIfWanted(const CommandLine &commandLine) {
    if (qEnvironmentVariableIsSet("QT_IM_MODULE"))
        return;
    if (wanted(commandLine))
        qputenv("QT_IM_MODULE", kInputMethod);
}

bool active() {
    return qgetenv("QT_IM_MODULE") == kInputMethod;
}

} // namespace careportal::VirtualKeyboard
