// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <memory>

namespace simfleet::gui {

void runWithBusyDialog(QWidget* parent, const QString& text, const std::function<void()>& work)
{
    QProgressDialog dialog(text, QString(), 0, 0, parent);
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setWindowTitle(QStringLiteral("SimFleet"));

    std::unique_ptr<QThread> thread(QThread::create(work));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
}

} // namespace simfleet::gui
