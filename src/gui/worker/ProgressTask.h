// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <atomic>
#include <functional>

class QWidget;

namespace simfleet::gui {

// What work running under runWithProgress reports, and the user's Cancel.
struct WorkerProgress {
    std::atomic<int> done{0};
    std::atomic<int> total{0}; // 0 while unknown: the bar just shows it is busy
    std::atomic_bool cancel{false};
};

// Runs work on a thread of its own behind a modal progress dialog with a Cancel button, and
// returns once the work has ended (after a Cancel too: the work decides how soon it stops; the
// dialog says it is stopping meanwhile). label(done, total) is the dialog's text, read again ten
// times a second. work must open its own database connection (one per thread).
void runWithProgress(QWidget* parent, const QString& title,
                     const std::function<QString(int done, int total)>& label,
                     const std::function<void(WorkerProgress&)>& work);

} // namespace simfleet::gui
