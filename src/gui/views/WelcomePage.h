// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class WelcomePage;
}

namespace simfleet::gui {

// What an empty database shows instead of an empty table: the three ways to get going.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(const QString& databasePath, QWidget* parent = nullptr);
    ~WelcomePage() override;

Q_SIGNALS:
    void importRequested();
    void demoRequested();
    void openRequested();

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace simfleet::gui
