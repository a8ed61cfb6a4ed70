// SPDX-License-Identifier: GPL-3.0-or-later
#include "packets/CompanyForm.h"

#include "common/Feedback.h"
#include "rules/Masking.h"
#include "services/CompanyService.h"
#include "text/ErrorText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace simfleet::gui {

namespace {

QLineEdit* field(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

CompanyForm::CompanyForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_name(field(this, "companyName")),
      m_uscc(field(this, "companyUscc")), m_address(field(this, "companyAddress")),
      m_phone(field(this, "companyPhone")), m_agentName(field(this, "agentName")),
      m_agentId(field(this, "agentId")), m_problem(new QLabel(this))
{
    m_uscc->setMaxLength(18);
    m_uscc->setPlaceholderText(tr("18 characters, e.g. 91110108MA01…"));
    m_agentId->setMaxLength(18);
    m_agentId->setPlaceholderText(tr("18 characters; printed in full only on the "
                                     "authorization letter"));
    m_problem->setObjectName(QStringLiteral("companyProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&USCC (统一社会信用代码):"), m_uscc);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("A&gent (经办人):"), m_agentName);
    form->addRow(tr("Agent's resident &ID:"), m_agentId);
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("These details head the carrier's paperwork in every submission "
                               "packet."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    connect(m_agentId, &QLineEdit::textEdited, this, [this] { m_storedAgentId.clear(); });
    for (QLineEdit* edit : {m_name, m_uscc, m_address, m_phone, m_agentName, m_agentId})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_modified = true; });
    load();
}

void CompanyForm::load()
{
    const std::optional<CompanyProfile> profile = CompanyService(m_session.context()).load();
    const CompanyProfile shown = profile.value_or(CompanyProfile{});
    m_name->setText(shown.name);
    m_uscc->setText(shown.uscc);
    m_address->setText(shown.address);
    m_phone->setText(shown.phone);
    m_agentName->setText(shown.agentName);
    m_storedAgentId = shown.agentId;
    m_agentId->setText(maskId(shown.agentId));
    m_modified = false;
    showProblem(m_problem, {});
}

bool CompanyForm::save()
{
    const CompanyProfile profile{
        m_name->text(),      m_uscc->text(),
        m_address->text(),   m_phone->text(),
        m_agentName->text(), m_storedAgentId.isEmpty() ? m_agentId->text() : m_storedAgentId};
    const Result<CompanyProfile> saved = CompanyService(m_session.context()).save(profile);
    if (!saved) {
        const ErrorCode code = saved.error().code;
        QLineEdit* culprit =
            code == ErrorCode::UsccFormat || code == ErrorCode::UsccChecksum ? m_uscc
            : code == ErrorCode::FieldRequired && saved.error().detail == QLatin1String("USCC")
                ? m_uscc
            : code == ErrorCode::FieldRequired ? m_name
                                               : m_agentId;
        showProblem(m_problem, describe(saved.error()));
        culprit->setFocus();
        return false;
    }
    load();
    return true;
}

void CompanyForm::focusFirstMissing()
{
    // The fields a packet cannot do without, in form order (CompanyService::validate and
    // requireAgent say why).
    for (QLineEdit* edit : {m_name, m_uscc, m_agentName, m_agentId}) {
        if (edit->text().trimmed().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace simfleet::gui
