// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellImport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <sys/resource.h>

namespace simfleet::bench {

namespace {

constexpr int kTimeoutMs = 10 * 60 * 1000;

// Processor time of the finished children so far.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

Result<ShellTiming> timeShellImport(const QString& csvPath, const QString& databasePath)
{
    const double cpuBefore = childrenCpuSeconds();
    QFile::remove(databasePath);
    QProcess shell;
    const QStringList arguments{databasePath,
                                QStringLiteral(".import --csv %1 cards").arg(csvPath)};
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), arguments);
    if (!shell.waitForStarted())
        return Error{ErrorCode::StorageFailure, QStringLiteral("cannot run sqlite3"), 0};
    shell.waitForFinished(kTimeoutMs);
    const ShellTiming timing{static_cast<double>(timer.nsecsElapsed()) / 1e9,
                             childrenCpuSeconds() - cpuBefore};
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        return Error{ErrorCode::StorageFailure,
                     QString::fromLocal8Bit(shell.readAllStandardError()).trimmed(), 0};
    }
    return timing;
}

} // namespace simfleet::bench
