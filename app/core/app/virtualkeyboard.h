#pragma once

#include <QStringList>

namespace careportal {

/// Decides before the application object exists whether this start gets Qt's on-screen
/// keyboard: the input method is chosen when QGuiApplication is built, so it cannot wait for
/// the command line parser. Wanted on a kiosk, with --virtual-keyboard, or when the profile
/// asks for it ("kiosk" or "virtualKeyboard"); a QT_IM_MODULE set by the user is left alone.
namespace VirtualKeyboard {

inline constexpr char kInputMethod[] = "qtvirtualkeyboard";

/// Whether `arguments` (argv, the program first) or the profile file they name (or the
/// default `defaultProfilePath`) ask for the on-screen keyboard.
[[nodiscard]] bool wanted(const QStringList &arguments, const QString &defaultProfilePath);

/// Sets QT_IM_MODULE when wanted and nothing else chose an input method. Call before the
/// QGuiApplication is constructed.
void enableIfWanted(const QStringList &arguments, const QString &defaultProfilePath);

/// Whether the on-screen keyboard is this process's input method.
[[nodiscard]] bool active();

} // namespace VirtualKeyboard

} // namespace careportal
