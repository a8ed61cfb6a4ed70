// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <malloc.h>
#include <mutex>
#include <signal.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace simfleet::bench {

namespace {

double seconds(const timeval& time)
{
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
}

// Kills the child if it outlives the timeout; a thread, so that the bench can block in wait4
// and take the exit time as it happens.
class Watchdog {
public:
    Watchdog(pid_t child, std::chrono::seconds timeout)
        : m_thread([this, child, timeout] {
              std::unique_lock lock(m_mutex);
              if (!m_done.wait_for(lock, timeout, [this] { return m_finished; })) {
                  m_fired = true;
                  kill(child, SIGKILL);
              }
          })
    {}
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

    // Call once the child has been reaped; returns whether the timeout killed it.
    bool finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_one();
        m_thread.join();
        return m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished{false};
    bool m_fired{false};
    std::thread m_thread;
};

} // namespace

QString ChildRun::failure() const
{
    if (!startError.isEmpty())
        return startError;
    if (timedOut)
        return QStringLiteral("stopped after the timeout");
    if (signal != 0)
        return QStringLiteral("killed by signal %1 (%2)")
            .arg(signal)
            .arg(QString::fromLocal8Bit(strsignal(signal)));
    return QStringLiteral("exit code %1").arg(exitCode);
}

ChildRun runChild(const ChildCommand& command, std::chrono::seconds timeout)
{
    ChildRun run;
    std::vector<std::string> strings{command.program.toStdString()};
    for (const QString& argument : command.arguments)
        strings.push_back(argument.toStdString());
    std::vector<char*> argv;
    for (std::string& s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const std::string out = command.stdoutPath.toStdString();
    const std::string err = command.stderrPath.toStdString();

    // A child's ru_maxrss starts from the memory it shares with the bench when it is made: with
    // posix_spawn (vfork) that is the bench's own peak, with fork its current size. So fork, from
    // a bench that has handed its free memory back first (see runnerFloorKb).
    malloc_trim(0);
    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) {
        run.startError = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return run;
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        // Only async-signal-safe calls between fork and exec.
        const int in = open("/dev/null", O_RDONLY);
        const int stdoutFile = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int stderrFile = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in >= 0 && stdoutFile >= 0 && stderrFile >= 0 && dup2(in, 0) == 0 &&
            dup2(stdoutFile, 1) == 1 && dup2(stderrFile, 2) == 2)
            execvp(argv.front(), argv.data());
        const int error = errno;
        ssize_t written = write(ready[1], &error, sizeof error);
        static_cast<void>(written);
        _exit(127);
    }
    close(ready[1]);
    if (child < 0) {
        close(ready[0]);
        run.startError = QStringLiteral("fork: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return run;
    }
    Watchdog watchdog(child, timeout);
    int status = 0;
    rusage usage{};
    pid_t reaped = 0;
    do {
        reaped = wait4(child, &status, 0, &usage);
    } while (reaped < 0 && errno == EINTR);
    const auto end = std::chrono::steady_clock::now();
    run.timedOut = watchdog.finish();
    int execError = 0;
    const bool execFailed = read(ready[0], &execError, sizeof execError) == sizeof execError;
    close(ready[0]);
    if (execFailed) {
        run.startError = QStringLiteral("cannot start %1: %2")
                             .arg(command.program, QString::fromLocal8Bit(strerror(execError)));
        return run;
    }
    if (reaped != child) {
        run.startError = QStringLiteral("lost %1: %2")
                             .arg(command.program, QString::fromLocal8Bit(strerror(errno)));
        return run;
    }
    run.wallSeconds = std::chrono::duration<double>(end - start).count();
    run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peakRssKb = usage.ru_maxrss;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    return run;
}

long runnerFloorKb()
{
    const ChildRun run = runChild(
        ChildCommand{
            QStringLiteral("true"), {}, QStringLiteral("/dev/null"), QStringLiteral("/dev/null")},
        std::chrono::seconds(10));
    return run.succeeded() ? run.peakRssKb : -1;
}

} // namespace simfleet::bench
