// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/ProgressTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <memory>

namespace simfleet::gui {

namespace {

// Short work never flashes a dialog.
constexpr int kShowAfterMs = 400;
constexpr int kRefreshMs = 100;

} // namespace

void runWithProgress(QWidget* parent, const QString& title,
                     const std::function<QString(int done, int total)>& label,
                     const std::function<void(WorkerProgress&)>& work)
{
    WorkerProgress progress;
    QProgressDialog dialog(label(0, 0),
                           QCoreApplication::translate("simfleet::gui::ProgressTask", "Cancel"), 0,
                           0, parent);
    dialog.setObjectName(QStringLiteral("workerProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(kShowAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    QTimer refresh;
    refresh.setInterval(kRefreshMs);
    QObject::connect(&refresh, &QTimer::timeout, &dialog, [&] {
        if (progress.cancel)
            return;
        const int total = progress.total;
        const int done = std::min(progress.done.load(), total);
        dialog.setMaximum(total);
        dialog.setValue(done);
        dialog.setLabelText(label(done, total));
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        progress.cancel = true;
        // QProgressDialog hides itself on Cancel; it stays up, modal, until the work has
        // stopped, so nothing else can be started meanwhile.
        dialog.setCancelButton(nullptr);
        dialog.setLabelText(
            QCoreApplication::translate("simfleet::gui::ProgressTask", "Stopping…"));
        dialog.show();
    });

    std::unique_ptr<QThread> thread(QThread::create([&] { work(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    refresh.start();
    loop.exec();
    thread->wait();
}

} // namespace simfleet::gui
