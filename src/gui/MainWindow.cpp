// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "FleetCsv.h"
#include "Session.h"
#include "app/AppSettings.h"
#include "app/BackgroundTask.h"
#include "app/DatabaseOpening.h"
#include "card/CardDetailPanel.h"
#include "common/Icons.h"
#include "dialogs/SettingsDialog.h"
#include "fleet/FleetTableModel.h"
#include "import/ImportDialog.h"
#include "packets/PacketExporter.h"
#include "packets/PacketsView.h"
#include "rules/Lifecycle.h"
#include "text/ErrorText.h"
#include "ui_MainWindow.h"
#include "views/AuditView.h"
#include "views/CancellationsView.h"
#include "views/FleetView.h"
#include "views/ReportsView.h"
#include "views/WelcomePage.h"
#include "wizard/CancellationWizard.h"
#include "wizard/ConfirmationWizard.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <utility>

namespace simfleet::gui {

namespace {

constexpr QLatin1String kGeometryKey("window/geometry");
constexpr QLatin1String kWindowStateKey("window/state");

// The local CSV files among dropped URLs.
QStringList droppedCsvFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime->hasUrls()) {
        return files;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            files << url.toLocalFile();
        }
    }
    return files;
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Session> session, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(std::move(session)),
      m_settings(settings)
{
    m_ui->setupUi(this);
    setWindowIcon(svgIcon(u"app"));
    setWindowTitle(tr("%1 — SimFleet").arg(QFileInfo(m_session->databasePath()).fileName()));
    setAcceptDrops(true);

    setupPages();
    setupActions();
    setupStatusBar();

    if (const QByteArray geometry = m_settings.state(kGeometryKey); !geometry.isEmpty()) {
        restoreGeometry(geometry);
    } else {
        resize(1440, 900);
    }
    restoreState(m_settings.state(kWindowStateKey));
    m_fleet->restoreState(m_settings);
    showPage(Page::Fleet);
    updateCardActions();
    if (m_session->isReadOnly()) {
        for (QAction* action :
             {m_ui->actionImport, m_ui->actionCancellationWizard, m_ui->actionConfirmationWizard}) {
            action->setEnabled(false);
            action->setToolTip(readOnlyReason());
        }
    }
}

QString MainWindow::readOnlyReason()
{
    return tr("This database is open read-only, because another SimFleet has it open for "
              "changes. Close it there, then open it again here to make changes.");
}

bool MainWindow::refusedAsReadOnly()
{
    if (!m_session->isReadOnly()) {
        return false;
    }
    QMessageBox::information(this, tr("Read-only"), readOnlyReason());
    return true;
}

MainWindow::~MainWindow()
{
    // The pages hold the session by reference (and the fleet page a reader thread): they go
    // before it does.
    delete m_ui->pages;
}

void MainWindow::setupPages()
{
    Session& session = *m_session;

    m_fleetStack = new QStackedWidget(m_ui->pages);
    m_welcome = new WelcomePage(session.databasePath(), m_fleetStack);
    m_fleet = new FleetView(session, m_fleetStack);
    m_fleetStack->addWidget(m_fleet);
    m_fleetStack->addWidget(m_welcome);
    m_cancellations = new CancellationsView(session, m_ui->pages);
    m_audit = new AuditView(session, m_ui->pages);
    m_reports = new ReportsView(session, m_ui->pages);
    m_packets = new PacketsView(session, m_ui->pages);
    m_packetExporter = new PacketExporter(session, this);

    m_ui->pages->addWidget(m_fleetStack);
    m_ui->pages->addWidget(m_cancellations);
    m_ui->pages->addWidget(m_reports);
    m_ui->pages->addWidget(m_packets);
    m_ui->pages->addWidget(m_audit);

    const struct {
        const char* icon;
        QString label;
    } entries[] = {
        {"fleet", tr("Fleet")},     {"cancellations", tr("Cancellations")},
        {"reports", tr("Reports")}, {"packets", tr("Packets")},
        {"audit", tr("Audit log")},
    };
    for (const auto& entry : entries) {
        new QListWidgetItem(svgIcon(QString::fromLatin1(entry.icon)), entry.label,
                            m_ui->navigation);
    }
    QFont navigationFont = m_ui->navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.08);
    m_ui->navigation->setFont(navigationFont);
    m_ui->navigation->setFixedWidth(m_ui->navigation->sizeHintForColumn(0) + 36);
    m_ui->navigation->setStyleSheet(
        QStringLiteral("QListWidget { border: none; background: palette(window); }"
                       "QListWidget::item { padding: 8px 6px; border-radius: 6px; }"
                       "QListWidget::item:selected { background: #dbe6fb; color: #1d3f86; }"));
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);

    connect(m_welcome, &WelcomePage::importRequested, this, [this] { importCards(); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);

    connect(m_fleet, &FleetView::countsChanged, this, [this] {
        updateStatusBar();
        showFleetOrWelcome();
    });
    connect(m_fleet, &FleetView::selectionChanged, this, &MainWindow::updateCardActions);
    connect(m_fleet, &FleetView::dataChanged, this, &MainWindow::refreshOtherViews);
    connect(m_fleet, &FleetView::cancellationWizardRequested, this,
            &MainWindow::startCancellationWizard);
    connect(&m_fleet->detailPanel(), &CardDetailPanel::cardShown, this,
            &MainWindow::updateCardActions);
    connect(m_cancellations, &CancellationsView::dataChanged, this, &MainWindow::refreshAll);
    connect(m_packets, &PacketsView::dataChanged, this, &MainWindow::refreshAll);
    connect(m_packets, &PacketsView::companySettingsRequested, this,
            [this] { showCompanySettings(); });
    connect(m_packetExporter, &PacketExporter::packetsWritten, this, &MainWindow::refreshAll);
    connect(m_packetExporter, &PacketExporter::companySettingsRequested, this,
            [this] { showCompanySettings(); });
}

