// SPDX-License-Identifier: GPL-3.0-or-later
// simfleet-bench: issue 2's performance goal, measured. Generates a valid card CSV, times the
// sqlite3 shell's .import of it into a plain table, then SimFleet's import of the same file into
// a new database (validation, duplicate checks and audit rows included), and prints both.

#include "FleetCsv.h"
#include "ShellImport.h"
#include "SqliteStore.h"
#include "services/ImportService.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <optional>
#include <thread>
#include <vector>

using namespace simfleet;

namespace {

struct ImportTiming {
    double total{0}; // importCards and closing the database (its last checkpoint)
    double read{0};  // when the reading thread had read and checked the whole file
    double close{0};
    double cpu{0}; // processor time of both threads, which other programs' load inflates less
    ImportSummary summary;
};

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double secondsSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

void print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString& what, const Error& error)
{
    std::fputs(qPrintable(QStringLiteral("simfleet-bench: %1: %2\n").arg(what, describe(error))),
               stderr);
    return 1;
}

QString seconds(double value)
{
    return QString::number(value, 'f', 2);
}

Result<std::unique_ptr<Store>> freshStore(const QString& path, const Clock& clock)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    StoreOpenOptions options;
    options.backupBeforeMigrate = false;
    return openSqliteStore(path, clock, options);
}

// One importCards call, timed; a file with issues is a failure here (the CSV is valid).
// Imports into the store and closes it: the time until the data is in the database file, as the
// sqlite3 shell's is when it exits.
Result<ImportTiming> timeImport(std::unique_ptr<Store> store, const Clock& clock,
                                const QString& csvPath, bool dryRun)
{
    const qint64 size = QFileInfo(csvPath).size();
    QElapsedTimer timer;
    ImportTiming timing;
    // Progress comes from the import's reading thread.
    std::atomic<qint64> readNs{0};
    ImportOptions options;
    options.dryRun = dryRun;
    options.progress = [&](qint64 done, qint64) {
        if (done >= size)
            readNs = timer.nsecsElapsed();
    };
    ImportService service(ServiceContext{*store, clock, QStringLiteral("bench")});
    const double cpuBefore = cpuSeconds();
    timer.start();
    Result<ImportSummary> summary = service.importCards(csvPath, options);
    const double imported = secondsSince(timer);
    store.reset();
    timing.total = secondsSince(timer);
    timing.close = timing.total - imported;
    timing.read = static_cast<double>(readNs.load()) / 1e9;
    timing.cpu = cpuSeconds() - cpuBefore;
    if (!summary)
        return summary.error();
    if (!summary->ok()) {
        const ImportIssue& issue = summary->issues.front();
        return Error{issue.error.code,
                     QStringLiteral("line %1: %2").arg(issue.line).arg(describe(issue.error)), 0};
    }
    timing.summary = std::move(summary).value();
    return timing;
}

