// SPDX-License-Identifier: GPL-3.0-or-later
#include "Options.h"

#include <QCommandLineParser>
#include <cstdio>
#include <cstdlib>

namespace simfleet::bench {

namespace {

[[noreturn]] void usage(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("simfleet-bench: %1\n").arg(message)), stderr);
    std::exit(2);
}

} // namespace

const QStringList& rowNames()
{
    static const QStringList names{
        QStringLiteral("import-cards"),
        QStringLiteral("import-ledger"),
        QStringLiteral("outstanding-carrier"),
        QStringLiteral("outstanding-department"),
        QStringLiteral("outstanding-assignee"),
        QStringLiteral("outstanding-home-area"),
        QStringLiteral("outstanding-past"),
        QStringLiteral("pipeline"),
        QStringLiteral("savings"),
        QStringLiteral("exposure"),
        QStringLiteral("transition"),
        QStringLiteral("packet-export"),
        QStringLiteral("audit-verify"),
    };
    return names;
}

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Issue 11 at full size: generates a fleet of cards grown over five years with a year of "
        "bills and payments, then times simfleet-cli on it (imports against the sqlite3 shell's "
        ".import, reports, a transition, a packet export, audit verify), each as a child "
        "process with its peak memory, and prints a Markdown table. See docs/benchmarks.md."));
    parser.addHelpOption();
    const QCommandLineOption cards(QStringLiteral("cards"), QStringLiteral("Cards in the fleet."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs of each row (medians reported)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                  QStringLiteral("S"), QStringLiteral("20261126"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Work folder for the files and databases."),
                                 QStringLiteral("PATH"), QStringLiteral("/work/data/fleet"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Time only this row (repeatable): %1. What it needs runs untimed.")
            .arg(rowNames().join(QStringLiteral(", "))),
        QStringLiteral("ROW"));
    const QCommandLineOption dbOnly(
        QStringLiteral("db-only"),
        QStringLiteral("Generate, time the two imports, prepare the cancellations and keep the "
                       "database as DIR/fleet.db; time nothing else."));
    const QCommandLineOption csvOnly(QStringLiteral("csv-only"),
                                     QStringLiteral("Only write the CSV and key files."));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the files and the final database."));
    const QCommandLineOption selfCheck(
        QStringLiteral("self-check"),
        QStringLiteral("Also fail unless the generated fleet has the promised shape (for tests)."));
    const QCommandLineOption cli(
        QStringLiteral("cli"), QStringLiteral("The simfleet-cli to time (default: this build's)."),
        QStringLiteral("PATH"), QStringLiteral(SIMFLEET_CLI_PATH));
    const QCommandLineOption sqlite3(QStringLiteral("sqlite3"),
                                     QStringLiteral("The sqlite3 shell."), QStringLiteral("PATH"),
                                     QStringLiteral("sqlite3"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Stop a command after this many seconds, note it and go on."),
        QStringLiteral("SECONDS"), QStringLiteral("600"));
    parser.addOptions(
        {cards, runs, seed, dir, only, dbOnly, csvOnly, keep, selfCheck, cli, sqlite3, timeout});
    parser.process(app);

    Options options;
    bool ok = false;
    options.cards = parser.value(cards).toLongLong(&ok);
    if (!ok || options.cards < 100 || options.cards > 50'000'000)
        usage(QStringLiteral("--cards must be a number from 100 to 50,000,000"));
    options.runs = parser.value(runs).toInt(&ok);
    if (!ok || options.runs < 1)
        usage(QStringLiteral("--runs must be a positive number"));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        usage(QStringLiteral("--seed must be a number"));
    const long long seconds = parser.value(timeout).toLongLong(&ok);
    if (!ok || seconds < 1)
        usage(QStringLiteral("--timeout must be a positive number of seconds"));
    options.timeout = std::chrono::seconds(seconds);
    options.dir = parser.value(dir);
    options.only = parser.values(only);
    for (const QString& row : options.only) {
        if (!rowNames().contains(row))
            usage(QStringLiteral("--only: no row '%1' (rows: %2)")
                      .arg(row, rowNames().join(QStringLiteral(", "))));
    }
    options.dbOnly = parser.isSet(dbOnly);
    options.csvOnly = parser.isSet(csvOnly);
    options.keep = parser.isSet(keep) || options.dbOnly || options.csvOnly;
    options.selfCheck = parser.isSet(selfCheck);
    options.cli = parser.value(cli);
    options.sqlite3 = parser.value(sqlite3);
    if (options.dbOnly && !options.only.isEmpty())
        usage(QStringLiteral("--db-only and --only do not go together"));
    return options;
}

} // namespace simfleet::bench
