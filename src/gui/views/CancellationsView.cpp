// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/CancellationsView.h"

#include "text/Labels.h"
#include "wizard/CancellationWizard.h"
#include "wizard/CardTable.h"
#include "wizard/ConfirmationWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <span>

namespace simfleet::gui {
namespace {

constexpr int kStateRole = Qt::UserRole + 1;

QString number(std::int64_t value)
{
    return QLocale().toString(static_cast<qlonglong>(value));
}

} // namespace

CancellationsView::CancellationsView(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_states(new QListWidget(this)),
      m_caption(new QLabel(this)), m_cards(new CardTable(this)),
      m_previous(new QPushButton(tr("&Previous"), this)),
      m_next(new QPushButton(tr("N&ext"), this)), m_pageLabel(new QLabel(this)),
      m_startCancellation(new QPushButton(tr("Start &cancellation…"), this)),
      m_startConfirmation(new QPushButton(tr("Carrier con&firmation…"), this))
{
    m_states->setObjectName(QStringLiteral("pipelineStates"));
    m_cards->setObjectName(QStringLiteral("pipelineCards"));
    m_previous->setObjectName(QStringLiteral("pipelinePrevious"));
    m_next->setObjectName(QStringLiteral("pipelineNext"));
    m_pageLabel->setObjectName(QStringLiteral("pipelinePageLabel"));
    m_startCancellation->setObjectName(QStringLiteral("startCancellation"));
    m_startConfirmation->setObjectName(QStringLiteral("startConfirmation"));
    m_startCancellation->setToolTip(tr("Walk the selected cards (or a filtered batch) to "
                                       "cancellation-requested"));
    m_startConfirmation->setToolTip(tr("Record the carrier's receipt numbers, then void the "
                                       "confirmed cards"));
    m_caption->setWordWrap(true);
    m_cards->setColumns({CardColumn::Iccid, CardColumn::Msisdn, CardColumn::Carrier,
                         CardColumn::Department, CardColumn::Assignee, CardColumn::Balance,
                         CardColumn::MonthlyFee, CardColumn::DaysInState, CardColumn::Lost});

    for (const CardState state : kAllStates) {
        auto* item = new QListWidgetItem(stateLabel(state), m_states);
        item->setData(kStateRole, static_cast<int>(state));
    }
    m_states->setMinimumWidth(200);
    m_states->setSpacing(4);

    auto* pager = new QHBoxLayout;
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_startCancellation);
    actions->addWidget(m_startConfirmation);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_caption);
    rightLayout->addWidget(m_cards, 1);
    rightLayout->addLayout(pager);
    rightLayout->addLayout(actions);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("pipelineSplitter"));
    splitter->addWidget(m_states);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_states, &QListWidget::currentRowChanged, this, [this] {
        m_offset = 0;
        if (isVisible())
            reloadCards();
        else
            m_reloader.defer();
    });
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_offset = std::max<std::int64_t>(0, m_offset - kPageSize);
        showPage();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_offset += kPageSize;
        showPage();
    });
    connect(m_startCancellation, &QPushButton::clicked, this,
            &CancellationsView::startCancellation);
    connect(m_startConfirmation, &QPushButton::clicked, this,
            &CancellationsView::startConfirmation);

    selectState(CardState::CancellationRequested); // read when first shown
}

CardState CancellationsView::selectedState() const
{
    const QListWidgetItem* item = m_states->currentItem();
    return item ? static_cast<CardState>(item->data(kStateRole).toInt())
                : CardState::CancellationRequested;
}

void CancellationsView::selectState(CardState state)
{
    m_states->setCurrentRow(static_cast<int>(state));
}

void CancellationsView::refresh()
{
    m_reloader.request();
}

void CancellationsView::reload()
{
    m_reloader.satisfied();
    reloadCounts();
    reloadCards();
}

// The list holds one row per state in kAllStates order, as stateCounts answers.
void CancellationsView::reloadCounts()
{
    for (const StateCount& count : m_session.store().stateCounts({})) {
        QString text = tr("%1\n%Ln card(s)", nullptr, static_cast<int>(count.cards))
                           .arg(stateLabel(count.state));
        if (count.state != CardState::Void && count.lost > 0)
            text += QLatin1Char(' ') + tr("(%1 lost)").arg(number(count.lost));
        m_states->item(static_cast<int>(count.state))->setText(text);
    }
}

void CancellationsView::reloadCards()
{
    CardFilter filter;
    filter.state = selectedState();
    m_inState = m_session.store().cardIds(filter, CardSortColumn::StateSince, false);
    m_caption->setText(
        tr("%1: %Ln card(s), longest in this state first. Lost cards are highlighted: cancel "
           "them at once.",
           nullptr, static_cast<int>(m_inState.size()))
            .arg(stateLabel(*filter.state)));
    showPage();
}

void CancellationsView::showPage()
{
    const auto inState = static_cast<std::int64_t>(m_inState.size());
    const std::int64_t lastPage = inState == 0 ? 0 : (inState - 1) / kPageSize * kPageSize;
    m_offset = std::clamp<std::int64_t>(m_offset, 0, lastPage); // the state may have shrunk
    const std::int64_t shown = std::min<std::int64_t>(kPageSize, inState - m_offset);
    const auto page = std::span<const CardId>(m_inState).subspan(static_cast<std::size_t>(m_offset),
                                                                 static_cast<std::size_t>(shown));
    m_cards->setCards(m_session.store().cardsByIds(page), m_session.clock());

    m_pageLabel->setText(
        shown == 0 ? QString()
                   : tr("Cards %1–%2 of %3")
                         .arg(number(m_offset + 1), number(m_offset + shown), number(inState)));
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + shown < inState);
}

void CancellationsView::wizardChangedData()
{
    m_reloader.defer();
    Q_EMIT dataChanged(); // the main window then refreshes every view, this one included
    if (m_reloader.pending())
        refresh(); // nobody did (a view on its own)
}

void CancellationsView::startCancellation()
{
    auto* wizard = new CancellationWizard(m_session, m_cards->selectedCards(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CancellationWizard::dataChanged, this, &CancellationsView::wizardChangedData);
    wizard->open();
}

void CancellationsView::startConfirmation()
{
    auto* wizard = new ConfirmationWizard(m_session, m_cards->selectedCards(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ConfirmationWizard::dataChanged, this, &CancellationsView::wizardChangedData);
    wizard->open();
}

} // namespace simfleet::gui
