#include "app/virtualkeyboard.h"

#include "settings/organisationprofile.h"

namespace careportal::VirtualKeyboard {

namespace {

/// The value of `--name value` or `--name=value` (also with one dash, as Qt accepts).
QString optionValue(const QStringList &arguments, const QString &name) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--")))
            argument.remove(0, 1);
        if (argument == QLatin1Char('-') + name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1Char('-') + name + QLatin1Char('=')))
            return argument.mid(name.size() + 2);
    }
    return {};
}

bool hasFlag(const QStringList &arguments, const QString &name) {
    return arguments.contains(QLatin1String("--") + name) ||
           arguments.contains(QLatin1Char('-') + name);
}

} // namespace

bool wanted(const QStringList &arguments, const QString &defaultProfilePath) {
    if (hasFlag(arguments, QStringLiteral("kiosk")) ||
        hasFlag(arguments, QStringLiteral("virtual-keyboard")))
        return true;
    // --server replaces the profile file, as in the launcher.
    if (!optionValue(arguments, QStringLiteral("server")).isEmpty())
        return false;
    QString path = optionValue(arguments, QStringLiteral("profile"));
    if (path.isEmpty())
        path = defaultProfilePath;
    QString error;
    const OrganisationProfile profile = OrganisationProfile::load(path, &error);
    return profile.kiosk || profile.virtualKeyboard;
}

void enableIfWanted(const QStringList &arguments, const QString &defaultProfilePath) {
    if (qEnvironmentVariableIsSet("QT_IM_MODULE"))
        return;
    if (wanted(arguments, defaultProfilePath))
        qputenv("QT_IM_MODULE", kInputMethod);
}

bool active() {
    return qgetenv("QT_IM_MODULE") == kInputMethod;
}

} // namespace careportal::VirtualKeyboard
