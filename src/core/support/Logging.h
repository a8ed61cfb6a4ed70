// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <cstddef>

namespace simfleet {

enum class LogLevel { Debug, Info, Warning, Error, Off };

struct LoggingOptions {
    // Prefix of the lines written to stderr, e.g. "simfleet-cli".
    QString programName;
    // Where simfleet.log rotates; empty means defaultLogDirectory().
    QString directory;
    LogLevel fileLevel{LogLevel::Info};
    // The CLI shows warnings and errors on stderr; the desktop app passes Off.
    LogLevel stderrLevel{LogLevel::Warning};
    std::size_t maxFileBytes{5 * 1024 * 1024};
    std::size_t maxFiles{3};
};

// logs/ in the app-data folder that also holds the database (GenericDataLocation + "/SimFleet",
// the same for every program): ~/.local/share/SimFleet/logs on Linux.
QString defaultLogDirectory();

// Installs spdlog's default logger: a rotating <directory>/simfleet.log and stderr, so code that
// calls spdlog::info() directly lands in the same place. Every message passes through
// redactPersonalData() on its way to either sink. When the file cannot be opened, logging goes on
// to stderr alone and the returned path is empty; otherwise it is the log file's path.
QString setUpLogging(const LoggingOptions& options);

// Flushes and removes the logger (safe to call when setUpLogging was not).
void shutDownLogging();

// Replaces anything shaped like a resident ID or a USCC (18 characters, standing alone) with its
// masked form. A safety net only: callers mask holder data themselves (rules/Masking.h), and a
// holder's name cannot be recognised here.
QString redactPersonalData(QStringView text);

// For code that would rather not include spdlog.
void logInfo(QStringView message);

} // namespace simfleet
