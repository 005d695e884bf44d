// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings/displaysettings.h"

#include <QSettings>

namespace careportal {

namespace {
const QString textKey = QStringLiteral("display/textPercent");
const QString contrastKey = QStringLiteral("display/highContrast");

int validPercent(int percent) {
    const int step = DisplaySettings::kStepPercent;
    const int rounded = (percent + step / 2) / step * step;
    return std::clamp(rounded, DisplaySettings::kMinimumPercent, DisplaySettings::kMaximumPercent);
}
} // namespace

DisplaySettings::DisplaySettings(bool remembers, QObject *parent)
    : QObject(parent)
    , m_remembers(remembers) {
    if (!m_remembers)
        return;
    const QSettings settings;
    m_textPercent = validPercent(settings.value(textKey, kMinimumPercent).toInt());
    m_highContrast = settings.value(contrastKey, false).toBool();
}

void DisplaySettings::setTextPercent(int percent) {
    percent = validPercent(percent);
    if (percent == m_textPercent)
        return;
    m_textPercent = percent;
    save();
    Q_EMIT textPercentChanged();
}

void DisplaySettings::setHighContrast(bool on) {
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    save();
    Q_EMIT highContrastChanged();
}

void DisplaySettings::restoreDefaults() {
    setTextPercent(kMinimumPercent);
    setHighContrast(false);
}

void DisplaySettings::save() const {
    if (!m_remembers)
        return;
    QSettings settings;
    settings.setValue(textKey, m_textPercent);
    settings.setValue(contrastKey, m_highContrast);
}

} // namespace careportal
