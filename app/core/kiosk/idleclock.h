#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// The time an IdleMonitor counts in: milliseconds since some start, and a tick whenever
/// the monitor should look again. The system clock ticks every second; tests give a clock
/// they move forward themselves, so a three-minute idle logout takes no three minutes.
class IdleClock : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
public:
    using QObject::QObject;
    [[nodiscard]] virtual qint64 nowMs() const = 0;

Q_SIGNALS:
    void ticked();
};

/// Monotonic time (QElapsedTimer): a clock change on the PC moves no logout.
class SystemIdleClock : public IdleClock {
    Q_OBJECT
public:
    explicit SystemIdleClock(QObject *parent = nullptr);
    [[nodiscard]] qint64 nowMs() const override { return m_elapsed.elapsed(); }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace careportal
