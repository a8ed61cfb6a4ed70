// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Logging.h"

#include "rules/Masking.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>
#include <memory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

namespace simfleet {

namespace {

spdlog::level::level_enum toSpdlog(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return spdlog::level::debug;
    case LogLevel::Info:
        return spdlog::level::info;
    case LogLevel::Warning:
        return spdlog::level::warn;
    case LogLevel::Error:
        return spdlog::level::err;
    case LogLevel::Off:
        break;
    }
    return spdlog::level::off;
}

// Wraps a sink so that nothing shaped like an ID number reaches it unmasked, whoever logged it.
class RedactingSink final : public spdlog::sinks::sink {
public:
    explicit RedactingSink(std::shared_ptr<spdlog::sinks::sink> inner) : m_inner(std::move(inner))
    {}

    void log(const spdlog::details::log_msg& msg) override
    {
        const QString original =
            QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        const std::string redacted = redactPersonalData(original).toStdString();
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(redacted.data(), redacted.size());
        m_inner->log(copy);
    }
    void flush() override { m_inner->flush(); }
    void set_pattern(const std::string& pattern) override { m_inner->set_pattern(pattern); }
    void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override
    {
        m_inner->set_formatter(std::move(formatter));
    }

private:
    std::shared_ptr<spdlog::sinks::sink> m_inner;
};

std::shared_ptr<spdlog::sinks::sink> redacting(std::shared_ptr<spdlog::sinks::sink> inner,
                                               LogLevel level)
{
    auto sink = std::make_shared<RedactingSink>(std::move(inner));
    sink->set_level(toSpdlog(level));
    return sink;
}

void logAt(spdlog::level::level_enum level, QStringView message)
{
    spdlog::log(level, "{}", message.toString().toStdString());
}

} // namespace

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/SimFleet/logs");
}

QString setUpLogging(const LoggingOptions& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString logFile;

    if (options.fileLevel != LogLevel::Off) {
        const QString directory =
            options.directory.isEmpty() ? defaultLogDirectory() : options.directory;
        const QString path = directory + QStringLiteral("/simfleet.log");
        try {
            if (!QDir().mkpath(directory))
                throw spdlog::spdlog_ex("cannot create the log folder");
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(path).toStdString(), options.maxFileBytes,
                options.maxFiles);
            file->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%P] [%l] %v");
            sinks.push_back(redacting(std::move(file), options.fileLevel));
            logFile = path;
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable home must not stop the program: carry on with stderr alone.
            logFile.clear();
        }
    }
    if (options.stderrLevel != LogLevel::Off) {
        auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        const std::string prefix = options.programName.isEmpty()
                                       ? std::string()
                                       : options.programName.toStdString() + ": ";
        console->set_pattern(prefix + "%l: %v");
        sinks.push_back(redacting(std::move(console), options.stderrLevel));
    }

    auto logger = std::make_shared<spdlog::logger>("simfleet", sinks.begin(), sinks.end());
    spdlog::level::level_enum lowest = spdlog::level::off;
    for (const auto& sink : sinks)
        lowest = std::min(lowest, sink->level());
    logger->set_level(lowest);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(std::move(logger));
    return logFile;
}

void shutDownLogging()
{
    if (auto logger = spdlog::default_logger())
        logger->flush();
    spdlog::shutdown();
}

QString redactPersonalData(QStringView text)
{
    return maskIdNumbersIn(text);
}

void logInfo(QStringView message)
{
    logAt(spdlog::level::info, message);
}

} // namespace simfleet
