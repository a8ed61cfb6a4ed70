// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ReportsView.h"

#include "PdfChart.h"
#include "ReportDocuments.h"
#include "Session.h"
#include "app/DatabaseOpening.h"
#include "ports/StoreError.h"
#include "text/ErrorText.h"
#include "ui_ReportsView.h"
#include "views/GroupCardsDialog.h"
#include "views/ReportTableModel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QValueAxis>

namespace simfleet::gui {

namespace {

struct FileNameText {
    Q_DECLARE_TR_FUNCTIONS(ReportFileName)
};

// The report's name in a suggested file name, in the interface's language:
// "outstanding-2026-11-26.xlsx", "欠费余额-2026-11-26.xlsx".
QString fileNameStem(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Outstanding:
        return FileNameText::tr("outstanding");
    case ReportKind::Pipeline:
        return FileNameText::tr("pipeline");
    case ReportKind::Savings:
        return FileNameText::tr("savings");
    case ReportKind::Exposure:
        return FileNameText::tr("exposure");
    }
    return {};
}

// Bar heights for the screen only: the figures themselves stay in fen in the table.
qreal yuan(Money money)
{
    return static_cast<qreal>(money.fen()) / 100.0;
}

} // namespace

ReportsView::ReportsView(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReportsView>()), m_session(session),
      m_chartView(new QChartView), m_job(this)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reportsView"));
    m_chartView->setObjectName(QStringLiteral("reportChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_ui->chartLayout->addWidget(m_chartView);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({400, 400});

    m_ui->kindCombo->addItem(tr("Outstanding balances"), static_cast<int>(ReportKind::Outstanding));
    m_ui->kindCombo->addItem(tr("Cancellation pipeline"), static_cast<int>(ReportKind::Pipeline));
    m_ui->kindCombo->addItem(tr("Savings"), static_cast<int>(ReportKind::Savings));
    m_ui->kindCombo->addItem(tr("Employee exposure"), static_cast<int>(ReportKind::Exposure));
    m_ui->groupingCombo->addItem(tr("Carrier"), static_cast<int>(OutstandingGrouping::Carrier));
    m_ui->groupingCombo->addItem(tr("Department"),
                                 static_cast<int>(OutstandingGrouping::Department));
    m_ui->groupingCombo->addItem(tr("Assignee"), static_cast<int>(OutstandingGrouping::Assignee));
    m_ui->groupingCombo->addItem(tr("Home area"), static_cast<int>(OutstandingGrouping::HomeArea));
    m_ui->asOfEdit->setDate(m_session.clock().today());

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        refresh();
    });
    connect(m_ui->groupingCombo, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(m_ui->asOfEdit, &QDateEdit::dateChanged, this, &ReportsView::refresh);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this,
            [this] { exportWithDialog(exports::ExportFormat::Csv); });
    connect(m_ui->exportExcelButton, &QPushButton::clicked, this,
            [this] { exportWithDialog(exports::ExportFormat::Xlsx); });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this,
            [this] { exportWithDialog(exports::ExportFormat::Pdf); });
    updateControls();
}

ReportsView::~ReportsView() = default;

ReportRequest ReportsView::request() const
{
    ReportRequest request;
    request.kind = static_cast<ReportKind>(m_ui->kindCombo->currentData().toInt());
    request.asOf = m_ui->asOfEdit->date();
    request.grouping = static_cast<OutstandingGrouping>(m_ui->groupingCombo->currentData().toInt());
    return request;
}

void ReportsView::setRequest(const ReportRequest& request)
{
    const QSignalBlocker kindBlocker(m_ui->kindCombo);
    const QSignalBlocker groupingBlocker(m_ui->groupingCombo);
    const QSignalBlocker dateBlocker(m_ui->asOfEdit);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(request.kind)));
    m_ui->groupingCombo->setCurrentIndex(
        m_ui->groupingCombo->findData(static_cast<int>(request.grouping)));
    m_ui->asOfEdit->setDate(request.asOf);
    updateControls();
    refresh();
}

int ReportsView::tableCount() const
{
    return m_ui->tablesTabs->count();
}

QTableView* ReportsView::tableView(int index) const
{
    return qobject_cast<QTableView*>(m_ui->tablesTabs->widget(index));
}

void ReportsView::refresh()
{
    m_reloader.request();
}

void ReportsView::updateControls()
{
    const bool grouped = request().kind == ReportKind::Outstanding;
    m_ui->groupingLabel->setVisible(grouped);
    m_ui->groupingCombo->setVisible(grouped);
    const bool shown = m_report.has_value() && !isComputing();
    m_ui->exportCsvButton->setEnabled(shown);
    m_ui->exportExcelButton->setEnabled(shown);
    m_ui->exportPdfButton->setEnabled(shown);
}

void ReportsView::compute()
{
    if (m_job.isRunning()) {
        m_computeAgain = true; // the running report is stale; compute again when it ends
        return;
    }
    m_reloader.satisfied();
    m_computeAgain = false;
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("Computing the report…"));
    const ReportRequest wanted = request();
    const QString database = m_session.databasePath();
    const Clock& clock = m_session.clock();
    m_job.start(
        [this, database, &clock, wanted] {
            m_computed = onOwnConnection<ComputedReport>(
                database, clock, [&](Store& store) { return computeReport(store, wanted); });
        },
        [this] {
            if (m_computeAgain) {
                compute();
                return;
            }
            showResult(m_computed.value_or(
                Result<ComputedReport>(Error{ErrorCode::StorageFailure, {}, 0})));
            m_computed.reset();
        });
    updateControls();
}

