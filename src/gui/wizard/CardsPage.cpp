// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CardsPage.h"

#include "rules/Lifecycle.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "ui_WizardCardsPage.h"
#include "wizard/CardsById.h"

#include <QLocale>
#include <algorithm>

namespace simfleet::gui {
namespace {

// The states from which the wizard can take a card to cancellation-requested (the core's forward
// path; whether it owes anything is the next page's business).
std::vector<CardState> statesThatCanProceed()
{
    return statesBefore(CardState::CancellationRequested);
}

bool canProceed(CardState state)
{
    const std::vector<CardState> states = statesThatCanProceed();
    return std::find(states.begin(), states.end(), state) != states.end();
}

} // namespace

CardsPage::CardsPage(Session& session, CancellationDraft& draft, std::vector<CardId> preselected,
                     QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft),
      m_preselected(std::move(preselected)), m_ui(std::make_unique<Ui::WizardCardsPage>())
{
    m_ui->setupUi(this);
    m_ui->cardsTable->setColumns({CardColumn::Iccid, CardColumn::Msisdn, CardColumn::Carrier,
                                  CardColumn::Department, CardColumn::State, CardColumn::Balance,
                                  CardColumn::MonthlyFee, CardColumn::Lost});
    m_ui->cardsTable->setSortingEnabled(true);
    m_ui->blockedTable->setColumns(
        {CardColumn::Iccid, CardColumn::Msisdn, CardColumn::State, CardColumn::Note},
        tr("Why it cannot proceed"));

    m_ui->useSelection->setText(m_preselected.empty() ? tr("The selected cards (none selected)")
                                                      : tr("The %n selected card(s)", nullptr,
                                                           static_cast<int>(m_preselected.size())));
    m_ui->useSelection->setEnabled(!m_preselected.empty());
    (m_preselected.empty() ? m_ui->useFilter : m_ui->useSelection)->setChecked(true);
    m_ui->filterBox->setEnabled(m_preselected.empty());
    fillFilterChoices();

    connect(m_ui->useFilter, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->filterBox->setEnabled(on);
        refresh();
    });
    const auto comboChanged = qOverload<int>(&QComboBox::currentIndexChanged);
    connect(m_ui->carrierFilter, comboChanged, this, &CardsPage::refresh);
    connect(m_ui->departmentFilter, comboChanged, this, &CardsPage::refresh);
    connect(m_ui->stateFilter, comboChanged, this, &CardsPage::refresh);
    connect(m_ui->lostOnly, &QCheckBox::toggled, this, &CardsPage::refresh);
    refresh();
}

CardsPage::~CardsPage() = default;

void CardsPage::fillFilterChoices()
{
    m_ui->carrierFilter->addItem(tr("Any carrier"));
    for (const Carrier carrier : kAllCarriers)
        m_ui->carrierFilter->addItem(carrierLabel(carrier), carrierCode(carrier));

    m_ui->departmentFilter->addItem(tr("Any department"));
    for (const QString& department : m_session.store().departments())
        m_ui->departmentFilter->addItem(department, department);

    QString anyOf;
    for (const CardState state : statesThatCanProceed())
        anyOf = anyOf.isEmpty() ? stateLabel(state) : tr("%1 or %2").arg(anyOf, stateLabel(state));
    m_ui->stateFilter->addItem(anyOf);
    for (const CardState state : statesThatCanProceed())
        m_ui->stateFilter->addItem(stateLabel(state), stateCode(state));
}

CardFilter CardsPage::currentFilter() const
{
    CardFilter filter;
    if (auto carrier = parseCarrier(m_ui->carrierFilter->currentData().toString()))
        filter.carrier = *carrier;
    filter.department = m_ui->departmentFilter->currentData().toString();
    filter.lostOnly = m_ui->lostOnly->isChecked();
    return filter;
}

std::vector<Card> CardsPage::candidates(QString& note)
{
    if (m_ui->useSelection->isChecked()) {
        // Select all on a large fleet can hand over a million cards; a batch has the same limit
        // as a filter, and each page of the wizard reads its cards again.
        if (m_preselected.size() <= static_cast<std::size_t>(kFilterLimit))
            return loadCards(m_session.store(), m_preselected);
        const QLocale locale;
        note = tr("Only the first %1 of the %2 selected cards are taken into this batch: run the "
                  "wizard again for the rest.")
                   .arg(locale.toString(kFilterLimit),
                        locale.toString(static_cast<qlonglong>(m_preselected.size())));
        const std::vector<CardId> batch(m_preselected.begin(),
                                        m_preselected.begin() + kFilterLimit);
        return loadCards(m_session.store(), batch);
    }

    std::vector<CardState> states = statesThatCanProceed();
    if (auto chosen = parseState(m_ui->stateFilter->currentData().toString()))
        states = {*chosen};

    // One pass counts every state (a count per state would read the whole table each time).
    std::int64_t matching = 0;
    for (const StateCount& count : m_session.store().stateCounts(currentFilter())) {
        if (std::find(states.begin(), states.end(), count.state) != states.end())
            matching += count.cards;
    }
    std::vector<Card> cards;
    for (const CardState state : states) {
        CardQuery query;
        query.filter = currentFilter();
        query.filter.state = state;
        query.limit = kFilterLimit - static_cast<std::int64_t>(cards.size());
        if (query.limit <= 0)
            continue;
        for (Card& card : m_session.store().cards(query))
            cards.push_back(std::move(card));
    }
    if (matching > static_cast<std::int64_t>(cards.size())) {
        const QLocale locale;
        note = tr("Only the first %1 of %2 matching cards are taken into this batch: narrow the "
                  "filter, or run the wizard again for the rest.")
                   .arg(locale.toString(static_cast<qlonglong>(cards.size())),
                        locale.toString(static_cast<qlonglong>(matching)));
    }
    return cards;
}

void CardsPage::refresh()
{
    QString note;
    const std::vector<Card> cards = candidates(note);

    std::vector<Card> proceeding;
    std::vector<Card> blockedCards;
    m_draft.cards.clear();
    for (const Card& card : cards) {
        if (canProceed(card.state)) {
            proceeding.push_back(card);
            m_draft.cards.push_back(card.id);
        } else {
            blockedCards.push_back(card);
        }
    }

    m_ui->cardsTable->setCards(proceeding, m_session.clock());
    m_ui->blockedTable->setCards(blockedCards, m_session.clock());
    // The core's reason a card in another state cannot be requested (already requested,
    // confirmed, void ...); what it owes is the next page's business.
    for (const Card& card : blockedCards) {
        const auto reason =
            checkStateAndBalance(card.state, Money{}, CardState::CancellationRequested);
        m_ui->blockedTable->setNote(m_ui->blockedTable->rowOf(card.id),
                                    reason ? describe(*reason) : QString());
    }

    QString proceedText = proceeding.empty()
                              ? tr("No card can go on: choose other cards.")
                              : tr("%n card(s) will go on to settlement and the cancellation "
                                   "request.",
                                   nullptr, static_cast<int>(proceeding.size()));
    if (!note.isEmpty())
        proceedText += QLatin1Char(' ') + note;
    m_ui->proceedLabel->setText(proceedText);
    m_ui->blockedLabel->setText(
        tr("%n card(s) cannot proceed:", nullptr, static_cast<int>(blockedCards.size())));
    m_ui->blockedLabel->setVisible(!blockedCards.empty());
    m_ui->blockedTable->setVisible(!blockedCards.empty());
    Q_EMIT completeChanged();
}

bool CardsPage::isComplete() const
{
    return !m_draft.cards.empty();
}

} // namespace simfleet::gui
