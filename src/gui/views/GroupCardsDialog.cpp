// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/GroupCardsDialog.h"

#include "rules/Masking.h"
#include "text/Labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <span>

namespace simfleet::gui {

namespace {

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

GroupCardsDialog::GroupCardsDialog(StoreReader& store, OutstandingGrouping grouping,
                                   const QString& key, const QString& groupLabel, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("groupCardsDialog"));
    setWindowTitle(tr("Cards owing money: %1").arg(groupLabel));
    m_table->setObjectName(QStringLiteral("groupCardsTable"));

    // The group's owing cards, largest balance first: their ids in one pass, then the cards a
    // chunk at a time until kMaxRows are kept. A group without a value is picked out of all the
    // owing cards, so it may need more chunks, yet never holds every owing card at once.
    const std::vector<CardId> owing =
        store.cardIds(outstandingGroupFilter(grouping, key), CardSortColumn::Balance, true);
    const std::span<const CardId> ids(owing);
    constexpr auto kWanted = std::size_t{kMaxRows}; // also the chunk read at a time
    std::vector<Card> cards;
    for (std::size_t first = 0; first < ids.size() && cards.size() < kWanted; first += kWanted) {
        for (Card& card :
             store.cardsByIds(ids.subspan(first, std::min(kWanted, ids.size() - first)))) {
            if (outstandingGroupKey(card, grouping) == key && cards.size() < kWanted)
                cards.push_back(std::move(card));
        }
    }

    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("ICCID"), tr("Phone number"), tr("Carrier"),
                                        tr("Department"), tr("Assignee"), tr("Home area"),
                                        tr("State"), tr("Balance")});
    m_table->horizontalHeaderItem(7)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setRowCount(static_cast<int>(cards.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Card& card = cards[static_cast<std::size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(card.iccid));
        m_table->setItem(row, 1, new QTableWidgetItem(card.msisdn));
        m_table->setItem(row, 2, new QTableWidgetItem(carrierLabel(card.carrier)));
        m_table->setItem(row, 3, new QTableWidgetItem(card.department));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(shownAssignee(card.assignee, card.holderName)));
        m_table->setItem(row, 5, new QTableWidgetItem(card.homeArea()));
        m_table->setItem(row, 6, new QTableWidgetItem(stateLabel(card.state)));
        m_table->setItem(row, 7, numberItem(card.balance.toDisplayString()));
    }
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->resizeColumnsToContents();

    auto* note = new QLabel(
        cards.size() < std::size_t{kMaxRows}
            ? tr("%n card(s) owing money now (balances as they stand today).", nullptr,
                 m_table->rowCount())
            : tr("The first %1 cards owing money, largest balance first (balances as they "
                 "stand today).")
                  .arg(kMaxRows),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace simfleet::gui
