// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace simfleet::bench {

// A goal from issue 11: a time, or a ratio to the sqlite3 shell. Memory has one goal for every
// command (kMemoryGoalMb), judged on the largest peak in the table's last line.
struct Goal {
    std::optional<double> seconds;
    std::optional<double> ratio;
};

inline constexpr double kMemoryGoalMb = 300;

struct RowResult {
    QString work; // what was timed, in Markdown
    Goal goal;
    std::vector<double> walls;      // one per run, seconds
    std::vector<double> cpus;       // processor time (user + system) of the same runs
    std::vector<double> shellWalls; // the sqlite3 shell's, where one applies
    long peakRssKb{0};              // the most any run held
    QString note;                   // e.g. why it has no figure

    std::optional<double> wall() const;  // the median
    std::optional<double> cpu() const;   // the median
    std::optional<double> shell() const; // the median
    std::optional<double> ratio() const;
    std::optional<bool> met() const; // the time goal
};

double median(std::vector<double> values);

// The results as a Markdown table: one line per row, then the peak memory of any command.
QString markdownTable(const std::vector<RowResult>& rows);

} // namespace simfleet::bench
