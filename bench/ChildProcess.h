// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <chrono>

namespace simfleet::bench {

// One finished child process: how long it took from start to exit, and the most memory it held.
struct ChildRun {
    double wallSeconds{0};
    double cpuSeconds{0}; // user + system
    long peakRssKb{0};    // rusage's ru_maxrss: the child's own peak, not its parent's
    int exitCode{-1};     // -1 when it did not exit normally
    int signal{0};        // the signal that ended it, if one did
    bool timedOut{false}; // stopped by the bench after the timeout
    QString startError;   // why it could not start; empty when it ran

    bool succeeded() const { return startError.isEmpty() && !timedOut && exitCode == 0; }
    QString failure() const; // what went wrong, for a message
};

struct ChildCommand {
    QString program; // a path, or a name looked up in PATH
    QStringList arguments;
    QString stdoutPath; // both replaced; stdin is /dev/null
    QString stderrPath;
};

// Runs the command as a child (fork and exec, then wait4 for its own rusage) and waits for it,
// killing it once `timeout` has passed. Nothing else runs in the bench meanwhile.
ChildRun runChild(const ChildCommand& command, std::chrono::seconds timeout);

// The peak memory runChild reports for a child that uses next to none (true): what a child
// shares with the bench when it is made. A child's own figure is exact when above it.
long runnerFloorKb();

} // namespace simfleet::bench
