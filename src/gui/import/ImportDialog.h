// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "services/ImportService.h"
#include "worker/BackgroundJob.h"

#include <QDialog>
#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class ImportDialog;
}

namespace simfleet::gui {

// Imports a card list or a ledger (bills and payments) from CSV. It shows the detected
// encoding, the first rows and the column mapping, then checks the whole file (a dry run) and
// lists every problem with its line and column before anything is written. The import itself
// runs on a worker thread with its own database connection, with progress and Cancel; the
// core writes everything in one transaction or nothing.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Cards, Ledger };

    ImportDialog(Session& session, QString path, QWidget* parent = nullptr);
    ~ImportDialog() override;

    QString path() const { return m_path; }
    Kind kind() const;
    void setKind(Kind kind);

    // A check or an import is running.
    bool isBusy() const { return m_job.isRunning(); }
    // The last check found no problem in this file: Import is available.
    bool isReadyToImport() const { return m_checkedOk && !isBusy(); }
    // What the last check or import reported (unset while running or after an error).
    const std::optional<ImportSummary>& lastSummary() const { return m_summary; }

    // Rows shown in the preview.
    static constexpr int kPreviewRows = 10;
    // Problems listed; beyond this they are counted.
    static constexpr int kMaxIssues = 100000;

public Q_SLOTS:
    void setPath(const QString& path);
    // Reads the file again (preview and the whole-file check), as "Check again" does.
    void check();
    void startImport();
    void cancelWork();

Q_SIGNALS:
    void dataChanged();
    void checkFinished();
    void importFinished();

protected:
    void reject() override;

private:
    enum class Stage { Checking, Importing };
    enum class KindChoice { Guess, Keep };

    void browse();
    void checkFile(KindChoice choice);
    void loadPreview(KindChoice choice);
    void run(Stage stage);
    void whenFinished(Stage stage);
    void showCheck(const Result<ImportSummary>& outcome);
    void showImport(const Result<ImportSummary>& outcome);
    void showMapping(const ImportSummary& summary);
    void showIssues(const ImportSummary& summary);
    void updateControls();
    void pollProgress();

    Session& m_session;
    std::unique_ptr<Ui::ImportDialog> m_ui;
    QTimer* m_progressTimer;
    QString m_path;
    bool m_checkedOk{false};
    bool m_checkAgain{false};
    bool m_closeWhenDone{false};
    std::optional<ImportSummary> m_summary;

    // Shared with the worker thread.
    std::atomic_bool m_cancel{false};
    std::atomic<qint64> m_bytesDone{0};
    std::atomic<qint64> m_bytesTotal{0};
    std::optional<Result<ImportSummary>> m_outcome; // written by the worker, read when it ends

    BackgroundJob m_job; // last member: destroyed first, it waits for the worker
};

} // namespace simfleet::gui
