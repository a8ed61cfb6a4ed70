// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <chrono>
#include <cstdint>

namespace simfleet::bench {

struct Options {
    std::int64_t cards{1'000'000};
    int runs{1};
    std::uint32_t seed{20261126};
    QString dir;
    QStringList only;    // row names; empty: every row
    bool dbOnly{false};  // generate and import, time nothing else
    bool csvOnly{false}; // only write the files
    bool keep{false};
    bool selfCheck{false};
    QString cli;     // simfleet-cli
    QString sqlite3; // the sqlite3 shell
    std::chrono::seconds timeout{600};

    bool wants(const QString& row) const { return only.isEmpty() || only.contains(row); }
};

// The names --only accepts, in the order the rows run.
const QStringList& rowNames();

// Exits with a usage message on anything it cannot use.
Options parseOptions(const QCoreApplication& app);

} // namespace simfleet::bench
