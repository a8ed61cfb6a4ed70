// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/FleetView.h"

#include "Session.h"
#include "app/AppSettings.h"
#include "card/CardDetailPanel.h"
#include "common/Feedback.h"
#include "common/Icons.h"
#include "fleet/FleetColumns.h"
#include "fleet/FleetTableModel.h"
#include "text/Labels.h"
#include "ui_FleetView.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <algorithm>

namespace simfleet::gui {

namespace {

constexpr int kSearchPauseMs = 150;
constexpr QLatin1String kSplitterKey("fleet/splitter");
constexpr QLatin1String kHeaderKey("fleet/header");

// What a typical cell of each column holds, to size the columns on a first run.
QString typicalContent(FleetColumn column)
{
    switch (column) {
    case FleetColumn::Iccid:
        return QStringLiteral("89860000000000000000");
    case FleetColumn::Msisdn:
        return QStringLiteral("13800000000");
    case FleetColumn::Carrier:
        return carrierLabel(Carrier::Ctcc);
    case FleetColumn::Plan:
        return QStringLiteral("电销专享套餐");
    case FleetColumn::MonthlyFee:
        return QStringLiteral("¥128.00");
    case FleetColumn::Department:
        return QStringLiteral("大客户部");
    case FleetColumn::Assignee:
        return QStringLiteral("欧阳嘉怡");
    case FleetColumn::State: {
        QString longest;
        for (CardState state : kAllStates) {
            if (stateLabel(state).size() > longest.size()) {
                longest = stateLabel(state);
            }
        }
        return longest;
    }
    case FleetColumn::Balance:
        return QStringLiteral("-¥1,234.00");
    case FleetColumn::DaysInState:
        return QStringLiteral("999");
    case FleetColumn::Lost:
        return QString();
    }
    return {};
}

} // namespace

FleetView::FleetView(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FleetView>()), m_session(session),
      m_model(new FleetTableModel(session.databasePath(), session.clock(), this)),
      m_panel(new CardDetailPanel(session, this))
{
    m_ui->setupUi(this);
    m_ui->searchEdit->addAction(svgIcon(u"search"), QLineEdit::LeadingPosition);
    m_ui->searchEdit->installEventFilter(this);
    m_ui->stateCombo->addItem(tr("All states"));
    for (CardState state : kAllStates) {
        m_ui->stateCombo->addItem(stateLabel(state), static_cast<int>(state));
    }
    m_ui->carrierCombo->addItem(tr("All carriers"));
    for (Carrier carrier : kAllCarriers) {
        m_ui->carrierCombo->addItem(carrierLabel(carrier), static_cast<int>(carrier));
    }
    m_ui->departmentCombo->addItem(tr("All departments"));
    showProblem(m_ui->problemLabel, {});

    QTableView* table = m_ui->table;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    // Uniform rows: the view never measures a million of them.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics cellMetrics = table->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    for (int column = 0; column < kFleetColumnCount; ++column) {
        const auto which = static_cast<FleetColumn>(column);
        const int content = cellMetrics.horizontalAdvance(typicalContent(which));
        // The header also carries the sort arrow.
        const int title = headerMetrics.horizontalAdvance(fleetColumnTitle(which)) + 18;
        header->resizeSection(column, std::max(content, title) + 14);
    }
    header->setSortIndicator(static_cast<int>(FleetColumn::Iccid), Qt::AscendingOrder);

