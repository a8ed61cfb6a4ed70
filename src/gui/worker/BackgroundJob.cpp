// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/BackgroundJob.h"

#include <QThread>

namespace simfleet::gui {

BackgroundJob::~BackgroundJob()
{
    if (m_thread)
        m_thread->wait();
}

bool BackgroundJob::start(std::function<void()> work, std::function<void()> whenDone)
{
    if (m_running)
        return false;
    if (m_thread)
        m_thread->wait(); // finished already: whenDone has run
    m_thread.reset(QThread::create(std::move(work)));
    m_running = true;
    QObject::connect(m_thread.get(), &QThread::finished, m_owner,
                     [this, done = std::move(whenDone)] {
                         m_running = false;
                         done();
                     });
    m_thread->start();
    return true;
}

} // namespace simfleet::gui
