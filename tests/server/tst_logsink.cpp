// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logging/logsink.h"

#include <QElapsedTimer>
#include <QTest>
#include <fcntl.h>
#include <unistd.h>

using namespace careportal::server;
using namespace std::chrono_literals;

/// LogSink groups the server's log lines into few writes without holding any back for
/// long, reordering them, or keeping a warning waiting.
class TestLogSink : public QObject {
    Q_OBJECT

private:
    int m_read = -1;
    int m_write = -1;

    /// What the pipe holds now, without waiting.
    QByteArray available() const {
        QByteArray all;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_read, buffer, sizeof buffer);
            if (n <= 0)
                return all;
            all.append(buffer, n);
        }
    }

    /// What arrives within `timeoutMs`, until it holds `expected`.
    QByteArray awaitText(const QByteArray &expected, int timeoutMs) const {
        QByteArray all;
        QElapsedTimer timer;
        timer.start();
        while (!all.contains(expected) && timer.elapsed() < timeoutMs) {
            all += available();
            QThread::msleep(5);
        }
        return all;
    }

private Q_SLOTS:
    void init() {
        int fds[2];
        QCOMPARE(::pipe2(fds, O_NONBLOCK), 0);
        m_read = fds[0];
        m_write = fds[1];
    }

    void cleanup() {
        ::close(m_read);
        ::close(m_write);
    }

    void ordinaryLinesWaitAtMostTheDelay() {
        LogSink sink(m_write, 300ms, 1 << 20);
        QElapsedTimer timer;
        timer.start();
        sink.add("one\n", false);
        sink.add("two\n", false);
        QCOMPARE(available(), QByteArray()); // grouped, not written line by line
        const QByteArray text = awaitText("one\ntwo\n", 5000);
        QCOMPARE(text, QByteArray("one\ntwo\n"));
        QVERIFY2(timer.elapsed() >= 250, "written before the delay was up");
    }

    void anUrgentLineIsWrittenAtOnceAfterThoseBeforeIt() {
        LogSink sink(m_write, 10s, 1 << 20);
        sink.add("info\n", false);
        sink.add("warning\n", true);
        QCOMPARE(available(), QByteArray("info\nwarning\n"));
    }

    void aFullBufferIsWrittenAtOnce() {
        LogSink sink(m_write, 10s, 16);
        sink.add("0123456789\n", false);
        QCOMPARE(available(), QByteArray());
        sink.add("abcdefghij\n", false);
        QCOMPARE(available(), QByteArray("0123456789\nabcdefghij\n"));
    }

    void nothingWaitingIsLostWhenTheSinkEnds() {
        {
            LogSink sink(m_write, 10s, 1 << 20);
            sink.add("last\n", false);
        }
        QCOMPARE(available(), QByteArray("last\n"));
    }

    void afterWriteImmediatelyEveryLineGoesOutAtOnce() {
        LogSink sink(m_write, 10s, 1 << 20);
        sink.add("before\n", false);
        sink.writeImmediately();
        QCOMPARE(available(), QByteArray("before\n"));
        sink.add("after\n", false);
        QCOMPARE(available(), QByteArray("after\n"));
    }

    void linesFromManyThreadsStayWhole() {
        LogSink sink(m_write, 20ms, 4096);
        QByteArray all;
        std::vector<std::thread> threads;
        threads.reserve(4);
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&sink, t] {
                const std::string line = std::string(40, char('a' + t)) + '\n';
                for (int i = 0; i < 200; ++i)
                    sink.add(line, false);
            });
        for (auto &thread : threads) {
            thread.join();
            all += available(); // keep the pipe from filling
        }
        sink.flush();
        all += available();
        const QList<QByteArray> lines = all.split('\n');
        QCOMPARE(lines.size(), 4 * 200 + 1); // the empty rest after the last newline
        for (const QByteArray &line : lines.first(lines.size() - 1)) {
            QCOMPARE(line.size(), 40);
            QCOMPARE(line.count(line.at(0)), 40);
        }
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