    m_ui->splitter->addWidget(m_panel);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_panel->setMinimumWidth(440);

    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(kSearchPauseMs);
    connect(&m_searchPause, &QTimer::timeout, this, &FleetView::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchPause, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &FleetView::goToResults);
    for (QComboBox* combo : {m_ui->stateCombo, m_ui->carrierCombo, m_ui->departmentCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &FleetView::applyFilter);
    }
    connect(m_ui->owesCheck, &QCheckBox::toggled, this, &FleetView::applyFilter);
    connect(m_ui->lostCheck, &QCheckBox::toggled, this, &FleetView::applyFilter);
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, &FleetView::clearFilters);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FleetView::showCurrentRowCard);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FleetView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetView::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_panel->card()) {
            showCurrentRowCard(); // the current row's page has just arrived
        }
    });
    connect(table, &QWidget::customContextMenuRequested, this, &FleetView::showContextMenu);
    connect(m_model, &FleetTableModel::firstPageShown, this, [this] {
        showProblem(m_ui->problemLabel, {});
        followNewList(false);
        Q_EMIT countsChanged();
    });
    connect(m_model, &FleetTableModel::queryFinished, this, [this] {
        showProblem(m_ui->problemLabel, {});
        followNewList(true);
        Q_EMIT countsChanged();
    });
    connect(m_model, &FleetTableModel::totalsChanged, this, &FleetView::countsChanged);
    connect(m_model, &FleetTableModel::departmentsChanged, this, &FleetView::fillDepartments);
    connect(m_model, &FleetTableModel::loadFailed, this, &FleetView::showLoadProblem);

    connect(m_panel, &CardDetailPanel::dataChanged, this, [this] {
        m_model->refresh();
        Q_EMIT dataChanged();
    });
    connect(m_panel, &CardDetailPanel::cancellationWizardRequested, this,
            &FleetView::cancellationWizardRequested);
}

FleetView::~FleetView() = default;

QTableView& FleetView::table()
{
    return *m_ui->table;
}

CardFilter FleetView::currentFilter() const
{
    CardFilter filter;
    filter.search = m_ui->searchEdit->text().trimmed();
    if (const QVariant state = m_ui->stateCombo->currentData(); state.isValid()) {
        filter.state = static_cast<CardState>(state.toInt());
    }
    if (const QVariant carrier = m_ui->carrierCombo->currentData(); carrier.isValid()) {
        filter.carrier = static_cast<Carrier>(carrier.toInt());
    }
    if (m_ui->departmentCombo->currentIndex() > 0) {
        filter.department = m_ui->departmentCombo->currentText();
    }
    filter.owesOnly = m_ui->owesCheck->isChecked();
    filter.lostOnly = m_ui->lostCheck->isChecked();
    return filter;
}

std::vector<CardId> FleetView::selectedCards() const
{
    const std::vector<RowSpan> spans = selectedRowSpans();
    std::size_t count = 0;
    for (const RowSpan& rows : spans) {
        count += static_cast<std::size_t>(rows.last - rows.first + 1);
    }
    std::vector<CardId> ids;
    ids.reserve(count);
    for (const RowSpan& rows : spans) {
        for (int row = rows.first; row <= rows.last; ++row) {
            ids.push_back(m_model->idAt(row));
        }
    }
    return ids;
}

qint64 FleetView::selectedCardCount() const
{
    qint64 count = 0;
    for (const RowSpan& rows : selectedRowSpans()) {
        count += rows.last - rows.first + 1;
    }
    return count;
}

std::vector<FleetView::RowSpan> FleetView::selectedRowSpans() const
{
    // A row selection comes as ranges of rows × columns; with moved columns a row can lie in
    // several. Merged by row, each row counts once, and the cost follows the ranges, not the rows.
    std::vector<RowSpan> spans;
    for (const QItemSelectionRange& range : m_ui->table->selectionModel()->selection()) {
        spans.push_back({range.top(), range.bottom()});
    }
    std::sort(spans.begin(), spans.end(),
              [](const RowSpan& a, const RowSpan& b) { return a.first < b.first; });
    std::vector<RowSpan> merged;
    for (const RowSpan& span : spans) {
        if (!merged.empty() && span.first <= merged.back().last + 1) {
            merged.back().last = std::max(merged.back().last, span.last);
        } else {
            merged.push_back(span);
        }
    }
    return merged;
}

void FleetView::setContextActions(const QList<QAction*>& actions)
{
    m_contextActions = actions;
}

void FleetView::saveState(AppSettings& settings) const
{
    settings.setState(kSplitterKey, m_ui->splitter->saveState());
    settings.setState(kHeaderKey, m_ui->table->horizontalHeader()->saveState());
}

