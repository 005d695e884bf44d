// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings/appearance.h"

#include "util/colourcontrast.h"

#include <QJSEngine>
#include <QList>

namespace careportal {

Appearance *Appearance::s_current = nullptr;

namespace {
// The light backgrounds of Theme.qml: white surface, #F4F6F7 page.
const QList<QColor> &lightBackgrounds() {
    static const QList<QColor> backgrounds{Qt::white, QColor(0xF4, 0xF6, 0xF7)};
    return backgrounds;
}
} // namespace

Appearance::Appearance(DisplaySettings *display, LanguageSettings *language, QObject *parent)
    : QObject(parent)
    , m_display(display)
    , m_language(language) {
    Q_ASSERT(!s_current);
    s_current = this;
}

Appearance::~Appearance() {
    s_current = nullptr;
}

Appearance *Appearance::create(QQmlEngine *engine, QJSEngine *) {
    Q_ASSERT(s_current);
    QJSEngine::setObjectOwnership(s_current, QJSEngine::CppOwnership);
    s_current->m_language->setEngine(engine);
    return s_current;
}

void Appearance::setBrandColours(const QColor &primary, const QColor &accent) {
    m_brandPrimary = primary;
    m_brandAccent = accent;
    Q_EMIT coloursChanged();
}

// The primary colour carries white text and is used as text, so it must reach 4.5:1; the
// accent only marks borders and focus, 3:1. A brand colour that fails is darkened until it
// passes (no organisation's choice may make text unreadable).
QColor Appearance::primaryColor() const {
    const QColor brand = m_brandPrimary.isValid() ? m_brandPrimary : QColor(0x1B, 0x6E, 0x8A);
    return ColourContrast::readableAgainst(brand, lightBackgrounds(), ColourContrast::kTextMinimum);
}

QColor Appearance::accentColor() const {
    const QColor brand = m_brandAccent.isValid() ? m_brandAccent : QColor(0xB3, 0x6B, 0x00);
    return ColourContrast::readableAgainst(brand, lightBackgrounds(),
                                           ColourContrast::kNonTextMinimum);
}

} // namespace careportal
