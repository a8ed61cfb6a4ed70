// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: measures issue 11's desktop rows on a real fleet (a copy of the bench's fleet.db,
// already migrated): the main window from show() to the first page of the fleet painted, the
// status bar's count and totals, each report on the Reports page, the longest stall of the GUI
// thread meanwhile, and resident memory (VmRSS, and the peak VmHWM) at each step. Hidden from
// normal runs; run it on purpose with the environment set:
//   SIMFLEET_PERF_FLEET_DB=/work/data/gui/fleet.db  QT_QPA_PLATFORM=offscreen
//   test_gui "[.desktop-perf]"
// It reads the database only (the window's own connection opens it read-write, as the app does).

#include "MainWindow.h"
#include "PerfProbes.h"
#include "Session.h"
#include "SqliteStore.h"
#include "app/AppSettings.h"
#include "fleet/FleetTableModel.h"
#include "views/FleetView.h"
#include "views/ReportsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <cstdio>
#include <malloc.h>
#include <sqlite3.h>
#include <string>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

constexpr int kReportWaitMs = 600000;

std::string mib(qint64 kib)
{
    return std::to_string((kib + 512) / 1024) + " MiB";
}

// Where the resident memory is: the heap (and, of it, what SQLite holds now and held at most, and
// what malloc keeps free without giving it back) and mapped files.
std::string memoryText()
{
    const MemoryFigures memory = memoryNow();
    const struct mallinfo2 heap = mallinfo2();
    return "resident " + mib(memory.residentKiB) + ", peak " + mib(memory.peakKiB) +
           " (heap and stacks " + mib(memory.anonymousKiB) + ": SQLite " +
           mib(sqlite3_memory_used() / 1024) + ", at most " +
           mib(sqlite3_memory_highwater(0) / 1024) + ", malloc free " +
           mib(static_cast<qint64>(heap.fordblks / 1024)) + "; mapped files " +
           mib(memory.fileKiB) + ")";
}

void line(const std::string& what, const std::string& figure)
{
    std::printf("| %s | %s |\n", what.c_str(), figure.c_str());
    std::fflush(stdout);
}

std::string ms(qint64 value)
{
    return std::to_string(value) + " ms";
}

// Notes when the table's viewport first paints with the top row's card in hand: the first page
// is then on screen, not the "…" of a row still being read.
class FirstPagePaint : public QObject {
public:
    FirstPagePaint(QTableView& table, FleetTableModel& model, const QElapsedTimer& clock)
        : m_table(table), m_model(model), m_clock(clock)
    {
        m_table.viewport()->installEventFilter(this);
    }
    qint64 paintedAt() const { return m_paintedAt; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_paintedAt < 0 && watched == m_table.viewport() && event->type() == QEvent::Paint &&
            m_model.rowCount() > 0 && m_model.cardAt(0) != nullptr) {
            m_paintedAt = m_clock.elapsed();
        }
        return false;
    }

private:
    QTableView& m_table;
    FleetTableModel& m_model;
    const QElapsedTimer& m_clock;
    qint64 m_paintedAt{-1};
};

QString statusText(MainWindow& window)
{
    QStringList parts;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        parts << label->text();
    }
    return parts.join(QLatin1String(" | "));
}

// Asks for a report and waits until it is on screen; the time from asking to shown.
qint64 timeReport(ReportsView& view, QSignalSpy& shown, const std::function<void()>& ask)
{
    shown.clear();
    QElapsedTimer timer;
    timer.start();
    ask();
    REQUIRE((shown.count() > 0 || shown.wait(kReportWaitMs)));
    const qint64 elapsed = timer.elapsed();
    REQUIRE(view.report().has_value());
    return elapsed;
}

} // namespace

