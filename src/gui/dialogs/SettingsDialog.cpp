// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SettingsDialog.h"

#include "app/AppSettings.h"
#include "common/Icons.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

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

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    const auto language = static_cast<Language>(m_ui->languageCombo->currentData().toInt());
    const QString name = m_ui->operatorEdit->text().trimmed();
    m_languageChanged = language != m_settings.language();
    m_operatorChanged = name != m_settings.operatorName();
    m_settings.setLanguage(language);
    m_settings.setOperatorName(name);
    QDialog::accept();
}

} // namespace simfleet::gui
