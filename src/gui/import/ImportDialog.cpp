// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportDialog.h"

#include "app/DatabaseOpening.h"
#include "io/CsvReader.h"
#include "text/ErrorText.h"
#include "ui_ImportDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QTimer>

namespace simfleet::gui {
namespace {

// The name a person reads for a canonical column ("" when the file's column is not used).
QString fieldLabel(const QString& canonical)
{
    static const std::pair<const char*, const char*> kLabels[] = {
        {"iccid", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "ICCID")},
        {"msisdn", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Phone number")},
        {"carrier", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Carrier")},
        {"plan", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Plan")},
        {"monthly_fee", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Monthly fee")},
        {"holder_name", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Holder name")},
        {"holder_id", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Holder ID")},
        {"department", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Department")},
        {"assignee", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Assignee")},
        {"activated_on", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Activated on")},
        {"home_area", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Home area")},
        {"kind", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Kind")},
        {"amount", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Amount")},
        {"date", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Date")},
        {"reference", QT_TRANSLATE_NOOP("simfleet::gui::ImportDialog", "Reference")},
    };
    if (canonical.isEmpty())
        return ImportDialog::tr("(not imported)");
    for (const auto& [code, label] : kLabels) {
        if (canonical == QLatin1String(code))
            return ImportDialog::tr(label);
    }
    return canonical;
}

// A bills file names an amount; a card list names a carrier.
std::optional<ImportDialog::Kind> guessKind(const QStringList& headers)
{
    const QString joined = headers.join(QLatin1Char('|')).toLower();
    if (joined.contains(QLatin1String("carrier")) || joined.contains(u"运营商"))
        return ImportDialog::Kind::Cards;
    if (joined.contains(QLatin1String("amount")) || joined.contains(u"金额"))
        return ImportDialog::Kind::Ledger;
    return std::nullopt;
}

// Runs on the worker thread: a connection of its own, the core's import, nothing else.
Result<ImportSummary> importOnOwnConnection(const QString& database, const Clock& clock,
                                            const QString& operatorName, const QString& path,
                                            ImportDialog::Kind kind, const ImportOptions& options)
{
    // The check runs before the dry run too, so a damaged file is named before anything else.
    return onOwnConnection<ImportSummary>(
        database, clock,
        [&](Store& store) {
            ImportService service(ServiceContext{store, clock, operatorName});
            return kind == ImportDialog::Kind::Cards ? service.importCards(path, options)
                                                     : service.importLedger(path, options);
        },
        WorkerUse::BulkWrite);
}

QString count(std::int64_t value)
{
    return QLocale().toString(static_cast<qlonglong>(value));
}

void setStatus(QLabel* label, const QString& text, bool problem)
{
    label->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;")
                                 : QString());
    label->setText(text);
}

} // namespace

ImportDialog::ImportDialog(Session& session, QString path, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ImportDialog>()),
      m_progressTimer(new QTimer(this)), m_job(this)
{
    m_ui->setupUi(this);
    m_ui->issuesTable->setColumnCount(3);
    m_ui->issuesTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_ui->issuesTable->verticalHeader()->setVisible(false);
    m_ui->issuesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingTable->setColumnCount(2);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_ui->mappingTable->verticalHeader()->setVisible(false);
    m_ui->mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewTable->verticalHeader()->setVisible(false);
    m_progressTimer->setInterval(100);

    connect(m_progressTimer, &QTimer::timeout, this, &ImportDialog::pollProgress);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->pathEdit->text() != m_path)
            setPath(m_ui->pathEdit->text());
    });
    connect(m_ui->kindCards, &QRadioButton::toggled, this, [this] {
        m_checkedOk = false;
        check();
    });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);

    setStatus(m_ui->checkStatus, tr("Choose a CSV file."), false);
    updateControls();
    if (!path.isEmpty())
        setPath(path);
}

ImportDialog::~ImportDialog()
{
    m_cancel = true; // the worker stops soon; m_job waits for it
    // QDialog's destructor hides the dialog, and the path field losing focus would then report
    // an edit to a half-destroyed dialog.
    disconnect(m_ui->pathEdit, nullptr, this, nullptr);
}

ImportDialog::Kind ImportDialog::kind() const
{
    return m_ui->kindLedger->isChecked() ? Kind::Ledger : Kind::Cards;
}

void ImportDialog::setKind(Kind kind)
{
    (kind == Kind::Ledger ? m_ui->kindLedger : m_ui->kindCards)->setChecked(true);
}

void ImportDialog::browse()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Import from CSV"), QFileInfo(m_path).absolutePath(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportDialog::setPath(const QString& path)
{
    m_path = path;
    m_ui->pathEdit->setText(path);
    m_checkedOk = false;
    m_summary.reset();
    m_ui->summaryLabel->clear();
    checkFile(KindChoice::Guess);
}

// The encoding and the first rows come straight from the file, before the core's check. A kind
// the user chose is kept; a new file's kind is guessed from its header.
void ImportDialog::loadPreview(KindChoice choice)
{
    m_ui->previewTable->clear();
    m_ui->previewTable->setRowCount(0);
    m_ui->previewTable->setColumnCount(0);
    m_ui->mappingTable->setRowCount(0);
    m_ui->encodingLabel->clear();

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return; // the check says why
    m_ui->encodingLabel->setText(encodingName(detectEncoding(file.read(64 * 1024))));

    auto reader = CsvReader::open(m_path);
    if (!reader)
        return;
    CsvRecord record;
    QStringList headers;
    std::vector<QStringList> rows;
    while (rows.size() < static_cast<std::size_t>(kPreviewRows)) {
        const auto more = (*reader)->next(record);
        if (!more || !*more)
            break;
        if (headers.isEmpty())
            headers = record.fields;
        else
            rows.push_back(record.fields);
    }
    qsizetype columns = headers.size();
    for (const QStringList& row : rows)
        columns = std::max(columns, row.size());
    m_ui->previewTable->setColumnCount(static_cast<int>(columns));
    m_ui->previewTable->setHorizontalHeaderLabels(headers);
    m_ui->previewTable->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < m_ui->previewTable->rowCount(); ++r) {
        const QStringList& fields = rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < fields.size(); ++c)
            m_ui->previewTable->setItem(r, c, new QTableWidgetItem(fields.at(c)));
    }
    m_ui->previewTable->resizeColumnsToContents();

    if (choice != KindChoice::Guess)
        return;
    if (auto guessed = guessKind(headers); guessed && *guessed != kind()) {
        const QSignalBlocker blockCards(m_ui->kindCards);
        const QSignalBlocker blockLedger(m_ui->kindLedger);
        setKind(*guessed);
    }
}

void ImportDialog::check()
{
    checkFile(KindChoice::Keep);
}

// The user may have fixed the file in Excel since the last look: the preview is read again
// with every check, as the check itself reads the whole file again.
void ImportDialog::checkFile(KindChoice choice)
{
    if (m_path.isEmpty())
        return;
    loadPreview(choice);
    if (isBusy()) {
        // A check of an older choice is running: stop it and check again when it ends.
        m_checkAgain = true;
        m_cancel = true;
        return;
    }
    run(Stage::Checking);
}

void ImportDialog::startImport()
{
    if (!isReadyToImport())
        return;
    run(Stage::Importing);
}

void ImportDialog::cancelWork()
{
    m_cancel = true;
    m_ui->cancelButton->setEnabled(false);
}

void ImportDialog::reject()
{
    if (isBusy()) {
        // Closing stops the work first; the core then writes nothing.
        m_closeWhenDone = true;
        cancelWork();
        return;
    }
    QDialog::reject();
}

void ImportDialog::run(Stage stage)
{
    m_cancel = false;
    m_bytesDone = 0;
    m_bytesTotal = 0;
    m_outcome.reset();
    m_summary.reset();
    m_ui->issuesTable->setRowCount(0);
    m_ui->summaryLabel->clear();
    setStatus(m_ui->checkStatus,
              stage == Stage::Checking ? tr("Checking every row of the file…") : tr("Importing…"),
              false);
    if (stage == Stage::Checking)
        m_checkedOk = false;

    ImportOptions options;
    options.dryRun = stage == Stage::Checking;
    options.cancel = &m_cancel;
    options.maxIssues = kMaxIssues;
    options.progress = [this](qint64 done, qint64 total) {
        m_bytesDone = done;
        m_bytesTotal = total;
    };
    const QString database = m_session.databasePath();
    const QString operatorName = m_session.operatorName();
    const Clock& clock = m_session.clock();
    const QString path = m_path;
    const Kind fileKind = kind();
    m_job.start(
        [this, database, operatorName, &clock, path, fileKind, options] {
            m_outcome =
                importOnOwnConnection(database, clock, operatorName, path, fileKind, options);
        },
        [this, stage] { whenFinished(stage); });
    m_progressTimer->start();
    pollProgress();
    updateControls();
}

void ImportDialog::whenFinished(Stage stage)
{
    m_progressTimer->stop();
    const Result<ImportSummary> outcome =
        m_outcome.value_or(Result<ImportSummary>(Error{ErrorCode::StorageFailure, {}, 0}));
    if (outcome)
        m_summary = *outcome;
    if (stage == Stage::Checking)
        showCheck(outcome);
    else
        showImport(outcome);
    updateControls();

    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (stage == Stage::Checking) {
        if (m_checkAgain) {
            m_checkAgain = false;
            run(Stage::Checking);
            return;
        }
        Q_EMIT checkFinished();
    } else {
        Q_EMIT importFinished();
    }
}

void ImportDialog::showCheck(const Result<ImportSummary>& outcome)
{
    m_checkedOk = false;
    if (!outcome) {
        setStatus(m_ui->checkStatus,
                  tr("This file cannot be imported: %1").arg(describe(outcome.error())), true);
        return;
    }
    const ImportSummary& summary = *outcome;
    showMapping(summary);
    m_ui->encodingLabel->setText(encodingName(summary.encoding));
    if (summary.cancelled) {
        setStatus(m_ui->checkStatus, tr("The check was cancelled. Nothing has been written."),
                  false);
        return;
    }
    if (!summary.issues.empty()) {
        showIssues(summary);
        return;
    }
    if (summary.rows == 0) {
        setStatus(m_ui->checkStatus, tr("The file has no rows to import."), true);
        return;
    }
    m_checkedOk = true;
    const int rows = static_cast<int>(std::min<std::int64_t>(summary.rows, INT32_MAX));
    const QString found =
        kind() == Kind::Cards
            ? tr("No problems in %n row(s): %1 new card(s), %2 to update, %3 unchanged.", nullptr,
                 rows)
                  .arg(count(summary.imported), count(summary.updated), count(summary.unchanged))
            : tr("No problems in %n row(s): %1 ledger entries to post.", nullptr, rows)
                  .arg(count(summary.imported));
    setStatus(m_ui->checkStatus,
              found + QLatin1Char(' ') +
                  tr("Nothing has been written yet: Import writes every row in one go."),
              false);
}

void ImportDialog::showImport(const Result<ImportSummary>& outcome)
{
    m_checkedOk = false;
    if (!outcome) {
        setStatus(
            m_ui->checkStatus,
            tr("The import failed and nothing was written: %1").arg(describe(outcome.error())),
            true);
        return;
    }
    const ImportSummary& summary = *outcome;
    if (summary.cancelled) {
        setStatus(m_ui->checkStatus, tr("Import cancelled. Nothing has been written."), false);
        m_checkedOk = true; // the file was fine; it may be imported again
        return;
    }
    if (!summary.issues.empty()) {
        // The file changed since the check.
        showIssues(summary);
        return;
    }
    const int rows = static_cast<int>(std::min<std::int64_t>(summary.rows, INT32_MAX));
    setStatus(m_ui->checkStatus, tr("Import finished."), false);
    m_ui->summaryLabel->setText(
        kind() == Kind::Cards
            ? tr("Imported %n row(s): %1 new card(s), %2 updated, %3 unchanged.", nullptr, rows)
                  .arg(count(summary.imported), count(summary.updated), count(summary.unchanged))
            : tr("Imported %n row(s): %1 ledger entries posted.", nullptr, rows)
                  .arg(count(summary.imported)));
    Q_EMIT dataChanged();
}

void ImportDialog::showMapping(const ImportSummary& summary)
{
    m_ui->mappingTable->setRowCount(static_cast<int>(summary.headers.size()));
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        const QString canonical =
            row < summary.canonicalColumns.size() ? summary.canonicalColumns.at(row) : QString();
        m_ui->mappingTable->setItem(row, 0, new QTableWidgetItem(summary.headers.at(row)));
        auto* target = new QTableWidgetItem(fieldLabel(canonical));
        if (canonical.isEmpty())
            target->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_ui->mappingTable->setItem(row, 1, target);
    }
    m_ui->mappingTable->resizeColumnsToContents();
}

void ImportDialog::showIssues(const ImportSummary& summary)
{
    m_ui->issuesTable->setRowCount(static_cast<int>(summary.issues.size()));
    for (int row = 0; row < m_ui->issuesTable->rowCount(); ++row) {
        const ImportIssue& issue = summary.issues[static_cast<std::size_t>(row)];
        auto* line = new QTableWidgetItem(QString::number(issue.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->issuesTable->setItem(row, 0, line);
        m_ui->issuesTable->setItem(row, 1, new QTableWidgetItem(issue.column));
        m_ui->issuesTable->setItem(row, 2, new QTableWidgetItem(describe(issue.error)));
    }
    m_ui->issuesTable->resizeColumnsToContents();

    const std::int64_t found = std::max<std::int64_t>(
        summary.issuesFound, static_cast<std::int64_t>(summary.issues.size()));
    QString text = tr("%n problem(s) found. Nothing has been written: correct the file and check "
                      "it again.",
                      nullptr, static_cast<int>(std::min<std::int64_t>(found, INT32_MAX)));
    if (found > static_cast<std::int64_t>(summary.issues.size()))
        text +=
            QLatin1Char(' ') + tr("The first %1 are listed.")
                                   .arg(count(static_cast<std::int64_t>(summary.issues.size())));
    setStatus(m_ui->checkStatus, text, true);
}

void ImportDialog::updateControls()
{
    const bool busy = isBusy();
    m_ui->importButton->setEnabled(isReadyToImport());
    m_ui->checkButton->setEnabled(!busy && !m_path.isEmpty());
    m_ui->browseButton->setEnabled(!busy);
    m_ui->pathEdit->setEnabled(!busy);
    m_ui->kindCards->setEnabled(!busy);
    m_ui->kindLedger->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->issuesTable->setVisible(m_ui->issuesTable->rowCount() > 0);
}

void ImportDialog::pollProgress()
{
    const qint64 total = m_bytesTotal;
    const qint64 done = m_bytesDone;
    if (total <= 0) {
        m_ui->progressBar->setValue(0);
        return;
    }
    m_ui->progressBar->setValue(static_cast<int>(std::min<qint64>(done * 1000 / total, 1000)));
}

} // namespace simfleet::gui
