// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "qmlwarningguard.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QQmlError>
#include <QRegularExpression>
#include <QThread>
#include <QtTest/qtestcase.h>

namespace careportal::test {

namespace {

// The handler before Qt Test's (the default), and the one the guard passes messages on to.
QtMessageHandler s_initial = nullptr;
QtMessageHandler s_next = nullptr;
thread_local bool t_inHandler = false;

// Said about QML: a location in a QML file, or what Qt Quick prints without one.
bool isQmlWarning(const QMessageLogContext &context, const QString &message) {
    static const QRegularExpression qml(QStringLiteral(
        R"(qrc:/|file:/|<Unknown File>|Binding loop|[Pp]olish(\(\))? loop|bound component)"));
    const QLatin1StringView category(context.category ? context.category : "");
    return category == QLatin1StringView("qml") || category == QLatin1StringView("js") ||
           message.contains(qml);
}

void failOnThisWarning(const QString &message) {
    // Qt Test's lists are the main thread's.
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        QTest::failOnWarning(qPrintable(message));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    // Qt Test's handler passes a message back down when it has stopped logging; should that
    // come back here, it goes to the default handler rather than round again.
    if (t_inHandler) {
        s_initial(type, context, message);
        return;
    }
    t_inHandler = true;
    if (type == QtWarningMsg && isQmlWarning(context, message))
        failOnThisWarning(message);
    s_next(type, context, message);
    t_inHandler = false;
}

} // namespace

void QmlWarningGuard::install() {
    s_initial = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(s_initial);
    // Qt Test puts its own message handler in place when the first TestCase starts; the
    // guard goes in front of it at the next event (and never in front of the default
    // handler, which Qt Test would then pass messages back to).
    QCoreApplication::instance()->installEventFilter(new QmlWarningGuard(qApp));
}

void QmlWarningGuard::watch(QQmlEngine *engine) {
    QObject::connect(engine, &QQmlEngine::warnings, engine, [](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings) {
            if (warning.messageType() == QtWarningMsg)
                failOnThisWarning(warning.toString());
        }
    });
}

bool QmlWarningGuard::eventFilter(QObject *, QEvent *) {
    const QtMessageHandler current = qInstallMessageHandler(handler);
    if (current == s_initial)
        qInstallMessageHandler(current); // Qt Test is not logging (yet or any more)
    else if (current != handler)
        s_next = current;
    return false;
}

} // namespace careportal::test
