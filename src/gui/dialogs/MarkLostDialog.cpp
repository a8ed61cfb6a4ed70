// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/MarkLostDialog.h"

#include "Session.h"
#include "common/Display.h"
#include "common/Feedback.h"
#include "common/Icons.h"
#include "common/ServiceCall.h"
#include "text/ErrorText.h"
#include "ui_MarkLostDialog.h"

#include <QPushButton>

namespace simfleet::gui {

MarkLostDialog::MarkLostDialog(Session& session, const Card& card, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MarkLostDialog>()), m_session(session),
      m_card(card)
{
    m_ui->setupUi(this);
    setWindowIcon(svgIcon(u"lost"));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (card.lost) {
        setWindowTitle(tr("Clear lost flag"));
        m_ui->explanationLabel->setText(
            tr("Card %1 is marked lost. Clear the flag only when the card is back in the "
               "company's hands.")
                .arg(cardCaption(card)));
        ok->setText(tr("Clear lost flag"));
    } else {
        setWindowTitle(tr("Report card lost (挂失)"));
        m_ui->explanationLabel->setText(
            tr("Mark card %1 as lost or stolen. The card becomes urgent: cancel it as soon as "
               "possible to protect personal data and money.")
                .arg(cardCaption(card)));
        ok->setText(tr("Report lost"));
    }
    showProblem(m_ui->refusalLabel, {});
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MarkLostDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MarkLostDialog::reject);
}

MarkLostDialog::~MarkLostDialog() = default;

void MarkLostDialog::accept()
{
    const QString note = m_ui->noteEdit->toPlainText().trimmed();
    const auto saved =
        callService([&] { return m_session.cards().setLost(m_card.id, !m_card.lost, note); });
    if (!saved) {
        showProblem(m_ui->refusalLabel, describe(saved.error()));
        return;
    }
    QDialog::accept();
}

} // namespace simfleet::gui
