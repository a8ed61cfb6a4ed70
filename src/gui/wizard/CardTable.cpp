// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CardTable.h"

#include "common/Display.h"
#include "rules/Masking.h"
#include "text/Labels.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <algorithm>

namespace simfleet::gui {
namespace {

constexpr int kCardIdRole = Qt::UserRole + 1;
constexpr int kSortKeyRole = Qt::UserRole + 2;

// Money and day counts sort as numbers, not as text.
class NumericItem : public QTableWidgetItem {
public:
    NumericItem(const QString& text, qint64 key) : QTableWidgetItem(text)
    {
        setData(kSortKeyRole, key);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(kSortKeyRole).toLongLong() < other.data(kSortKeyRole).toLongLong();
    }
};

QString headerOf(CardColumn column, const QString& noteHeader)
{
    switch (column) {
    case CardColumn::Iccid:
        return CardTable::tr("ICCID");
    case CardColumn::Msisdn:
        return CardTable::tr("Number");
    case CardColumn::Carrier:
        return CardTable::tr("Carrier");
    case CardColumn::Department:
        return CardTable::tr("Department");
    case CardColumn::Assignee:
        return CardTable::tr("Assignee");
    case CardColumn::State:
        return CardTable::tr("State");
    case CardColumn::MonthlyFee:
        return CardTable::tr("Monthly fee");
    case CardColumn::Balance:
        return CardTable::tr("Balance");
    case CardColumn::DaysInState:
        return CardTable::tr("Days in state");
    case CardColumn::Lost:
        return CardTable::tr("Lost");
    case CardColumn::Note:
        return noteHeader;
    }
    return {};
}

QTableWidgetItem* cellFor(CardColumn column, const Card& card, const Clock& clock)
{
    switch (column) {
    case CardColumn::Iccid:
        return new QTableWidgetItem(card.iccid);
    case CardColumn::Msisdn:
        return new QTableWidgetItem(card.msisdn);
    case CardColumn::Carrier:
        return new QTableWidgetItem(carrierLabel(card.carrier));
    case CardColumn::Department:
        return new QTableWidgetItem(card.department);
    case CardColumn::Assignee:
        return new QTableWidgetItem(shownAssignee(card.assignee, card.holderName));
    case CardColumn::State:
        return new QTableWidgetItem(stateLabel(card.state));
    case CardColumn::MonthlyFee:
        return new NumericItem(card.monthlyFee.toDisplayString(), card.monthlyFee.fen());
    case CardColumn::Balance:
        return new NumericItem(card.balance.toDisplayString(), card.balance.fen());
    case CardColumn::DaysInState: {
        const qint64 days = daysInState(card, clock);
        return new NumericItem(QString::number(days), days);
    }
    case CardColumn::Lost:
        return new QTableWidgetItem(card.lost ? CardTable::tr("Lost") : QString());
    case CardColumn::Note:
        return new QTableWidgetItem();
    }
    return new QTableWidgetItem();
}

} // namespace

CardTable::CardTable(QWidget* parent) : QTableWidget(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        if (item->column() == 0 && m_checkable)
            Q_EMIT checksChanged();
        if (item->column() == columnOf(CardColumn::Note))
            Q_EMIT notesChanged();
    });
}

void CardTable::setColumns(std::vector<CardColumn> columns, const QString& noteHeader)
{
    m_columns = std::move(columns);
    setColumnCount(static_cast<int>(m_columns.size()));
    QStringList headers;
    for (const CardColumn column : m_columns)
        headers << headerOf(column, noteHeader);
    setHorizontalHeaderLabels(headers);
    if (m_noteEditable)
        setEditTriggers(QAbstractItemView::AllEditTriggers);
}

