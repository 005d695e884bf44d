// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAccessible>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careportal::test {

/// What a screen reader is told about an item: its accessible name and role, read through
/// the same QAccessibleInterface the platform bridge (AT-SPI) uses.
class TestAccessibility : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    /// The name; for a masked password field (Qt 6.4 reports no name for one) the name of
    /// the group around it, which screen readers announce on entering the field.
    Q_INVOKABLE QString nameOf(QObject *item) const {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        if (!iface)
            return {};
        QAccessibleInterface *group = iface->parent();
        if (iface->state().passwordEdit && group && group->role() == QAccessible::Grouping)
            return group->text(QAccessible::Name);
        return iface->text(QAccessible::Name);
    }
    Q_INVOKABLE int roleOf(QObject *item) const {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        return iface ? int(iface->role()) : int(QAccessible::NoRole);
    }
};

} // namespace careportal::test
