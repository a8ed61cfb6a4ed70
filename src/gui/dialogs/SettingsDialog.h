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

// Language and operator name. Saving reports whether anything changed, so the caller can reopen
// the window in the new language or under the new name.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    bool languageChanged() const { return m_languageChanged; }
    bool operatorChanged() const { return m_operatorChanged; }

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    bool m_languageChanged{false};
    bool m_operatorChanged{false};
};

} // namespace simfleet::gui