void MainWindow::setupActions()
{
    Ui::MainWindow& ui = *m_ui;
    ui.actionNew->setIcon(svgIcon(u"new"));
    ui.actionOpen->setIcon(svgIcon(u"open"));
    ui.actionOpenDemo->setIcon(svgIcon(u"demo"));
    ui.actionImport->setIcon(svgIcon(u"import"));
    ui.actionExport->setIcon(svgIcon(u"export"));
    ui.actionSettings->setIcon(svgIcon(u"settings"));
    ui.actionQuit->setIcon(svgIcon(u"quit"));
    ui.actionPay->setIcon(svgIcon(u"pay"));
    ui.actionCharge->setIcon(svgIcon(u"charge"));
    ui.actionLost->setIcon(svgIcon(u"lost"));
    ui.actionEdit->setIcon(svgIcon(u"edit"));
    ui.actionCancellationWizard->setIcon(svgIcon(u"wizard"));
    ui.actionConfirmationWizard->setIcon(svgIcon(u"confirm"));
    ui.actionFind->setIcon(svgIcon(u"search"));
    ui.actionRefresh->setIcon(svgIcon(u"refresh"));
    ui.actionShowFleet->setIcon(svgIcon(u"fleet"));
    ui.actionShowCancellations->setIcon(svgIcon(u"cancellations"));
    ui.actionShowReports->setIcon(svgIcon(u"reports"));
    ui.actionShowPackets->setIcon(svgIcon(u"packets"));
    ui.actionExportPackets->setIcon(svgIcon(u"packets"));
    ui.actionShowAudit->setIcon(svgIcon(u"audit"));
    ui.actionAbout->setIcon(svgIcon(u"app"));
    ui.actionQuit->setMenuRole(QAction::QuitRole);
    ui.actionSettings->setMenuRole(QAction::PreferencesRole);

    connect(ui.actionNew, &QAction::triggered, this, &MainWindow::chooseAndCreate);
    connect(ui.actionOpen, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    connect(ui.actionOpenDemo, &QAction::triggered, this, &MainWindow::demoRequested);
    connect(ui.menuRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(ui.actionImport, &QAction::triggered, this, [this] { importCards(); });
    connect(ui.actionExport, &QAction::triggered, this, &MainWindow::exportFleetView);
    connect(ui.actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);

    // Card actions work on the card the fleet page shows.
    auto onFleetPanel = [this](void (CardDetailPanel::*slot)()) {
        return [this, slot] {
            showPage(Page::Fleet);
            (m_fleet->detailPanel().*slot)();
        };
    };
    connect(ui.actionPay, &QAction::triggered, this, onFleetPanel(&CardDetailPanel::recordPayment));
    connect(ui.actionCharge, &QAction::triggered, this,
            onFleetPanel(&CardDetailPanel::recordCharge));
    connect(ui.actionLost, &QAction::triggered, this, onFleetPanel(&CardDetailPanel::reportLost));
    connect(ui.actionEdit, &QAction::triggered, this, onFleetPanel(&CardDetailPanel::editCard));
    connect(ui.actionCancellationWizard, &QAction::triggered, this,
            &MainWindow::startWizardForSelection);
    connect(ui.actionConfirmationWizard, &QAction::triggered, this,
            &MainWindow::startConfirmationWizard);
    connect(ui.actionExportPackets, &QAction::triggered, this,
            &MainWindow::exportPacketsForSelection);

    connect(ui.actionFind, &QAction::triggered, this, [this] {
        showPage(Page::Fleet);
        m_fleet->focusSearch();
    });
    connect(ui.actionClearFilters, &QAction::triggered, this, [this] {
        showPage(Page::Fleet);
        m_fleet->clearFilters();
    });
    connect(ui.actionRefresh, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(ui.actionShowFleet, &QAction::triggered, this, [this] { showPage(Page::Fleet); });
    connect(ui.actionShowCancellations, &QAction::triggered, this,
            [this] { showPage(Page::Cancellations); });
    connect(ui.actionShowReports, &QAction::triggered, this, [this] { showPage(Page::Reports); });
    connect(ui.actionShowPackets, &QAction::triggered, this, [this] { showPage(Page::Packets); });
    connect(ui.actionShowAudit, &QAction::triggered, this, [this] { showPage(Page::Audit); });
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_fleet->setContextActions({ui.actionPay, ui.actionCharge, ui.actionLost, ui.actionEdit,
                                separator, ui.actionCancellationWizard, ui.actionExportPackets});
}

void MainWindow::setupStatusBar()
{
    m_shownLabel = new QLabel(this);
    m_outstandingLabel = new QLabel(this);
    m_cancellationLabel = new QLabel(this);
    m_operatorLabel = new QLabel(this);
    for (QLabel* label : {m_shownLabel, m_outstandingLabel, m_cancellationLabel, m_operatorLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
    m_operatorLabel->setText(m_session->isReadOnly()
                                 ? tr("Operator: %1 · read-only").arg(m_session->operatorName())
                                 : tr("Operator: %1").arg(m_session->operatorName()));
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const FleetTableModel& model = m_fleet->model();
    const auto& totals = model.totals();
    if (!model.hasResult() || !model.isCounted() || !totals) {
        m_shownLabel->setText(tr("Reading the fleet…"));
        return;
    }
    m_shownLabel->setText(
        tr("Showing %1 of %2 cards").arg(count(model.rowCount()), count(totals->cards)));
    m_outstandingLabel->setText(tr("Outstanding: %1").arg(totals->outstanding.toDisplayString()));
    m_outstandingLabel->setToolTip(
        tr("Sum of what the cards owe. Prepaid credit on other cards: %1")
            .arg(totals->credit.toDisplayString()));
    m_cancellationLabel->setText(tr("In cancellation: %1").arg(count(totals->cardsInCancellation)));
}

void MainWindow::updateCardActions()
{
    const auto& card = m_fleet->detailPanel().card();
    const bool editable = card && !isFinal(card->state) && !m_session->isReadOnly();
    for (QAction* action :
         {m_ui->actionPay, m_ui->actionCharge, m_ui->actionLost, m_ui->actionEdit}) {
        action->setEnabled(editable);
    }
    m_ui->actionLost->setText(card && card->lost ? tr("Clear &Lost Flag…") : tr("Report &Lost…"));
    const qint64 selected = m_fleet->selectedCardCount();
    m_ui->actionCancellationWizard->setText(
        selected > 1 ? tr("Cancellation &Wizard (%1 cards)…").arg(count(selected))
                     : tr("Cancellation &Wizard…"));
    // Which selected cards may go in a packet is the core's question, asked on export.
    m_ui->actionExportPackets->setEnabled(selected > 0 && !m_session->isReadOnly());
}

void MainWindow::showFleetOrWelcome()
{
    const auto& totals = m_fleet->model().totals();
    const bool empty = totals && totals->cards == 0;
    m_fleetStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_welcome) : m_fleet);
}

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::refreshAll()
{
    m_fleet->refresh();
    refreshOtherViews();
}

void MainWindow::refreshOtherViews()
{
    m_cancellations->refresh();
    m_audit->refresh();
    m_reports->refresh();
    m_packets->refresh();
    updateCardActions();
}

void MainWindow::importCards(const QString& path)
{
    if (refusedAsReadOnly()) {
        return;
    }
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Import card list"), startDirectory(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (file.isEmpty()) {
            return;
        }
    }
    ImportDialog dialog(*m_session, file, this);
    connect(&dialog, &ImportDialog::dataChanged, this, &MainWindow::refreshAll);
    dialog.exec();
}

void MainWindow::exportFleetView()
{
    const QString suggested =
        QDir(startDirectory())
            .filePath(tr("fleet-%1.csv").arg(m_session->clock().today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export fleet view"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const CardFilter filter = m_fleet->currentFilter();
    const QString database = m_session->databasePath();
    Result<qint64> outcome = Error{};
    runWithBusyDialog(this, tr("Exporting the fleet view…"), [&] {
        const SystemClock clock;
        auto store = openWorkerConnection(database, clock);
        if (!store) {
            outcome = store.error();
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome = Error{ErrorCode::StorageFailure, file.errorString(), 0};
            return;
        }
        outcome = exports::exportFleetCsv(*store.value(), filter, file);
        if (outcome && !file.commit()) {
            outcome = Error{ErrorCode::StorageFailure, file.errorString(), 0};
        }
    });
    if (!outcome) {
        QMessageBox::warning(
            this, tr("Export fleet view"),
            tr("The fleet view was not exported: %1").arg(describe(outcome.error())));
        return;
    }
    statusBar()->showMessage(tr("Exported %1 cards to %2 (holder data masked)")
                                 .arg(count(*outcome), QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::startWizardForSelection()
{
    showPage(Page::Fleet);
    startCancellationWizard(m_fleet->selectedCards());
}

void MainWindow::startCancellationWizard(const std::vector<CardId>& cards)
{
    if (refusedAsReadOnly()) {
        return;
    }
    CancellationWizard wizard(*m_session, cards, this);
    connect(&wizard, &CancellationWizard::dataChanged, this, &MainWindow::refreshAll);
    connect(&wizard, &CancellationWizard::companySettingsRequested, this,
            [this, &wizard] { showCompanySettings(&wizard); });
    wizard.exec();
    finishWithSelection(wizard.result() == QDialog::Accepted);
    if (std::exchange(m_settingsChangePending, false)) {
        Q_EMIT settingsChanged();
    }
}

void MainWindow::startConfirmationWizard()
{
    if (refusedAsReadOnly()) {
        return;
    }
    ConfirmationWizard wizard(*m_session, m_fleet->selectedCards(), this);
    connect(&wizard, &ConfirmationWizard::dataChanged, this, &MainWindow::refreshAll);
    wizard.exec();
    finishWithSelection(wizard.result() == QDialog::Accepted);
}

void MainWindow::exportPacketsForSelection()
{
    if (refusedAsReadOnly()) {
        return;
    }
    showPage(Page::Fleet);
    const std::optional<PacketExporter::Outcome> outcome =
        m_packetExporter->exportCards(m_fleet->selectedCards());
    if (!outcome) {
        return;
    }
    QMessageBox box(outcome->ok() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Export submission packets"), PacketExporter::summary(*outcome),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("packetsExported"));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.exec();
}

void MainWindow::finishWithSelection(bool wizardFinished)
{
    // The selection was the wizard's batch; once it has gone through, the toolbar should not go
    // on offering a wizard for cards that are now requested or void.
    if (wizardFinished) {
        m_fleet->table().clearSelection();
    }
}

void MainWindow::saveSettings()
{
    m_settings.setState(kGeometryKey, saveGeometry());
    m_settings.setState(kWindowStateKey, saveState());
    m_fleet->saveState(m_settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedCsvFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = droppedCsvFiles(event->mimeData());
    if (files.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // After the drop returns, so the file manager is not left waiting on a modal dialog.
    QMetaObject::invokeMethod(
        this, [this, file = files.constFirst()] { importCards(file); }, Qt::QueuedConnection);
}

void MainWindow::fillRecentMenu()
{
    QMenu* menu = m_ui->menuRecent;
    menu->clear();
    const QStringList recent = m_settings.recentDatabases();
    if (recent.isEmpty()) {
        menu->addAction(tr("(none yet)"))->setEnabled(false);
        return;
    }
    int number = 1;
    for (const QString& path : recent) {
        QAction* action = menu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this,
                [this, path] { Q_EMIT openDatabaseRequested(path); });
    }
}

QString MainWindow::startDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), QFileInfo(m_session->databasePath()).absolutePath(),
        tr("SimFleet databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty()) {
        Q_EMIT openDatabaseRequested(path);
    }
}

void MainWindow::chooseAndCreate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), startDirectory(),
                                                tr("SimFleet databases (*.db)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".db");
    }
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose another name, or open it with "
                                "File ▸ Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT newDatabaseRequested(path);
}

void MainWindow::showSettings()
{
    openSettings(this, false);
}

void MainWindow::showCompanySettings(QWidget* parent)
{
    openSettings(parent ? parent : this, true);
}

void MainWindow::openSettings(QWidget* parent, bool companyFirst)
{
    SettingsDialog dialog(m_settings, *m_session, parent);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    if (companyFirst) {
        dialog.showCompanyPage();
    }
    if (dialog.exec() != QDialog::Accepted ||
        !(dialog.languageChanged() || dialog.operatorChanged())) {
        return;
    }
    if (parent != this) {
        m_settingsChangePending = true; // the window reopens once the wizard has closed
        return;
    }
    Q_EMIT settingsChanged();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SimFleet"),
        tr("<h3>SimFleet %1</h3>"
           "<p>Keeps a company's telemarketing SIM cards from purchase to cancellation: who "
           "owes what, which cards to cancel, and the paperwork for the carrier.</p>"
           "<p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_session->databasePath()).toHtmlEscaped()));
}

} // namespace simfleet::gui