TEST_CASE("measure the desktop app on the full-size fleet", "[.desktop-perf]")
{
    const QString path = qEnvironmentVariable("SIMFLEET_PERF_FLEET_DB");
    REQUIRE_FALSE(path.isEmpty());
    line("memory before opening", memoryText());

    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    QElapsedTimer clock;
    clock.start();
    auto systemClock = std::make_unique<SystemClock>();
    auto store = openSqliteStore(path, *systemClock);
    REQUIRE(store.ok());
    const qint64 opened = clock.elapsed();
    StallMeter stalls;

    MainWindow window(std::make_unique<Session>(std::move(store).value(), std::move(systemClock),
                                                QStringLiteral("perf"), path),
                      settings);
    const qint64 built = clock.elapsed();
    const std::string memoryBuilt = memoryText();
    FleetTableModel& model = window.fleetView().model();
    FirstPagePaint paint(window.fleetView().table(), model, clock);
    stalls.restart(); // building the window is a stall of its own, timed above
    const qint64 shownAt = clock.elapsed();
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return paint.paintedAt() >= 0; }, 120000));
    const qint64 firstPage = paint.paintedAt() - shownAt;
    const std::string memoryAtFirstPage = memoryText();
    REQUIRE(
        QTest::qWaitFor([&] { return model.isCounted() && model.totals().has_value(); }, 120000));
    const qint64 counted = clock.elapsed() - shownAt;
    REQUIRE(QTest::qWaitFor([&] { return model.hasResult() && !model.isLoading(); }, 120000));
    const qint64 settled = clock.elapsed() - shownAt;
    const qint64 startStall = stalls.worstMs();

    line("database opened (the window's own connection)", ms(opened));
    line("main window built", ms(built - opened));
    line("memory with the window built", memoryBuilt);
    line("**show() to the first page painted**", ms(firstPage));
    line("show() to the count and totals (the status bar)", ms(counted));
    line("show() to the departments too", ms(settled));
    line("status bar", statusText(window).toStdString());
    line("longest GUI-thread stall from show()", ms(startStall));
    line("memory at the first page", memoryAtFirstPage);
    line("memory with the fleet read", memoryText());

    auto* reports = window.findChild<ReportsView*>(QStringLiteral("reportsView"));
    REQUIRE(reports != nullptr);
    QSignalSpy shown(reports, &ReportsView::reportShown);
    stalls.restart();
    line("**Reports opened: outstanding by carrier**",
         ms(timeReport(*reports, shown, [&] { window.showPage(MainWindow::Page::Reports); })));
    const auto ask = [&](ReportKind kind, OutstandingGrouping grouping, int daysAgo) {
        ReportRequest request = reports->request();
        request.kind = kind;
        request.grouping = grouping;
        // Today as the app means it (China Standard Time), as the view's own default: the
        // machine's local date lags behind it for eight hours of every day, and a day before
        // the fleet's last change is answered from the history.
        request.asOf = SystemClock().today().addDays(-daysAgo);
        return timeReport(*reports, shown, [&] { reports->setRequest(request); });
    };
    line("outstanding by department",
         ms(ask(ReportKind::Outstanding, OutstandingGrouping::Department, 0)));
    line("outstanding by assignee",
         ms(ask(ReportKind::Outstanding, OutstandingGrouping::Assignee, 0)));
    line("outstanding by home area",
         ms(ask(ReportKind::Outstanding, OutstandingGrouping::HomeArea, 0)));
    line("outstanding by carrier, 90 days ago",
         ms(ask(ReportKind::Outstanding, OutstandingGrouping::Carrier, 90)));
    line("**pipeline**", ms(ask(ReportKind::Pipeline, OutstandingGrouping::Carrier, 0)));
    line("**savings**", ms(ask(ReportKind::Savings, OutstandingGrouping::Carrier, 0)));
    line("**outstanding by carrier again**",
         ms(ask(ReportKind::Outstanding, OutstandingGrouping::Carrier, 0)));
    line("the same report after a change (refresh)",
         ms(timeReport(*reports, shown, [&] { reports->refresh(); })));
    line("longest GUI-thread stall, reports", ms(stalls.worstMs()));
    line("memory after the reports (exposure not yet)", memoryText());
    stalls.restart();
    line("**exposure**", ms(ask(ReportKind::Exposure, OutstandingGrouping::Carrier, 0)));
    line("longest GUI-thread stall, exposure", ms(stalls.worstMs()));
    line("memory after exposure", memoryText());
    line("exposure again", ms(ask(ReportKind::Exposure, OutstandingGrouping::Carrier, 0)));
    line("memory after exposure twice", memoryText());
}
