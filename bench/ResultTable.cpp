// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultTable.h"

#include <QStringList>
#include <algorithm>

namespace simfleet::bench {

namespace {

QString secondsText(double value)
{
    return QStringLiteral("%1 s").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

QString megabytes(long kb)
{
    return QStringLiteral("%1 MB").arg(static_cast<double>(kb) / 1024.0, 0, 'f', 0);
}

QString goalText(const Goal& goal)
{
    QStringList parts;
    if (goal.ratio)
        parts << QStringLiteral("≤ %1×").arg(*goal.ratio);
    if (goal.seconds)
        parts << QStringLiteral("≤ %1 s").arg(*goal.seconds);
    return parts.join(QStringLiteral(", "));
}

QString cells(const QStringList& values)
{
    return QStringLiteral("| ") + values.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

} // namespace

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

std::optional<double> RowResult::wall() const
{
    if (walls.empty())
        return std::nullopt;
    return median(walls);
}

std::optional<double> RowResult::cpu() const
{
    if (cpus.empty())
        return std::nullopt;
    return median(cpus);
}

std::optional<double> RowResult::shell() const
{
    if (shellWalls.empty())
        return std::nullopt;
    return median(shellWalls);
}

std::optional<double> RowResult::ratio() const
{
    if (!wall() || !shell() || *shell() <= 0)
        return std::nullopt;
    return *wall() / *shell();
}

std::optional<bool> RowResult::met() const
{
    if (!wall())
        return std::nullopt;
    bool ok = true;
    if (goal.seconds)
        ok = ok && *wall() <= *goal.seconds;
    if (goal.ratio)
        ok = ok && ratio() && *ratio() <= *goal.ratio;
    return ok;
}

QString markdownTable(const std::vector<RowResult>& rows)
{
    QStringList lines;
    lines << cells({QStringLiteral("work"), QStringLiteral("now (median)"),
                    QStringLiteral("processor"), QStringLiteral("sqlite3 shell"),
                    QStringLiteral("ratio"), QStringLiteral("peak memory"), QStringLiteral("goal"),
                    QStringLiteral("met")});
    lines << QStringLiteral("| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |");
    const RowResult* biggest = nullptr;
    for (const RowResult& row : rows) {
        const std::optional<double> wall = row.wall();
        const std::optional<double> shell = row.shell();
        const std::optional<double> ratio = row.ratio();
        const std::optional<bool> met = row.met();
        const std::optional<double> cpu = row.cpu();
        lines << cells({row.work, wall ? secondsText(*wall) : row.note,
                        cpu ? secondsText(*cpu) : QString(),
                        shell ? secondsText(*shell) : QString(),
                        ratio ? QStringLiteral("%1×").arg(*ratio, 0, 'f', 2) : QString(),
                        wall ? megabytes(row.peakRssKb) : QString(), goalText(row.goal),
                        met ? (*met ? QStringLiteral("yes") : QStringLiteral("no")) : QString()});
        if (wall && (biggest == nullptr || row.peakRssKb > biggest->peakRssKb))
            biggest = &row;
    }
    if (biggest != nullptr) {
        lines << cells({QStringLiteral("peak memory of any command (%1)").arg(biggest->work),
                        QString(), QString(), QString(), QString(), megabytes(biggest->peakRssKb),
                        QStringLiteral("≤ %1 MB").arg(kMemoryGoalMb),
                        static_cast<double>(biggest->peakRssKb) / 1024.0 <= kMemoryGoalMb
                            ? QStringLiteral("yes")
                            : QStringLiteral("no")});
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace simfleet::bench
