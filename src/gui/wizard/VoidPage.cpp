// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/VoidPage.h"

#include "common/Confirmation.h"
#include "text/ErrorText.h"
#include "wizard/CardTable.h"
#include "wizard/RefusalList.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>
#include <map>
#include <set>

namespace simfleet::gui {
namespace {

TransitionRequest voidRequest()
{
    TransitionRequest request;
    request.to = CardState::Void;
    return request;
}

} // namespace

VoidPage::VoidPage(Session& session, ConfirmationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft), m_summary(new QLabel(this)),
      m_checkAll(new QPushButton(tr("Tick &all"), this)),
      m_checkNone(new QPushButton(tr("Tick &none"), this)), m_table(new CardTable(this)),
      m_refusalCaption(new QLabel(this)), m_refusals(new QListWidget(this))
{
    setTitle(tr("Void cards"));
    setSubTitle(tr("A confirmed card is voided once no money is left on it or owed by it. Void "
                   "is final: the number is gone and the record is kept."));
    setCommitPage(true);

    m_summary->setObjectName(QStringLiteral("voidSummary"));
    m_summary->setWordWrap(true);
    m_checkAll->setObjectName(QStringLiteral("voidTickAll"));
    m_checkNone->setObjectName(QStringLiteral("voidTickNone"));
    for (QPushButton* button : {m_checkAll, m_checkNone})
        button->setAutoDefault(false);
    m_table->setObjectName(QStringLiteral("voidTable"));
    m_table->setCheckable(true);
    m_table->setColumns({CardColumn::Iccid, CardColumn::Msisdn, CardColumn::Carrier,
                         CardColumn::Balance, CardColumn::DaysInState, CardColumn::Note},
                        tr("Can it be voided?"));
    m_refusals->setObjectName(QStringLiteral("voidRefusals"));
    m_refusalCaption->setWordWrap(true);
    m_refusalCaption->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_checkAll);
    buttons->addWidget(m_checkNone);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_refusalCaption);
    layout->addWidget(m_refusals, 1);
    m_refusalCaption->hide();
    m_refusals->hide();

    connect(m_table, &CardTable::checksChanged, this, &VoidPage::updateCommitText);
    connect(m_checkAll, &QPushButton::clicked, this, [this] { m_table->setAllChecked(true); });
    connect(m_checkNone, &QPushButton::clicked, this, [this] { m_table->setAllChecked(false); });
}

void VoidPage::initializePage()
{
    CardQuery query;
    query.filter.state = CardState::CarrierConfirmed;
    query.sortBy = CardSortColumn::StateSince;
    query.limit = kLimit;
    m_cards = m_session.store().cards(query);
    m_table->setCards(m_cards, m_session.clock());

    // Ticked to start with: what this run confirmed, or what the clerk selected in the fleet.
    std::set<CardId> proposed(m_draft.selection.begin(), m_draft.selection.end());
    for (const Card& card : m_draft.confirmed)
        proposed.insert(card.id);
    std::vector<CardId> ids;
    for (const Card& card : m_cards)
        ids.push_back(card.id);
    std::map<CardId, Error> refusalOf;
    for (const CardRefusal& refusal : m_session.lifecycle().preview(ids, voidRequest()))
        refusalOf.emplace(refusal.card.id, refusal.reason);

    int voidable = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const CardId id = m_table->cardAt(row);
        const auto refusal = refusalOf.find(id);
        if (refusal == refusalOf.end()) {
            ++voidable;
            m_table->setChecked(row, proposed.contains(id));
            m_table->setNote(row, tr("Yes"));
        } else {
            const QString reason = describe(refusal->second);
            m_table->setNote(row, reason);
            m_table->setCheckDisabled(row, reason);
        }
    }
    const int blocked = m_table->rowCount() - voidable;
    m_draft.stillWaiting = blocked;

    QStringList lines;
    if (m_table->rowCount() == 0)
        lines << tr("No card is confirmed by the carrier yet.");
    else
        lines << tr("%n confirmed card(s) can be voided now.", nullptr, voidable);
    if (voidable > 0)
        lines << tr("%n of them are ticked: the ones confirmed just now or selected in the fleet.",
                    nullptr, static_cast<int>(m_table->checkedCards().size()));
    if (blocked > 0)
        lines << tr("%n card(s) cannot be voided yet: the balance must be exactly zero. Pay "
                    "what is owed, or refund or transfer the prepaid credit, then void them "
                    "here.",
                    nullptr, blocked);
    m_summary->setText(lines.join(QLatin1Char(' ')));
    updateCommitText();
}

void VoidPage::updateCommitText()
{
    setButtonText(QWizard::CommitButton, m_table->checkedCards().empty()
                                             ? tr("&Finish without voiding")
                                             : tr("&Void ticked cards"));
}

bool VoidPage::confirmVoiding(const std::vector<CardId>& ids)
{
    const std::set<CardId> ticked(ids.begin(), ids.end());
    Money monthlyFees;
    for (const Card& card : m_cards) {
        if (ticked.contains(card.id))
            monthlyFees += card.monthlyFee;
    }
    const int count = static_cast<int>(ids.size());
    return confirmIrreversible(
        this, tr("Void cards"),
        tr("Void %n card(s)? Their monthly fees come to %1.\n\nVoid is final: the numbers are "
           "gone and nothing can change these cards again.",
           nullptr, count)
            .arg(monthlyFees.toDisplayString()),
        tr("&Void %n card(s)", nullptr, count));
}

bool VoidPage::validatePage()
{
    const std::vector<CardId> ids = m_table->checkedCards();
    // The blocked cards were counted when the page was filled; the rest are left by choice.
    m_draft.leftUnticked =
        m_table->rowCount() - m_draft.stillWaiting - static_cast<int>(ids.size());
    if (ids.empty())
        return true;
    if (!confirmVoiding(ids))
        return false;
    const auto outcome = m_session.lifecycle().transition(ids, voidRequest());
    QStringList lines;
    QString caption;
    if (!outcome) {
        caption = tr("Nothing was voided: the database refused the request.");
        lines << describe(outcome.error());
    } else {
        lines = refusalLines(outcome->refused);
        caption = tr("Nothing was voided: %n card(s) cannot be voided.", nullptr,
                     static_cast<int>(lines.size()));
    }
    if (!lines.isEmpty()) {
        showRefusals(m_refusalCaption, m_refusals, caption, lines);
        return false;
    }
    m_draft.voided = outcome->moved;
    Q_EMIT cardsMoved();
    return true;
}

} // namespace simfleet::gui
