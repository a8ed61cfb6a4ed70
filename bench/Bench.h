// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Commands.h"
#include "Options.h"
#include "ResultTable.h"
#include "services/demo/grown/FleetFiles.h"

#include <QDate>
#include <functional>
#include <optional>
#include <vector>

namespace simfleet::bench {

using grown::FleetFiles;
using grown::KeySets;
using grown::Person;

// The rows of issue 11's table, in an order where each builds on the last: import the cards,
// import the ledger, prepare the cancellations (untimed), the reports, the transition, the
// packet export, audit verify; then PRAGMA integrity_check and audit verify on the result.
// A command that changes the database runs each time on a fresh copy of the database before
// it; the last run's result goes on.
class Bench {
public:
    Bench(const Options& options, const FleetFiles& files, QDate today);

    // Returns the exit code: 0 when every row has a figure and the checks passed.
    int run();

    const std::vector<RowResult>& rows() const { return m_rows; }
    QString finalDatabase() const;

private:
    struct Timed {
        double wall{0};
        double shell{-1}; // the sqlite3 shell's, when the row has one
        long peakRssKb{0};
        double cpu{0}; // processor time, which a busy machine inflates less than wall time
    };
    // One run (timed: compare with the sqlite3 shell too, where the row does); nothing when it
    // timed out.
    using RunOnce = std::function<std::optional<Timed>(const QString& step, bool timed)>;

    // Times `name` over the runs when it is wanted; otherwise does it once, untimed, when
    // `needed`. Returns whether it finished.
    bool row(const QString& name, const QString& work, Goal goal, bool needed, const RunOnce& once);

    void importCards();
    void importLedger();
    void prepareCancellations();
    void reports();
    void transition();
    void packetExport();
    void auditVerify();
    bool finalChecks();

    // The database after the steps so far, and a scratch copy for a run that changes it.
    QString stage() const;
    QString scratch() const;
    void copyStage(const QString& step) const;
    void keepScratch(const QString& step) const;
    ChildRun shellImport(const QString& step, const QString& csv, const QString& table) const;
    void expectImported(const QString& step, std::int64_t rows) const;
    void expectJson(const QString& step) const;
    std::optional<Timed> timedCli(const QString& step, const QString& db,
                                  const QStringList& arguments) const;
    void untimedCli(const QString& step, const QStringList& arguments) const;

    const Options& m_options;
    const FleetFiles& m_files;
    QDate m_today;
    Commands m_commands;
    std::vector<RowResult> m_rows;
    bool m_stopped{false};      // a command ran out of time
    bool m_auditChecked{false}; // audit verify passed on the final database
};

} // namespace simfleet::bench
