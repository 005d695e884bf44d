// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace careportal {

struct CommandLine;

/// Decides before the application object exists whether this start gets Qt's on-screen
/// keyboard: the input method is chosen when QGuiApplication is built, so it is read from
/// the command line parsed before it (CommandLine). Wanted on a kiosk, with
/// --virtual-keyboard, or when the profile asks for it ("kiosk" or "virtualKeyboard"); a
/// QT_IM_MODULE set by the user is left alone.
namespace VirtualKeyboard {

inline constexpr char kInputMethod[] = "qtvirtualkeyboard";

/// Whether the command line or the profile it loaded asks for the on-screen keyboard.
[[nodiscard]] bool wanted(const CommandLine &commandLine);

/// Sets QT_IM_MODULE when wanted and nothing else chose an input method. Call before the
/// QGuiApplication is constructed.
void enableIfWanted(const CommandLine &commandLine);

/// Whether the on-screen keyboard is this process's input method.
[[nodiscard]] bool active();

} // namespace VirtualKeyboard

} // namespace careportal
