// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace simfleet::gui {

// Runs one piece of work at a time on a thread of its own and hands control back to the
// owner's thread when it ends, so long imports and scans over the audit log never freeze the
// window. The destructor waits for running work: whatever the work uses must outlive the job,
// which holds when the job is a member of its owner.
class BackgroundJob {
public:
    explicit BackgroundJob(QObject* owner) : m_owner(owner) {}
    ~BackgroundJob();
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    // From start() until whenDone has run.
    bool isRunning() const { return m_running; }

    // Refused (false) while work is running. whenDone runs on the owner's thread, never when
    // the owner is gone.
    bool start(std::function<void()> work, std::function<void()> whenDone);

private:
    QObject* m_owner;
    std::unique_ptr<QThread> m_thread;
    bool m_running{false};
};

} // namespace simfleet::gui
