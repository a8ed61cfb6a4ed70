// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ReceiptsPage.h"

#include "services/CancellationService.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "wizard/CardTable.h"
#include "wizard/RefusalList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>
#include <algorithm>
#include <set>
#include <span>

namespace simfleet::gui {

ReceiptsPage::ReceiptsPage(Session& session, ConfirmationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft), m_carrier(new QComboBox(this)),
      m_listCaption(new QLabel(this)), m_table(new CardTable(this)),
      m_checkAll(new QPushButton(tr("Tick &all"), this)),
      m_checkNone(new QPushButton(tr("Tick &none"), this)),
      m_oneReceipt(new QRadioButton(tr("&One receipt number for every ticked card:"), this)),
      m_receiptPerCard(new QRadioButton(tr("A receipt number &per card, in the list"), this)),
      m_receiptForAll(new QLineEdit(this)), m_refusalCaption(new QLabel(this)),
      m_refusals(new QListWidget(this))
{
    setTitle(tr("Carrier confirmation"));
    setSubTitle(tr("Tick the cards the carrier has confirmed as cancelled and record its receipt "
                   "number. Leave every card unticked to go straight to voiding cards confirmed "
                   "earlier."));
    setCommitPage(true);

    m_carrier->setObjectName(QStringLiteral("receiptCarrier"));
    m_table->setObjectName(QStringLiteral("requestedTable"));
    m_checkAll->setObjectName(QStringLiteral("tickAll"));
    m_checkNone->setObjectName(QStringLiteral("tickNone"));
    m_oneReceipt->setObjectName(QStringLiteral("oneReceipt"));
    m_receiptPerCard->setObjectName(QStringLiteral("receiptPerCard"));
    m_receiptForAll->setObjectName(QStringLiteral("receiptForAll"));
    m_receiptForAll->setPlaceholderText(tr("the carrier's receipt number"));
    m_refusals->setObjectName(QStringLiteral("receiptRefusals"));
    m_refusalCaption->setWordWrap(true);
    m_refusalCaption->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_listCaption->setWordWrap(true);
    for (QPushButton* button : {m_checkAll, m_checkNone})
        button->setAutoDefault(false);

    m_table->setCheckable(true);
    m_table->setNoteEditable(true);
    m_table->setColumns({CardColumn::Iccid, CardColumn::Msisdn, CardColumn::Carrier,
                         CardColumn::Department, CardColumn::DaysInState, CardColumn::Lost,
                         CardColumn::Note},
                        tr("Receipt number"));

    m_carrier->addItem(tr("Every carrier"));
    for (const Carrier carrier : kAllCarriers)
        m_carrier->addItem(carrierLabel(carrier), carrierCode(carrier));
    m_oneReceipt->setChecked(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Carrier:"), this));
    top->addWidget(m_carrier);
    top->addStretch();
    top->addWidget(m_checkAll);
    top->addWidget(m_checkNone);
    auto* receipt = new QHBoxLayout;
    receipt->addWidget(m_oneReceipt);
    receipt->addWidget(m_receiptForAll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_listCaption);
    layout->addWidget(m_table, 3);
    layout->addLayout(receipt);
    layout->addWidget(m_receiptPerCard);
    layout->addWidget(m_refusalCaption);
    layout->addWidget(m_refusals, 1);
    m_refusalCaption->hide();
    m_refusals->hide();

    connect(m_carrier, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ReceiptsPage::reload);
    connect(m_checkAll, &QPushButton::clicked, this, [this] { m_table->setAllChecked(true); });
    connect(m_checkNone, &QPushButton::clicked, this, [this] { m_table->setAllChecked(false); });
    connect(m_oneReceipt, &QRadioButton::toggled, this, &ReceiptsPage::modeChanged);
    connect(m_receiptForAll, &QLineEdit::textChanged, this, &ReceiptsPage::completeChanged);
    connect(m_table, &CardTable::checksChanged, this, [this] {
        updateCommitText();
        Q_EMIT completeChanged();
    });
    connect(m_table, &CardTable::notesChanged, this, &ReceiptsPage::completeChanged);
    modeChanged();
}

void ReceiptsPage::initializePage()
{
    reload();
}

bool ReceiptsPage::perCard() const
{
    return m_receiptPerCard->isChecked();
}

void ReceiptsPage::reload()
{
    CardFilter filter;
    filter.state = CardState::CancellationRequested;
    if (auto carrier = parseCarrier(m_carrier->currentData().toString()))
        filter.carrier = *carrier;
    // One pass sorts the waiting cards' ids: their number is the count, and the first kLimit
    // of them are read by id (a count and a sorted page would read the whole table twice).
    std::vector<CardId> waiting =
        m_session.store().cardIds(filter, CardSortColumn::StateSince, false);
    // The cards the clerk selected in the fleet come first (a clerk's five may wait behind a
    // hundred others), and start ticked.
    const std::set<CardId> selected(m_draft.selection.begin(), m_draft.selection.end());
    const auto firstUnselected = std::stable_partition(
        waiting.begin(), waiting.end(), [&](CardId id) { return selected.contains(id); });
    const auto selectedWaiting = static_cast<int>(firstUnselected - waiting.begin());
    const auto matching = static_cast<std::int64_t>(waiting.size());
    const auto listed = std::span<const CardId>(waiting).first(
        static_cast<std::size_t>(std::min<std::int64_t>(matching, kLimit)));
    m_table->setCards(m_session.store().cardsByIds(listed), m_session.clock());
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setChecked(row, selected.contains(m_table->cardAt(row)));

    QString caption = tr("%n card(s) wait for the carrier's confirmation, longest waiting first.",
                         nullptr, static_cast<int>(std::min<std::int64_t>(matching, kLimit)));
    if (selectedWaiting > 0)
        caption += QLatin1Char(' ') + tr("The %n card(s) selected in the fleet come first, ticked.",
                                         nullptr, selectedWaiting);
    if (matching > kLimit)
        caption +=
            QLatin1Char(' ') + tr("Only the first %1 of %2 are listed.")
                                   .arg(QLocale().toString(kLimit),
                                        QLocale().toString(static_cast<qlonglong>(matching)));
    m_listCaption->setText(caption);
    updateCommitText();
    Q_EMIT completeChanged();
}

void ReceiptsPage::modeChanged()
{
    m_receiptForAll->setEnabled(!perCard());
    m_table->setColumnHidden(m_table->columnCount() - 1, !perCard());
    Q_EMIT completeChanged();
}

void ReceiptsPage::updateCommitText()
{
    setButtonText(QWizard::CommitButton, m_table->checkedCards().empty()
                                             ? tr("&Skip to voiding")
                                             : tr("&Record confirmation"));
}

bool ReceiptsPage::isComplete() const
{
    if (m_table->checkedCards().empty())
        return true;
    if (!perCard())
        return !m_receiptForAll->text().trimmed().isEmpty();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->isChecked(row) && m_table->note(row).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool ReceiptsPage::validatePage()
{
    std::vector<CarrierReceipt> receipts;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_table->isChecked(row))
            continue;
        receipts.push_back(
            {m_table->cardAt(row), perCard() ? m_table->note(row) : m_receiptForAll->text()});
    }
    if (receipts.empty())
        return true;

    const auto outcome = CancellationService(m_session.context()).confirmByCarrier(receipts);
    QStringList lines;
    QString caption;
    if (!outcome) {
        caption = tr("Nothing was recorded: the database refused the request.");
        lines << describe(outcome.error());
    } else {
        lines = refusalLines(outcome->refused);
        caption = tr("Nothing was recorded: %n card(s) cannot be confirmed.", nullptr,
                     static_cast<int>(lines.size()));
    }
    if (!lines.isEmpty()) {
        showRefusals(m_refusalCaption, m_refusals, caption, lines);
        return false;
    }
    m_draft.confirmed = outcome->moved;
    Q_EMIT cardsMoved();
    return true;
}

} // namespace simfleet::gui
