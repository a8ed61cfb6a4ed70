// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the hidden performance measurements read: this process's memory as the kernel counts it,
// and the longest time the GUI thread's event loop went without turning.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace simfleet::gui::testing {

struct MemoryFigures {
    qint64 residentKiB{-1};  // VmRSS: resident now
    qint64 peakKiB{-1};      // VmHWM: the most ever resident
    qint64 anonymousKiB{-1}; // RssAnon: of the resident, the heap and stacks
    qint64 fileKiB{-1};      // RssFile: of the resident, mapped files (code, a mapped database)
};

inline MemoryFigures memoryNow()
{
    MemoryFigures figures;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return figures;
    }
    const auto kib = [](const QByteArray& line) {
        return line.mid(line.indexOf(':') + 1).trimmed().split(' ').front().toLongLong();
    };
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            figures.residentKiB = kib(line);
        } else if (line.startsWith("VmHWM:")) {
            figures.peakKiB = kib(line);
        } else if (line.startsWith("RssAnon:")) {
            figures.anonymousKiB = kib(line);
        } else if (line.startsWith("RssFile:")) {
            figures.fileKiB = kib(line);
        }
    }
    return figures;
}

// The longest time the event loop went without running a 5 ms timer while work happened.
class StallMeter {
public:
    StallMeter()
    {
        m_clock.start();
        m_last = m_clock.elapsed();
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
        m_timer.start(5);
    }
    qint64 worstMs() const { return m_worst; }
    // Starts a new period: the next worstMs() covers only what happens from here.
    void restart()
    {
        m_worst = 0;
        m_last = m_clock.elapsed();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last{0};
    qint64 m_worst{0};
};

} // namespace simfleet::gui::testing
