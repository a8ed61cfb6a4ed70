// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/EditCardDialog.h"

#include "Session.h"
#include "common/Display.h"
#include "common/Feedback.h"
#include "common/Icons.h"
#include "common/ServiceCall.h"
#include "rules/Masking.h"
#include "rules/Validators.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "ui_EditCardDialog.h"

namespace simfleet::gui {

EditCardDialog::EditCardDialog(Session& session, const Card& card, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EditCardDialog>()), m_session(session),
      m_card(card)
{
    m_ui->setupUi(this);
    setWindowIcon(svgIcon(u"edit"));
    m_ui->iccidValue->setText(card.iccid);
    m_ui->msisdnEdit->setText(card.msisdn);
    for (Carrier carrier : kAllCarriers) {
        m_ui->carrierCombo->addItem(carrierLabel(carrier), static_cast<int>(carrier));
    }
    m_ui->carrierCombo->setCurrentIndex(
        m_ui->carrierCombo->findData(static_cast<int>(card.carrier)));
    m_ui->planEdit->setText(card.plan);
    m_ui->feeEdit->setText(card.monthlyFee.toPlainString());
    m_ui->holderNameEdit->setPlaceholderText(card.holderName.isEmpty() ? tr("(none)")
                                                                       : maskName(card.holderName));
    m_ui->holderIdEdit->setPlaceholderText(card.holderId.isEmpty() ? tr("(none)")
                                                                   : maskId(card.holderId));
    m_ui->departmentEdit->setText(card.department);
    m_ui->assigneeEdit->setText(card.assignee);
    m_ui->activatedEdit->setText(isoDate(card.activatedOn));
    m_ui->homeAreaEdit->setText(card.declaredHomeArea);
    m_ui->homeAreaEdit->setPlaceholderText(
        card.numberHomeArea.isEmpty() ? tr("(unknown from the number)")
                                      : tr("%1 (from the number)").arg(card.numberHomeArea));
    showProblem(m_ui->refusalLabel, {});
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditCardDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EditCardDialog::reject);
}

EditCardDialog::~EditCardDialog() = default;

void EditCardDialog::accept()
{
    Card edited = m_card;
    edited.msisdn = m_ui->msisdnEdit->text().trimmed();
    edited.carrier = static_cast<Carrier>(m_ui->carrierCombo->currentData().toInt());
    edited.plan = m_ui->planEdit->text().trimmed();
    const auto fee = Money::parse(m_ui->feeEdit->text());
    if (!fee) {
        showProblem(m_ui->refusalLabel, tr("Monthly fee: %1").arg(describe(fee.error())));
        m_ui->feeEdit->setFocus();
        return;
    }
    edited.monthlyFee = *fee;
    if (const QString name = m_ui->holderNameEdit->text().trimmed(); !name.isEmpty()) {
        edited.holderName = name;
    }
    if (const QString id = m_ui->holderIdEdit->text().trimmed(); !id.isEmpty()) {
        edited.holderId = id;
    }
    edited.department = m_ui->departmentEdit->text().trimmed();
    edited.assignee = m_ui->assigneeEdit->text().trimmed();
    edited.declaredHomeArea = m_ui->homeAreaEdit->text(); // the core checks it
    const QString activated = m_ui->activatedEdit->text().trimmed();
    if (activated.isEmpty()) {
        edited.activatedOn = QDate();
    } else {
        const auto date = parseIsoDate(activated);
        if (!date) {
            showProblem(m_ui->refusalLabel, describe(date.error()));
            m_ui->activatedEdit->setFocus();
            return;
        }
        edited.activatedOn = *date;
    }

    const auto saved = callService([&] { return m_session.cards().edit(edited); });
    if (!saved) {
        showProblem(m_ui->refusalLabel, describe(saved.error()));
        return;
    }
    QDialog::accept();
}

} // namespace simfleet::gui
