// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Language.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace simfleet::gui {

class AppSettings;
class CompanyForm;
class Session;

// Language and operator name and, with a database open, the company profile that heads the
// submission packets. Saving reports whether the language or operator changed, so the caller can
// reopen the window in the new language or under the new name; the company profile is stored in
// the database at once (and a refused profile keeps the dialog open).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    SettingsDialog(AppSettings& settings, Session& session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    bool languageChanged() const { return m_languageChanged; }
    bool operatorChanged() const { return m_operatorChanged; }
    // Null when the dialog was opened without a database.
    CompanyForm* companyForm() const { return m_company; }
    // Opens on the Company part: its first missing field has the cursor. Call before exec().
    void showCompanyPage();

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    CompanyForm* m_company{nullptr};
    bool m_languageChanged{false};
    bool m_operatorChanged{false};
};

} // namespace simfleet::gui
