// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SettingsDialog.h"

#include "app/AppSettings.h"
#include "common/Icons.h"
#include "packets/CompanyForm.h"
#include "ui_SettingsDialog.h"

#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet::gui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    setWindowIcon(svgIcon(u"settings"));
    // Each language names itself, so a user who cannot read the current one still finds theirs.
    m_ui->languageCombo->addItem(tr("System language"), static_cast<int>(Language::System));
    m_ui->languageCombo->addItem(QStringLiteral("English"), static_cast<int>(Language::English));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"),
                                 static_cast<int>(Language::SimplifiedChinese));
    m_ui->languageCombo->setCurrentIndex(
        m_ui->languageCombo->findData(static_cast<int>(settings.language())));
    m_ui->operatorEdit->setText(settings.operatorName());
    m_ui->operatorEdit->setPlaceholderText(tr("Your name, as the audit log should show it"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->operatorEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
}

SettingsDialog::SettingsDialog(AppSettings& settings, Session& session, QWidget* parent)
    : SettingsDialog(settings, parent)
{
    auto* group = new QGroupBox(tr("Company"), this);
    group->setObjectName(QStringLiteral("companyGroup"));
    m_company = new CompanyForm(session, group);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(m_company);
    // Under the language and operator, above the stretch and the buttons.
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->hintLabel) + 1, group);
    resize(width() + 120, sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showCompanyPage()
{
    if (m_company == nullptr)
        return;
    m_company->focusFirstMissing();
    // Again once shown: showing a dialog moves the focus to its first field.
    QMetaObject::invokeMethod(m_company, &CompanyForm::focusFirstMissing, Qt::QueuedConnection);
}

void SettingsDialog::accept()
{
    // The profile is only written when edited, so an empty one does not block a language change.
    if (m_company && m_company->isModified() && !m_company->save())
        return;
    const auto language = static_cast<Language>(m_ui->languageCombo->currentData().toInt());
    const QString name = m_ui->operatorEdit->text().trimmed();
    m_languageChanged = language != m_settings.language();
    m_operatorChanged = name != m_settings.operatorName();
    m_settings.setLanguage(language);
    m_settings.setOperatorName(name);
    QDialog::accept();
}

} // namespace simfleet::gui
