// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports view: the core's report on screen as of a day, its chart, the drill-down from a
// group to its cards, and the exports.

#include "FleetTestDatabase.h"
#include "views/GroupCardsDialog.h"
#include "views/ReportsView.h"

#include <QAbstractItemModel>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

// Charges (dated ten days before the clock's day): card 0 owes 58.00 and card 1 owes 42.00 at
// China Mobile, card 2 owes 10.00 at China Unicom; card 3 owes nothing.
void buildFleet(FleetTestDatabase& db)
{
    db.insertCards(
        4,
        [](Card& card, int n) {
            if (n == 2)
                card.carrier = Carrier::Cucc;
            card.department = n == 0 ? QStringLiteral("Sales") : QStringLiteral("Ops");
        },
        [](int n) -> std::int64_t {
            constexpr std::int64_t kCharges[] = {5800, 4200, 1000, 0};
            return kCharges[n];
        });
}

void waitForReport(ReportsView& view)
{
    QSignalSpy shown(&view, &ReportsView::reportShown);
    REQUIRE(shown.wait(60000));
}

QString cellText(const QTableView& table, int row, int column)
{
    return table.model()->index(row, column).data().toString();
}

int lastRow(const QTableView& table)
{
    return table.model()->rowCount() - 1;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The reports view shows the outstanding total, its chart and its groups",
          "[gui][reports]")
{
    FleetTestDatabase db;
    buildFleet(db);
    ReportsView view(db.session());
    view.resize(1200, 800);
    view.show();
    waitForReport(view);

    REQUIRE(view.report().has_value());
    CHECK(view.request().kind == ReportKind::Outstanding);
    CHECK(view.request().asOf == FleetTestDatabase::now().date()); // the session's clock
    REQUIRE(view.tableCount() == 2);                               // balances, ledger tie-out
    const QTableView& balances = *view.tableView(0);
    REQUIRE(balances.model()->rowCount() == 3); // two carriers and the totals row
    CHECK(cellText(balances, 0, 0) == QStringLiteral("China Mobile"));
    CHECK(cellText(balances, 0, 2) == QStringLiteral("¥100.00"));
    CHECK(cellText(balances, lastRow(balances), 0) == QStringLiteral("Total"));
    CHECK(cellText(balances, lastRow(balances), 1) == QStringLiteral("3"));
    CHECK(cellText(balances, lastRow(balances), 2) == QStringLiteral("¥110.00"));
    CHECK(cellText(balances, lastRow(balances), 3) == QStringLiteral("¥110.00")); // 0-30 days

    // The chart stacks the four aging buckets over one bar per group.
    QChart* chart = view.chartView().chart();
    REQUIRE(chart != nullptr);
    REQUIRE(chart->series().size() == 1);
    auto* series = qobject_cast<QStackedBarSeries*>(chart->series().constFirst());
    REQUIRE(series != nullptr);
    REQUIRE(series->count() == 4);
    CHECK(series->barSets().constFirst()->count() == 2);
    CHECK(view.chartView().isVisibleTo(&view));

    SECTION("exports write the report on screen")
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("outstanding.csv"));
        REQUIRE_FALSE(view.exportTo(exports::ExportFormat::Csv, csv).has_value());
        const QByteArray bytes = readBytes(csv);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.contains("\r\nTotal,3,110.00,110.00,0.00,0.00,0.00\r\n"));

        const QString pdf = dir.filePath(QStringLiteral("outstanding.pdf"));
        REQUIRE_FALSE(view.exportTo(exports::ExportFormat::Pdf, pdf).has_value());
        CHECK(readBytes(pdf).startsWith("%PDF"));
        const QString xlsx = dir.filePath(QStringLiteral("outstanding.xlsx"));
        REQUIRE_FALSE(view.exportTo(exports::ExportFormat::Xlsx, xlsx).has_value());
        CHECK(QFileInfo(xlsx).size() > 0);
    }

    SECTION("a group drills down to its cards that owe money")
    {
        view.openGroup(0); // China Mobile
        auto* dialog = view.findChild<GroupCardsDialog*>(QStringLiteral("groupCardsDialog"));
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->table().rowCount() == 2);
        CHECK(dialog->table().item(0, 7)->text() == QStringLiteral("¥58.00")); // largest first
        CHECK(dialog->table().item(1, 7)->text() == QStringLiteral("¥42.00"));
        dialog->close();

        const qsizetype dialogs = view.findChildren<GroupCardsDialog*>().size();
        view.openGroup(lastRow(balances)); // the totals row is not a group
        CHECK(view.findChildren<GroupCardsDialog*>().size() == dialogs);
    }

    SECTION("by department, and as of a day before the charges")
    {
        ReportRequest request = view.request();
        request.grouping = OutstandingGrouping::Department;
        view.setRequest(request);
        waitForReport(view);
        const QTableView& byDepartment = *view.tableView(0);
        REQUIRE(byDepartment.model()->rowCount() == 3);
        CHECK(cellText(byDepartment, 0, 0) == QStringLiteral("Sales"));
        CHECK(cellText(byDepartment, 1, 0) == QStringLiteral("Ops"));
        CHECK(cellText(byDepartment, 1, 2) == QStringLiteral("¥52.00"));

        request.asOf = FleetTestDatabase::now().date().addDays(-11);
        view.setRequest(request);
        waitForReport(view);
        const QTableView& before = *view.tableView(0);
        REQUIRE(before.model()->rowCount() == 1); // the totals row alone
        CHECK(cellText(before, 0, 2) == QStringLiteral("¥0.00"));
        CHECK_FALSE(view.chartView().isVisibleTo(&view)); // nothing to chart
    }
}

TEST_CASE("The reports view shows every kind of report", "[gui][reports]")
{
    FleetTestDatabase db;
    buildFleet(db);
    CompanyProfile company;
    company.name = QStringLiteral("杭州示例科技有限公司");
    company.uscc = QStringLiteral("91350100M000100Y43");
    REQUIRE(db.store()
                .write(QStringLiteral("Zhao Min"),
                       [&](StoreWriter& writer) {
                           writer.saveCompanyProfile(company);
                           return Status{};
                       })
                .ok());
    ReportsView view(db.session());
    view.show();
    waitForReport(view);
    CHECK(view.report()->document.company == company.name); // heads the screen and the exports

    ReportRequest request = view.request();
    request.kind = ReportKind::Pipeline;
    view.setRequest(request);
    waitForReport(view);
    CHECK(view.report()->document.title == QStringLiteral("Cancellation pipeline"));
    const QTableView& states = *view.tableView(0);
    CHECK(cellText(states, 0, 1) == QStringLiteral("4")); // all four cards active
    CHECK_FALSE(view.chartView().isVisibleTo(&view));

    request.kind = ReportKind::Savings;
    view.setRequest(request);
    waitForReport(view);
    CHECK(view.report()->document.title == QStringLiteral("Savings from cancellations"));
    CHECK(view.tableCount() == 3);

    request.kind = ReportKind::Exposure;
    view.setRequest(request);
    waitForReport(view);
    CHECK(view.report()->document.title == QStringLiteral("Employee exposure"));
    // Every card is registered under the same resident ID: one holder, four cards, masked.
    const QTableView& holders = *view.tableView(0);
    REQUIRE(holders.model()->rowCount() == 2); // the holder and the totals row
    CHECK(cellText(holders, 0, 2) == QStringLiteral("4"));
    for (int column = 0; column < holders.model()->columnCount(); ++column)
        CHECK_FALSE(cellText(holders, 0, column).contains(QStringLiteral("11010519491231002X")));
}
