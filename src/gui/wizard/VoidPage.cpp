// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/VoidPage.h"

#include "text/ErrorText.h"
#include "wizard/CardTable.h"
#include "wizard/RefusalList.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <QWizard>
#include <map>

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
      m_table(new CardTable(this)), m_refusalCaption(new QLabel(this)),
      m_refusals(new QListWidget(this))
{
    setTitle(tr("Void cards"));
    setSubTitle(tr("A confirmed card is voided once no money is left on it or owed by it. Void "
                   "is final: the number is gone and the record is kept."));
    setCommitPage(true);

    m_summary->setObjectName(QStringLiteral("voidSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("voidTable"));
    m_table->setCheckable(true);
    m_table->setColumns({CardColumn::Iccid, CardColumn::Msisdn, CardColumn::Carrier,
                         CardColumn::Balance, CardColumn::DaysInState, CardColumn::Note},
                        tr("Can it be voided?"));
    m_refusals->setObjectName(QStringLiteral("voidRefusals"));
    m_refusalCaption->setWordWrap(true);
    m_refusalCaption->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_refusalCaption);
    layout->addWidget(m_refusals, 1);
    m_refusalCaption->hide();
    m_refusals->hide();

    connect(m_table, &CardTable::checksChanged, this, &VoidPage::updateCommitText);
}

void VoidPage::initializePage()
{
    CardQuery query;
    query.filter.state = CardState::CarrierConfirmed;
    query.sortBy = CardSortColumn::StateSince;
    query.limit = kLimit;
    const std::vector<Card> cards = m_session.store().cards(query);
    m_table->setCards(cards, m_session.clock());

    std::vector<CardId> ids;
    for (const Card& card : cards)
        ids.push_back(card.id);
    std::map<CardId, Error> refusalOf;
    for (const CardRefusal& refusal : m_session.lifecycle().preview(ids, voidRequest()))
        refusalOf.emplace(refusal.card.id, refusal.reason);

    int voidable = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto refusal = refusalOf.find(m_table->cardAt(row));
        if (refusal == refusalOf.end()) {
            ++voidable;
            m_table->setChecked(row, true);
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

bool VoidPage::validatePage()
{
    const std::vector<CardId> ids = m_table->checkedCards();
    if (ids.empty())
        return true;
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
    m_draft.stillWaiting = m_table->rowCount() - static_cast<int>(ids.size());
    Q_EMIT cardsMoved();
    return true;
}

} // namespace simfleet::gui
