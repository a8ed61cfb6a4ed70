// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace simfleet::bench {

namespace {

constexpr int kErrorLinesShown = 20;

} // namespace

Commands::Commands(const Options& options, QString logDir)
    : m_options(options), m_logDir(std::move(logDir))
{}

QString Commands::stdoutPath(const QString& step) const
{
    return QDir(m_logDir).filePath(step + QStringLiteral(".out"));
}

QString Commands::stderrPath(const QString& step) const
{
    return QDir(m_logDir).filePath(step + QStringLiteral(".err"));
}

QByteArray Commands::stdoutOf(const QString& step) const
{
    QFile file(stdoutPath(step));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ChildRun Commands::cli(const QString& step, const QString& db, const QStringList& arguments) const
{
    return run(step, m_options.cli,
               arguments + QStringList{QStringLiteral("--db"), db, QStringLiteral("--operator"),
                                       QStringLiteral("bench")});
}

ChildRun Commands::sqlite3(const QString& step, const QString& db, const QString& command) const
{
    return run(step, m_options.sqlite3, {db, command});
}

ChildRun Commands::run(const QString& step, const QString& program,
                       const QStringList& arguments) const
{
    const ChildRun result = runChild(
        ChildCommand{program, arguments, stdoutPath(step), stderrPath(step)}, m_options.timeout);
    if (!result.succeeded() && !result.timedOut)
        fail(step,
             QStringLiteral("%1 %2: %3").arg(program, arguments.join(u' '), result.failure()));
    return result;
}

void Commands::fail(const QString& step, const QString& what) const
{
    QFile errors(stderrPath(step));
    QStringList tail;
    if (errors.open(QIODevice::ReadOnly))
        tail = QString::fromUtf8(errors.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (tail.size() > kErrorLinesShown)
        tail = tail.mid(tail.size() - kErrorLinesShown);
    std::fputs(qPrintable(QStringLiteral("simfleet-bench: %1 failed: %2\n").arg(step, what)),
               stderr);
    for (const QString& line : tail)
        std::fputs(qPrintable(QStringLiteral("  %1\n").arg(line)), stderr);
    std::fputs(qPrintable(QStringLiteral("(output in %1; the files are kept)\n")
                              .arg(QDir::toNativeSeparators(m_logDir))),
               stderr);
    std::exit(1);
}

} // namespace simfleet::bench
