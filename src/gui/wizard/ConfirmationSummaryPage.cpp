// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ConfirmationSummaryPage.h"

#include "text/Labels.h"

#include <QLabel>
#include <QVBoxLayout>

namespace simfleet::gui {

ConfirmationSummaryPage::ConfirmationSummaryPage(ConfirmationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_draft(draft), m_summary(new QLabel(this))
{
    setTitle(tr("Done"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("confirmationSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
}

void ConfirmationSummaryPage::initializePage()
{
    QStringList lines;
    lines << tr("%n card(s) are now %1.", nullptr, static_cast<int>(m_draft.confirmed.size()))
                 .arg(stateLabel(CardState::CarrierConfirmed));
    lines << tr("%n card(s) are now %1.", nullptr, static_cast<int>(m_draft.voided.size()))
                 .arg(stateLabel(CardState::Void));
    if (m_draft.leftUnticked > 0)
        lines << tr("%n confirmed card(s) could have been voided and were left as they are.",
                    nullptr, m_draft.leftUnticked);
    if (m_draft.stillWaiting > 0)
        lines << tr("%n confirmed card(s) wait until their balance is zero; run Carrier "
                    "confirmation again to void them.",
                    nullptr, m_draft.stillWaiting);
    m_summary->setText(lines.join(QStringLiteral("\n\n")));
}

} // namespace simfleet::gui
