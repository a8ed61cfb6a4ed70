// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/AuditView.h"

#include "app/DatabaseOpening.h"
#include "common/Display.h"
#include "common/HeaderTitles.h"
#include "text/AuditText.h"
#include "text/ErrorText.h"
#include "text/Labels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace simfleet::gui {
namespace {

enum Column {
    SeqColumn,
    TimeColumn,
    OperatorColumn,
    IccidColumn,
    ActionColumn,
    StatesColumn,
    DetailsColumn,
    ColumnCount
};

QString statesText(const AuditEvent& event)
{
    if (!event.fromState && !event.toState)
        return {};
    const QString from = event.fromState ? stateLabel(*event.fromState) : QString();
    const QString to = event.toState ? stateLabel(*event.toState) : QString();
    return AuditView::tr("%1 → %2").arg(from, to);
}

QString breakText(const AuditBreak& broken)
{
    switch (broken.kind) {
    case AuditBreak::Kind::PrevHashMismatch:
        return AuditView::tr("it does not link to the event before it");
    case AuditBreak::Kind::HashMismatch:
        // Its hash covers the event before it too: either of the two may have been changed.
        return AuditView::tr("it or the event before it was changed after being written");
    case AuditBreak::Kind::SequenceGap:
        return AuditView::tr("events are missing before it");
    case AuditBreak::Kind::LedgerSealMismatch:
        return AuditView::tr("the ledger entries this import recorded were changed since");
    }
    return {};
}

QString number(std::int64_t value)
{
    return QLocale().toString(static_cast<qlonglong>(value));
}

} // namespace

AuditView::AuditView(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_filter(new QLineEdit(this)),
      m_filterDelay(new QTimer(this)), m_verify(new QPushButton(tr("&Verify chain"), this)),
      m_verifyResult(new QLabel(this)), m_table(new QTableWidget(this)),
      m_newer(new QPushButton(tr("&Newer"), this)), m_older(new QPushButton(tr("&Older"), this)),
      m_pageLabel(new QLabel(this)), m_loadJob(this), m_verifyJob(this)
{
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(
        tr("Filter by ICCID, phone number, operator, action, state or detail"));
    m_filter->setClearButtonEnabled(true);
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verify->setToolTip(tr("Recompute the hash chain over the whole log: any changed, removed "
                            "or inserted event breaks it"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_newer->setObjectName(QStringLiteral("newerPage"));
    m_older->setObjectName(QStringLiteral("olderPage"));
    m_pageLabel->setObjectName(QStringLiteral("auditPageLabel"));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Seq"), tr("Time"), tr("Operator"), tr("ICCID"),
                                        tr("Action"), tr("From → to"), tr("Details")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    keepStretchedTitlesWhole(*m_table->horizontalHeader());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_verify);
    top->addWidget(m_verifyResult);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_pageLabel, 1);
    bottom->addWidget(m_newer);
    bottom->addWidget(m_older);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { goToPage(0); });
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyChain);
    connect(m_newer, &QPushButton::clicked, this, [this] { goToPage(m_page.page - 1); });
    connect(m_older, &QPushButton::clicked, this, [this] { goToPage(m_page.page + 1); });
    m_newer->setEnabled(false);
    m_older->setEnabled(false);
    load(); // the newest page is cheap, and ready before the view is first shown
}

AuditView::~AuditView() = default;

void AuditView::goToPage(std::int64_t page)
{
    m_wantedPage = std::max<std::int64_t>(0, page);
    load();
}

void AuditView::refresh()
{
    m_reloader.request();
}

