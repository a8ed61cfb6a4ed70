// SPDX-License-Identifier: GPL-3.0-or-later
#include "card/TransitionDialog.h"

#include "Session.h"
#include "common/Display.h"
#include "common/Feedback.h"
#include "common/ServiceCall.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "ui_TransitionDialog.h"

#include <QPushButton>

namespace simfleet::gui {

namespace {

// The first reason the service gave, or an empty string when the card moved.
QString refusalOf(const Result<TransitionOutcome>& outcome)
{
    if (!outcome) {
        return describe(outcome.error());
    }
    if (!outcome->refused.empty()) {
        return describe(outcome->refused.front().reason);
    }
    return {};
}

QString transition(Session& session, CardId card, const TransitionRequest& request)
{
    return refusalOf(callService([&] { return session.lifecycle().transition({card}, request); }));
}

} // namespace

TransitionDialog::TransitionDialog(Session& session, const Card& card,
                                   const LifecycleAction& action, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TransitionDialog>()), m_session(session),
      m_card(card), m_action(action)
{
    m_ui->setupUi(this);
    setWindowTitle(QString(action.label).remove(QStringLiteral("…")));
    const QString move =
        tr("Card %1 moves from \"%2\" to \"%3\".")
            .arg(cardCaption(card), stateLabel(card.state), stateLabel(action.target));
    if (action.input == EdgeInput::CarrierReference) {
        m_ui->explanationLabel->setText(
            move + QLatin1Char(' ') +
            tr("Enter the receipt number (回执号) the carrier gave for the cancellation."));
        m_ui->inputLabel->setText(tr("&Receipt number:"));
    } else {
        m_ui->explanationLabel->setText(move + QLatin1Char(' ') +
                                        tr("The reason is kept in the card's history."));
        m_ui->inputLabel->setText(tr("&Reason:"));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(QString(action.label).remove(QStringLiteral("…")));
    showProblem(m_ui->refusalLabel, {});
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);
}

TransitionDialog::~TransitionDialog() = default;

void TransitionDialog::accept()
{
    TransitionRequest request;
    request.to = m_action.target;
    const QString text = m_ui->inputEdit->text().trimmed();
    if (m_action.input == EdgeInput::CarrierReference) {
        request.reference = text;
    } else {
        request.reason = text;
    }
    const QString refusal = transition(m_session, m_card.id, request);
    if (!refusal.isEmpty()) {
        showProblem(m_ui->refusalLabel, refusal);
        return;
    }
    QDialog::accept();
}

QString moveWithoutInput(Session& session, const Card& card, CardState target)
{
    TransitionRequest request;
    request.to = target;
    return transition(session, card.id, request);
}

} // namespace simfleet::gui
