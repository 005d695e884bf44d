// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QQmlEngine;

namespace careportal::test {

/// Fails the running QML test on any QML warning: a binding loop, a polish loop, an error
/// in a binding, anything said about a qrc:/ or file:/ QML file. Issue 27, item 13: such a
/// warning on stderr was seen by nobody while the suite stayed green.
///
/// Qt Test only fails on a warning that matches a QTest::failOnWarning() pattern, and it
/// forgets the patterns after each test function. So the guard adds the warning's own
/// text as a pattern just before Qt Test sees it: from QQmlEngine::warnings() (emitted
/// before the engine prints), and from a message handler put in front of Qt Test's (for
/// what Qt Quick prints itself, such as a polish loop). Qt Test checks ignoreWarning()
/// first, so a test that expects a warning still passes.
///
/// One gap: Qt Test installs its handler when the process's first TestCase starts, and the
/// guard can only go in front of it at the next event. What that first test function says
/// before it first waits reaches the guard only if it comes through the engine (a binding
/// loop or an error in a binding does; console.warn() and Qt Quick's own messages do not).
class QmlWarningGuard : public QObject {
    Q_OBJECT
public:
    /// Watches the application's messages from now on.
    static void install();
    /// Watches the warnings of the engine of one QML test file.
    static void watch(QQmlEngine *engine);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace careportal::test