void AuditView::load()
{
    m_reloader.satisfied();
    if (m_loadJob.isRunning()) {
        m_reloadPending = true; // the running scan is stale; scan again when it ends
        return;
    }
    m_reloadPending = false;
    m_pageLabel->setText(tr("Loading…"));
    AuditPageRequest request;
    request.filter = m_filter->text();
    request.page = m_wantedPage;
    request.pageSize = kPageSize;
    const QString database = m_session.databasePath();
    const Clock& clock = m_session.clock();
    m_loadJob.start(
        [this, database, &clock, request] {
            m_loaded = onOwnConnection<AuditPage>(
                database, clock, [&](Store& store) { return loadAuditPage(store, request); });
        },
        [this] {
            if (m_reloadPending) {
                load();
                return;
            }
            showPage(m_loaded.value_or(Result<AuditPage>(Error{ErrorCode::StorageFailure, {}, 0})));
        });
}

void AuditView::showPage(const Result<AuditPage>& loaded)
{
    if (!loaded) {
        m_pageLabel->setText(tr("The audit log cannot be read: %1").arg(describe(loaded.error())));
        return;
    }
    m_page = *loaded;
    m_wantedPage = m_page.page;
    m_table->setRowCount(static_cast<int>(m_page.rows.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const AuditEvent& event = m_page.rows[static_cast<std::size_t>(row)];
        auto* seq = new QTableWidgetItem(QString::number(event.seq));
        seq->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SeqColumn, seq);
        m_table->setItem(row, TimeColumn, new QTableWidgetItem(localDateTime(event.atUtc)));
        m_table->setItem(row, OperatorColumn, new QTableWidgetItem(event.operatorName));
        m_table->setItem(row, IccidColumn, new QTableWidgetItem(event.iccid));
        m_table->setItem(row, ActionColumn, new QTableWidgetItem(auditActionLabel(event.action)));
        m_table->setItem(row, StatesColumn, new QTableWidgetItem(statesText(event)));
        auto* details = new QTableWidgetItem(describeAuditEvent(event));
        details->setToolTip(details->text());
        m_table->setItem(row, DetailsColumn, details);
    }
    m_table->resizeColumnsToContents();

    const std::int64_t first = m_page.page * kPageSize + 1;
    const std::int64_t last = first + static_cast<std::int64_t>(m_page.rows.size()) - 1;
    if (m_page.matching == 0)
        m_pageLabel->setText(m_filter->text().trimmed().isEmpty()
                                 ? tr("The audit log is empty.")
                                 : tr("No event matches the filter."));
    else if (m_page.matching == m_page.total)
        m_pageLabel->setText(tr("Events %1–%2 of %3, newest first")
                                 .arg(number(first), number(last), number(m_page.total)));
    else
        m_pageLabel->setText(
            tr("Events %1–%2 of %3 matching (%4 in the log), newest first")
                .arg(number(first), number(last), number(m_page.matching), number(m_page.total)));
    m_newer->setEnabled(m_page.page > 0);
    m_older->setEnabled(last < m_page.matching);
    Q_EMIT pageLoaded();
}

void AuditView::verifyChain()
{
    const QString database = m_session.databasePath();
    const Clock& clock = m_session.clock();
    const bool started = m_verifyJob.start(
        [this, database, &clock] {
            m_verified = onOwnConnection<AuditVerification>(
                database, clock, [](Store& store) { return verifyAuditLog(store); });
        },
        [this] {
            showVerification(m_verified.value_or(
                Result<AuditVerification>(Error{ErrorCode::StorageFailure, {}, 0})));
        });
    if (!started)
        return;
    m_verify->setEnabled(false);
    m_verifyResult->setStyleSheet(QString());
    m_verifyResult->setText(tr("Verifying…"));
}

void AuditView::showVerification(const Result<AuditVerification>& verified)
{
    m_verify->setEnabled(true);
    if (!verified) {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_verifyResult->setText(tr("Cannot verify: %1").arg(describe(verified.error())));
    } else if (const auto& broken = verified->firstBreak) {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_verifyResult->setText(tr("Chain broken at event #%1: %2")
                                    .arg(QString::number(broken->seq), breakText(*broken)));
    } else {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #1b7f3a; font-weight: bold;"));
        m_verifyResult->setText(
            tr("Chain intact: %1 events checked").arg(number(verified->rowsChecked)));
    }
    Q_EMIT chainVerified();
}

} // namespace simfleet::gui