void ReportsView::showResult(const Result<ComputedReport>& computed)
{
    if (!computed) {
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->statusLabel->setText(
            tr("The report cannot be computed: %1").arg(describe(computed.error())));
        updateControls();
        return;
    }
    m_report = *computed;
    showHeading(m_report->document);
    showChart(m_report->document.chart);
    showTables(m_report->document.tables);
    m_ui->statusLabel->setText(m_report->request.kind == ReportKind::Outstanding &&
                                       !m_report->groupKeys.empty()
                                   ? tr("Double-click a group to list its cards.")
                                   : QString());
    updateControls();
    Q_EMIT reportShown();
}

void ReportsView::showHeading(const exports::ReportDocument& document)
{
    m_ui->headingLabel->setText(
        QStringLiteral("<span style=\"font-size: large; font-weight: 600;\">%1</span><br>%2")
            .arg(document.title.toHtmlEscaped(),
                 exports::headingLines(document).join(QStringLiteral(" · ")).toHtmlEscaped()));
}

void ReportsView::showChart(const std::optional<exports::StackedBarChart>& chart)
{
    m_ui->chartHolder->setVisible(chart.has_value());
    auto* view = new QChart;
    view->setAnimationOptions(QChart::NoAnimation);
    view->legend()->setAlignment(Qt::AlignBottom);
    if (chart) {
        view->setTitle(chart->title);
        auto* series = new QStackedBarSeries;
        for (std::size_t i = 0; i < chart->series.size(); ++i) {
            const exports::ChartSeries& source = chart->series[i];
            auto* set = new QBarSet(source.name);
            set->setColor(exports::seriesColor(i)); // the PDF's colours
            set->setBorderColor(exports::seriesColor(i));
            for (const Money value : source.values)
                set->append(yuan(value));
            series->append(set);
        }
        view->addSeries(series);
        auto* categories = new QBarCategoryAxis;
        categories->append(chart->categories);
        view->addAxis(categories, Qt::AlignBottom);
        series->attachAxis(categories);
        auto* values = new QValueAxis;
        // Whole yuan, grouped the way the interface's locale writes money: ¥100,000,000.
        view->setLocalizeNumbers(true);
        view->setLocale(QLocale());
        values->setLabelFormat(QStringLiteral("¥%.0f"));
        values->setTitleText(tr("Amount"));
        values->setMin(0);
        view->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        values->applyNiceNumbers();
        view->legend()->setVisible(chart->series.size() > 1);
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(view);
    delete old; // setChart leaves the old chart to its owner: this view
}

void ReportsView::showTables(const std::vector<exports::ReportTable>& tables)
{
    const int current = m_ui->tablesTabs->currentIndex();
    while (m_ui->tablesTabs->count() > 0) {
        QWidget* page = m_ui->tablesTabs->widget(0);
        m_ui->tablesTabs->removeTab(0);
        delete page;
    }
    for (std::size_t i = 0; i < tables.size(); ++i) {
        auto* view = new QTableView;
        view->setObjectName(QStringLiteral("reportTable%1").arg(i));
        view->setModel(new ReportTableModel(tables[i], view));
        view->verticalHeader()->setVisible(false);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->resizeColumnsToContents();
        // The first column names the row (group, state, card, holder): it takes the spare width,
        // so the figures line up at the right edge.
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        if (i == 0 && m_report && m_report->request.kind == ReportKind::Outstanding) {
            view->setToolTip(tr("Double-click a group to list its cards"));
            connect(view, &QTableView::doubleClicked, this,
                    [this](const QModelIndex& index) { openGroup(index.row()); });
        }
        const QString title =
            tables[i].title.isEmpty() ? tr("Table %1").arg(i + 1) : tables[i].title;
        const int tab = m_ui->tablesTabs->addTab(view, title);
        m_ui->tablesTabs->setTabToolTip(tab, title);
    }
    if (current >= 0 && current < m_ui->tablesTabs->count())
        m_ui->tablesTabs->setCurrentIndex(current);
}

void ReportsView::openGroup(int row)
{
    if (!m_report || m_report->request.kind != ReportKind::Outstanding || row < 0 ||
        row >= static_cast<int>(m_report->groupKeys.size()))
        return; // the totals row, or another report
    const QString key = m_report->groupKeys[static_cast<std::size_t>(row)];
    const OutstandingGrouping grouping = m_report->request.grouping;
    try {
        auto* dialog = new GroupCardsDialog(m_session.store(), grouping, key,
                                            exports::groupLabel(grouping, key), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    } catch (const StoreError& error) {
        QMessageBox::warning(this, tr("Cards of the group"),
                             tr("The cards cannot be read: %1").arg(describe(error.error())));
    }
}

exports::ExportStatus ReportsView::exportTo(exports::ExportFormat format, const QString& path) const
{
    if (!m_report)
        return exports::ExportError{exports::ExportError::Kind::CannotWrite, path,
                                    tr("no report has been computed yet")};
    return exports::writeDocument(m_report->document, format, path);
}

void ReportsView::exportWithDialog(exports::ExportFormat format)
{
    if (!m_report)
        return;
    const QString suffix = exports::exportFormatCode(format);
    QString filter;
    switch (format) {
    case exports::ExportFormat::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    case exports::ExportFormat::Xlsx:
        filter = tr("Excel workbooks (*.xlsx)");
        break;
    case exports::ExportFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2.%3")
                          .arg(fileNameStem(m_report->request.kind),
                               m_report->request.asOf.toString(Qt::ISODate), suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const exports::ExportStatus failed = exportTo(format, path);
    QApplication::restoreOverrideCursor();
    if (failed) {
        QMessageBox::warning(this, tr("Export report"), exports::describe(*failed));
        return;
    }
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace simfleet::gui
