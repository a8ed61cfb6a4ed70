// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "common/ReloadWhenShown.h"
#include "services/AuditService.h"
#include "views/AuditPage.h"
#include "worker/BackgroundJob.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace simfleet::gui {

// The audit log, newest first, filtered and paged; and a check of its hash chain. Both scan
// the whole log, so they run on a worker thread with its own database connection.
class AuditView : public QWidget {
    Q_OBJECT

public:
    AuditView(Session& session, QWidget* parent = nullptr);
    ~AuditView() override;

    static constexpr int kPageSize = 200;

    bool isLoading() const { return m_loadJob.isRunning(); }
    bool isVerifying() const { return m_verifyJob.isRunning(); }
    const AuditPage& currentPage() const { return m_page; }

public Q_SLOTS:
    // Reads the page again; while the view is hidden, only once it is shown: a filtered page
    // scans the whole log, and every write elsewhere in the window asks for a refresh.
    void refresh();
    void verifyChain();

Q_SIGNALS:
    void pageLoaded();
    void chainVerified();

private:
    void load();
    void showPage(const Result<AuditPage>& loaded);
    void showVerification(const Result<AuditVerification>& verified);
    void goToPage(std::int64_t page);

    Session& m_session;
    QLineEdit* m_filter;
    QTimer* m_filterDelay;
    QPushButton* m_verify;
    QLabel* m_verifyResult;
    QTableWidget* m_table;
    QPushButton* m_newer;
    QPushButton* m_older;
    QLabel* m_pageLabel;

    AuditPage m_page;
    std::int64_t m_wantedPage{0};
    bool m_reloadPending{false};
    ReloadWhenShown m_reloader{*this, [this] {
                                   load();
                               }};
    std::optional<Result<AuditPage>> m_loaded;           // written by the worker
    std::optional<Result<AuditVerification>> m_verified; // written by the worker

    BackgroundJob m_loadJob; // the jobs last: destroyed first, they wait for their workers
    BackgroundJob m_verifyJob;
};

} // namespace simfleet::gui