QString describeImport(const ImportTiming& timing)
{
    return QStringLiteral("%1 s (cpu %2 s; file read and checked after %3 s, closed in %4 s)")
        .arg(seconds(timing.total), seconds(timing.cpu), seconds(timing.read),
             seconds(timing.close));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Options {
    std::int64_t rows{0};
    int runs{1};
    std::uint32_t seed{0};
    QString dir;
    bool csvOnly{false};
    bool dryRun{false};
    bool reimport{false};
};

Options parseOptions(const QCoreApplication& app, const QString& temporaryDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times a card import against the sqlite3 shell's .import of the same file."));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows in the CSV."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs of each (medians reported)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                  QStringLiteral("S"), QStringLiteral("20261126"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Work folder (default: a temporary one, removed)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption csvOnly(QStringLiteral("csv-only"),
                                     QStringLiteral("Only write DIR/cards.csv, to try by hand."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QStringLiteral("Time SimFleet's checks alone (an import --dry-run: reads and checks "
                       "every row, writes nothing)."));
    const QCommandLineOption reimport(
        QStringLiteral("reimport"),
        QStringLiteral("Also time importing the same file again (every row unchanged)."));
    parser.addOptions({rows, runs, seed, dir, csvOnly, dryRun, reimport});
    parser.process(app);
    return Options{
        parser.value(rows).toLongLong(), std::max(1, parser.value(runs).toInt()),
        parser.value(seed).toUInt(),     parser.isSet(dir) ? parser.value(dir) : temporaryDir,
        parser.isSet(csvOnly),           parser.isSet(dryRun),
        parser.isSet(reimport)};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("simfleet-bench"));
    QTemporaryDir temporary;
    const Options options = parseOptions(app, temporary.path());
    if (options.rows <= 0 || !QDir().mkpath(options.dir)) {
        std::fputs("simfleet-bench: need --rows > 0 and a writable --dir\n", stderr);
        return 2;
    }
    const QDir dir(options.dir);
    const QString csvPath = dir.filePath(QStringLiteral("cards.csv"));

    QElapsedTimer timer;
    timer.start();
    // On a thread of its own: the validators cache per thread, and the import must start cold.
    std::optional<Result<qint64>> generated;
    std::thread generator(
        [&] { generated = bench::writeFleetCsv(csvPath, options.rows, options.seed); });
    generator.join();
    if (!*generated)
        return fail(QStringLiteral("generating the CSV"), generated->error());
    print(QStringLiteral("generated %1 rows, %2 MB, in %3 s")
              .arg(options.rows)
              .arg(static_cast<double>(generated->value()) / 1e6, 0, 'f', 1)
              .arg(seconds(secondsSince(timer))));
    if (options.csvOnly)
        return 0;

    SystemClock clock;
    std::vector<double> shellWall;
    std::vector<double> shellCpu;
    std::vector<double> oursWall;
    std::vector<double> oursCpu;
    for (int run = 1; run <= options.runs; ++run) {
        const Result<bench::ShellTiming> shell =
            bench::timeShellImport(csvPath, dir.filePath(QStringLiteral("plain.db")));
        if (!shell)
            return fail(QStringLiteral("sqlite3 .import"), shell.error());
        const QString dbPath = dir.filePath(QStringLiteral("simfleet.db"));
        Result<std::unique_ptr<Store>> store = freshStore(dbPath, clock);
        if (!store)
            return fail(QStringLiteral("opening the database"), store.error());
        const Result<ImportTiming> ours =
            timeImport(std::move(store).value(), clock, csvPath, options.dryRun);
        if (!ours)
            return fail(QStringLiteral("simfleet import"), ours.error());
        if (ours->summary.imported != options.rows)
            return fail(QStringLiteral("simfleet import"),
                        Error{ErrorCode::StorageFailure, QStringLiteral("row count differs"), 0});
        print(QStringLiteral("run %1: sqlite3 .import %2 s (cpu %3 s); simfleet import %4")
                  .arg(run)
                  .arg(seconds(shell->wall), seconds(shell->cpu), describeImport(*ours)));
        shellWall.push_back(shell->wall);
        shellCpu.push_back(shell->cpu);
        oursWall.push_back(ours->total);
        oursCpu.push_back(ours->cpu);

        if (options.reimport && !options.dryRun) {
            Result<std::unique_ptr<Store>> reopened = openSqliteStore(dbPath, clock);
            if (!reopened)
                return fail(QStringLiteral("reopening the database"), reopened.error());
            const Result<ImportTiming> again =
                timeImport(std::move(reopened).value(), clock, csvPath, false);
            if (!again)
                return fail(QStringLiteral("simfleet re-import"), again.error());
            print(QStringLiteral("run %1: simfleet re-import of the same file (%2 unchanged) %3")
                      .arg(run)
                      .arg(again->summary.unchanged)
                      .arg(describeImport(*again)));
        }
    }

    const double shell = median(shellWall);
    const double ours = median(oursWall);
    print(QStringLiteral("sqlite3 .import:  %1 s (cpu %2 s)")
              .arg(seconds(shell), seconds(median(shellCpu))));
    print(QStringLiteral("simfleet import:  %1 s (cpu %2 s, %3 rows/s)")
              .arg(seconds(ours), seconds(median(oursCpu)))
              .arg(static_cast<double>(options.rows) / ours, 0, 'f', 0));
    print(QStringLiteral("ratio:            %1x wall, %2x cpu (goal: at most 2x)")
              .arg(ours / shell, 0, 'f', 2)
              .arg(median(oursCpu) / median(shellCpu), 0, 'f', 2));
    return 0;
}
