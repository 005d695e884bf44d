// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// How this reader wants the app to look: text from 100 % up to 200 % in steps of 25 %, and a
/// high-contrast theme (black on white, strong lines). Kept in the user's settings; a kiosk
/// keeps nothing and returns to the defaults when the next person starts (restoreDefaults).
class DisplaySettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.display")
    Q_PROPERTY(int textPercent READ textPercent WRITE setTextPercent NOTIFY textPercentChanged)
    /// textPercent as a factor for sizes (1.0 to 2.0).
    Q_PROPERTY(double textScale READ textScale NOTIFY textPercentChanged)
    Q_PROPERTY(bool canEnlarge READ canEnlarge NOTIFY textPercentChanged)
    Q_PROPERTY(bool canReduce READ canReduce NOTIFY textPercentChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
public:
    static constexpr int kMinimumPercent = 100;
    static constexpr int kMaximumPercent = 200;
    static constexpr int kStepPercent = 25;

    /// `remembers`: false on a kiosk, where nothing is written.
    explicit DisplaySettings(bool remembers, QObject *parent = nullptr);

    [[nodiscard]] int textPercent() const { return m_textPercent; }
    /// Rounded to the nearest step and kept within 100-200 %.
    void setTextPercent(int percent);
    [[nodiscard]] double textScale() const { return m_textPercent / 100.0; }
    [[nodiscard]] bool canEnlarge() const { return m_textPercent < kMaximumPercent; }
    [[nodiscard]] bool canReduce() const { return m_textPercent > kMinimumPercent; }
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    Q_INVOKABLE void enlarge() { setTextPercent(m_textPercent + kStepPercent); }
    Q_INVOKABLE void reduce() { setTextPercent(m_textPercent - kStepPercent); }
    /// Normal text, normal colours (a kiosk after each person; "Standaard" in the dialog).
    Q_INVOKABLE void restoreDefaults();

Q_SIGNALS:
    void textPercentChanged();
    void highContrastChanged();

private:
    void save() const;

    bool m_remembers;
    int m_textPercent = kMinimumPercent;
    bool m_highContrast = false;
};

} // namespace careportal