void CardTable::setCards(const std::vector<Card>& cards, const Clock& clock)
{
    m_filling = true;
    const bool sorting = isSortingEnabled();
    setSortingEnabled(false);
    clearContents();
    setRowCount(static_cast<int>(cards.size()));
    const QBrush lostBackground(QColor(255, 228, 225));
    for (int row = 0; row < rowCount(); ++row) {
        const Card& card = cards[static_cast<std::size_t>(row)];
        for (int col = 0; col < columnCount(); ++col) {
            const CardColumn column = m_columns[static_cast<std::size_t>(col)];
            QTableWidgetItem* item = cellFor(column, card, clock);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (column == CardColumn::Note && m_noteEditable)
                flags |= Qt::ItemIsEditable;
            if (col == 0) {
                item->setData(kCardIdRole, QVariant::fromValue<qint64>(card.id));
                if (m_checkable) {
                    flags |= Qt::ItemIsUserCheckable;
                    item->setCheckState(Qt::Unchecked);
                }
            }
            item->setFlags(flags);
            if (card.lost) {
                item->setBackground(lostBackground);
                item->setToolTip(tr("Lost or stolen: cancel at once"));
            }
            setItem(row, col, item);
        }
    }
    setSortingEnabled(sorting);
    resizeColumnsToContents();
    m_filling = false;
}

int CardTable::columnOf(CardColumn column) const
{
    const auto found = std::find(m_columns.begin(), m_columns.end(), column);
    return found == m_columns.end() ? -1 : static_cast<int>(found - m_columns.begin());
}

int CardTable::rowOf(CardId id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (cardAt(row) == id)
            return row;
    }
    return -1;
}

CardId CardTable::cardAt(int row) const
{
    const QTableWidgetItem* first = item(row, 0);
    return first ? first->data(kCardIdRole).toLongLong() : 0;
}

std::vector<CardId> CardTable::allCards() const
{
    std::vector<CardId> ids;
    for (int row = 0; row < rowCount(); ++row)
        ids.push_back(cardAt(row));
    return ids;
}

std::vector<CardId> CardTable::selectedCards() const
{
    std::vector<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    std::vector<CardId> ids;
    for (const int row : rows)
        ids.push_back(cardAt(row));
    return ids;
}

std::vector<CardId> CardTable::checkedCards() const
{
    std::vector<CardId> ids;
    for (int row = 0; row < rowCount(); ++row) {
        if (isChecked(row))
            ids.push_back(cardAt(row));
    }
    return ids;
}

bool CardTable::isChecked(int row) const
{
    const QTableWidgetItem* first = item(row, 0);
    return first && first->checkState() == Qt::Checked;
}

void CardTable::setChecked(int row, bool checked)
{
    QTableWidgetItem* first = item(row, 0);
    if (first && (first->flags() & Qt::ItemIsUserCheckable))
        first->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void CardTable::setAllChecked(bool checked)
{
    m_filling = true;
    for (int row = 0; row < rowCount(); ++row)
        setChecked(row, checked);
    m_filling = false;
    Q_EMIT checksChanged();
}

void CardTable::setCheckDisabled(int row, const QString& reason)
{
    for (int col = 0; col < columnCount(); ++col) {
        QTableWidgetItem* cell = item(row, col);
        if (!cell)
            continue;
        if (col == 0) {
            cell->setCheckState(Qt::Unchecked);
            cell->setFlags(cell->flags() & ~Qt::ItemIsUserCheckable);
        }
        cell->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        cell->setToolTip(reason);
    }
}

void CardTable::keyPressEvent(QKeyEvent* event)
{
    const bool typingANote =
        m_noteEditable && currentIndex().column() == columnOf(CardColumn::Note);
    if (event->key() != Qt::Key_Space || !m_checkable || typingANote) {
        QTableWidget::keyPressEvent(event);
        return;
    }
    std::vector<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows.push_back(index.row());
    if (rows.empty() && currentIndex().isValid())
        rows.push_back(currentIndex().row());
    if (!rows.empty()) {
        std::sort(rows.begin(), rows.end());
        const bool tick = !isChecked(rows.front());
        m_filling = true;
        for (const int row : rows)
            setChecked(row, tick);
        m_filling = false;
        Q_EMIT checksChanged();
    }
    event->accept();
}

QString CardTable::note(int row) const
{
    const QTableWidgetItem* cell = item(row, columnOf(CardColumn::Note));
    return cell ? cell->text() : QString();
}

void CardTable::setNote(int row, const QString& text)
{
    if (QTableWidgetItem* cell = item(row, columnOf(CardColumn::Note)))
        cell->setText(text);
}

} // namespace simfleet::gui
