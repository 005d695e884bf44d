// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJSEngine>

class QQmlEngine;

namespace careportal {

/// The QML side of a singleton that C++ builds: QML_SINGLETON calls T::create(), which hands
/// QML the one instance the composition root made (C++ keeps it; QML never deletes it).
/// Only one T lives at a time; it must exist before QML first names it.
template <typename T> class QmlSingleton {
public:
    static T *create(QQmlEngine *, QJSEngine *) {
        Q_ASSERT(s_current);
        QJSEngine::setObjectOwnership(s_current, QJSEngine::CppOwnership);
        return s_current;
    }

    QmlSingleton(const QmlSingleton &) = delete;
    QmlSingleton &operator=(const QmlSingleton &) = delete;

protected:
    QmlSingleton() {
        Q_ASSERT(!s_current);
        s_current = static_cast<T *>(this);
    }
    ~QmlSingleton() { s_current = nullptr; }

private:
    static inline T *s_current = nullptr;
};

} // namespace careportal
