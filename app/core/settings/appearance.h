// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/displaysettings.h"
#include "settings/languagesettings.h"

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace careportal {

/// What every window's look and words follow, before an organisation is chosen and after:
/// the reader's display settings, the language, and the organisation's brand colours made
/// readable. QML sees it as the singleton `Appearance` (Theme.qml reads it). The one who
/// builds a window (AppComposition, OrganisationChooser) makes one before loading QML; one at
/// a time per process.
class Appearance : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(careportal::DisplaySettings *display READ display CONSTANT)
    Q_PROPERTY(careportal::LanguageSettings *language READ language CONSTANT)
    Q_PROPERTY(QColor primaryColor READ primaryColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor accentColor READ accentColor NOTIFY coloursChanged)
public:
    Appearance(DisplaySettings *display, LanguageSettings *language, QObject *parent = nullptr);
    ~Appearance() override;

    static Appearance *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] DisplaySettings *display() const { return m_display; }
    [[nodiscard]] LanguageSettings *language() const { return m_language; }
    /// The brand's primary colour, darkened where white text or the page cannot carry it.
    [[nodiscard]] QColor primaryColor() const;
    /// The brand's accent colour, darkened where it would not stand out against the page.
    [[nodiscard]] QColor accentColor() const;
    /// The organisation's colours as it sends them (invalid: CarePortal's own).
    void setBrandColours(const QColor &primary, const QColor &accent);

Q_SIGNALS:
    void coloursChanged();

private:
    static Appearance *s_current;
    DisplaySettings *m_display;
    LanguageSettings *m_language;
    QColor m_brandPrimary;
    QColor m_brandAccent;
};

} // namespace careportal
