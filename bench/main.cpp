// SPDX-License-Identifier: GPL-3.0-or-later
// simfleet-bench: issue 11 measured. Generates a fleet of cards grown over five years with a year
// of bills and payments, times simfleet-cli on it the way a manager and a clerk use it, each
// command a child process with its peak memory, and prints the table in Markdown.

#include "Bench.h"
#include "ChildProcess.h"
#include "Options.h"
#include "ResultTable.h"
#include "services/demo/grown/FleetFiles.h"
#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace simfleet;
using namespace simfleet::bench;
using namespace simfleet::grown;

namespace {

void say(const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

int failed(const QString& what)
{
    std::fputs(qPrintable(QStringLiteral("simfleet-bench: %1\n").arg(what)), stderr);
    return 1;
}

// Everything the bench wrote in the folder, and the folder itself when that leaves it empty.
void removeWork(const QString& dir)
{
    QDir folder(dir);
    for (const QString& name : folder.entryList({QStringLiteral("*.csv"), QStringLiteral("*.keys"),
                                                 QStringLiteral("*.db"), QStringLiteral("*.db-*")},
                                                QDir::Files))
        folder.remove(name);
    for (const QString& sub : {QStringLiteral("logs"), QStringLiteral("packets")})
        QDir(folder.filePath(sub)).removeRecursively();
    folder.rmdir(folder.absolutePath());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("simfleet-bench"));
    const bench::Options options = parseOptions(app);
    if (!QDir().mkpath(options.dir))
        return failed(QStringLiteral("cannot create %1").arg(options.dir));

    const QDate today = QDate::currentDate();
    QElapsedTimer timer;
    timer.start();
    const Result<FleetFiles> files =
        writeFleetFiles(options.dir, options.cards, options.seed, today);
    if (!files)
        return failed(QStringLiteral("writing the fleet: %1").arg(describe(files.error())));
    say(describeFleet(*files));
    say(QStringLiteral("generated in %1 s, into %2")
            .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(QDir::toNativeSeparators(options.dir)));
    if (options.selfCheck) {
        const QStringList problems = shapeProblems(*files, options.cards);
        for (const QString& problem : problems)
            failed(QStringLiteral("self-check: %1").arg(problem));
        if (!problems.isEmpty())
            return 1;
    }
    if (options.csvOnly)
        return 0;

    say(QStringLiteral("timing %1 (%2 run(s) each); a child's peak memory is exact above %3 MB")
            .arg(QDir::toNativeSeparators(options.cli))
            .arg(options.runs)
            .arg(static_cast<double>(runnerFloorKb()) / 1024.0, 0, 'f', 0));
    Bench bench(options, *files, today);
    const int status = bench.run();
    say(QString());
    say(markdownTable(bench.rows()));
    if (options.keep)
        say(QStringLiteral("kept: the files and %1")
                .arg(QDir::toNativeSeparators(bench.finalDatabase())));
    else
        removeWork(options.dir);
    return status;
}