void FleetView::restoreState(const AppSettings& settings)
{
    if (const QByteArray splitter = settings.state(kSplitterKey); !splitter.isEmpty()) {
        m_ui->splitter->restoreState(splitter);
    } else {
        m_ui->splitter->setSizes({1000, 540});
    }
    QHeaderView* header = m_ui->table->horizontalHeader();
    if (const QByteArray columns = settings.state(kHeaderKey); !columns.isEmpty()) {
        header->restoreState(columns);
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void FleetView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void FleetView::refresh()
{
    m_model->refresh();
    m_panel->reload();
}

void FleetView::clearFilters()
{
    const QSignalBlocker blockSearch(m_ui->searchEdit);
    const QSignalBlocker blockState(m_ui->stateCombo);
    const QSignalBlocker blockCarrier(m_ui->carrierCombo);
    const QSignalBlocker blockDepartment(m_ui->departmentCombo);
    const QSignalBlocker blockOwes(m_ui->owesCheck);
    const QSignalBlocker blockLost(m_ui->lostCheck);
    m_ui->searchEdit->clear();
    m_ui->stateCombo->setCurrentIndex(0);
    m_ui->carrierCombo->setCurrentIndex(0);
    m_ui->departmentCombo->setCurrentIndex(0);
    m_ui->owesCheck->setChecked(false);
    m_ui->lostCheck->setChecked(false);
    applyFilter();
}

void FleetView::applyFilter()
{
    m_searchPause.stop();
    m_model->setFilter(currentFilter());
}

void FleetView::followNewList(bool wholeList)
{
    if (m_ui->table->currentIndex().isValid())
        return; // a refresh of the same list keeps the current row
    // A new list (a search, a filter, a sort): the panel keeps its card only when the list still
    // holds it; otherwise it shows the first card listed, or nothing for an empty list. With only
    // the list's first page in hand, a card not on it may still be further down: wait for the rest.
    std::optional<int> row;
    if (const std::optional<CardId> shown = m_panel->cardId()) {
        row = m_model->rowOfCard(*shown);
        if (!row && !wholeList)
            return;
    }
    if (!row && m_model->rowCount() > 0)
        row = 0;
    if (!row) {
        m_panel->showCard(std::nullopt);
        return;
    }
    m_ui->table->setCurrentIndex(m_model->index(*row, 0));
    m_ui->table->scrollTo(m_ui->table->currentIndex());
}

void FleetView::goToResults()
{
    applyFilter();
    // Enter searches and goes to what was found, like Down: the first match is on the panel.
    m_ui->table->setFocus(Qt::TabFocusReason);
    if (!m_ui->table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_ui->table->selectRow(0);
}

void FleetView::showCurrentRowCard()
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    if (const Card* card = m_model->cardAt(current.row())) {
        if (m_panel->cardId() != card->id) {
            m_panel->showCard(card->id);
        }
    }
}

void FleetView::fillDepartments()
{
    const QString current = m_ui->departmentCombo->currentIndex() > 0
                                ? m_ui->departmentCombo->currentText()
                                : QString();
    const QSignalBlocker block(m_ui->departmentCombo);
    while (m_ui->departmentCombo->count() > 1) {
        m_ui->departmentCombo->removeItem(1);
    }
    m_ui->departmentCombo->addItems(m_model->departments());
    const int index = current.isEmpty() ? 0 : m_ui->departmentCombo->findText(current);
    m_ui->departmentCombo->setCurrentIndex(std::max(0, index));
    if (index < 0) {
        applyFilter(); // the department is gone
    }
}

void FleetView::showContextMenu(const QPoint& position)
{
    if (m_contextActions.isEmpty() || !m_ui->table->indexAt(position).isValid()) {
        return;
    }
    QMenu menu(this);
    menu.addActions(m_contextActions);
    menu.exec(m_ui->table->viewport()->mapToGlobal(position));
}

void FleetView::showLoadProblem(const QString& message)
{
    showProblem(m_ui->problemLabel, tr("The fleet could not be read: %1").arg(message));
}

bool FleetView::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box goes to the results, as in a browser's address bar.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        applyFilter();
        m_ui->table->setFocus(Qt::TabFocusReason);
        if (!m_ui->table->currentIndex().isValid()) {
            m_ui->table->selectRow(0);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace simfleet::gui
