// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <vector>

extern char** environ;

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

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&files, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    pid_t child = 0;
    const auto start = std::chrono::steady_clock::now();
    const int spawned = posix_spawnp(&child, argv.front(), &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0) {
        run.startError = QStringLiteral("cannot start %1: %2")
                             .arg(command.program, QString::fromLocal8Bit(strerror(spawned)));
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

} // namespace simfleet::bench
