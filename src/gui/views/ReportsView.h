// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportFormat.h"
#include "common/ReloadWhenShown.h"
#include "views/ReportComputation.h"
#include "worker/BackgroundJob.h"

#include <QWidget>
#include <memory>
#include <optional>

class QChartView;
class QTableView;

namespace Ui {
class ReportsView;
}

namespace simfleet::gui {

class Session;

// The manager's reports: outstanding balances (with the aging chart and a drill-down from a
// group to its cards), the cancellation pipeline, savings (with the monthly chart) and employee
// exposure, as of a chosen day, and their export to CSV, Excel and PDF. The core computes each
// report once; this view shows the same document the exports write. Reports scan the whole
// fleet, so they run on a worker thread with its own database connection.
class ReportsView : public QWidget {
    Q_OBJECT

public:
    explicit ReportsView(Session& session, QWidget* parent = nullptr);
    ~ReportsView() override;

    ReportRequest request() const; // as the controls say
    void setRequest(const ReportRequest& request);

    bool isComputing() const { return m_job.isRunning(); }
    // The report on screen; nothing before the first one is computed.
    const std::optional<ComputedReport>& report() const { return m_report; }
    int tableCount() const;
    QTableView* tableView(int index) const;
    QChartView& chartView() { return *m_chartView; }

    // Writes the report on screen to path (a PDF needs the QGuiApplication the app has).
    [[nodiscard]] exports::ExportStatus exportTo(exports::ExportFormat format,
                                                 const QString& path) const;

public Q_SLOTS:
    // The data changed: recompute now if the view is on screen, else when it next shows.
    void refresh();
    // The drill-down from row of the outstanding table: a dialog listing the group's cards.
    void openGroup(int row);

Q_SIGNALS:
    void reportShown();

protected:
private:
    void compute();
    void showResult(const Result<ComputedReport>& computed);
    void showHeading(const exports::ReportDocument& document);
    void showChart(const std::optional<exports::StackedBarChart>& chart);
    void showTables(const std::vector<exports::ReportTable>& tables);
    void updateControls();
    void exportWithDialog(exports::ExportFormat format);

    std::unique_ptr<Ui::ReportsView> m_ui;
    Session& m_session;
    QChartView* m_chartView;
    std::optional<ComputedReport> m_report;
    std::optional<Result<ComputedReport>> m_computed; // written by the worker
    // The first report is computed when the view is first shown.
    ReloadWhenShown m_reloader{*this, [this] { compute(); }, true};
    bool m_computeAgain{false};
    BackgroundJob m_job; // last: destroyed first, it waits for its worker
};

} // namespace simfleet::gui
