// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "common/ReloadWhenShown.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace simfleet::gui {

// The submission packets made so far (carrier, home area, cards, created, by whom), newest
// first, with their folder a click away and their files checked against the manifest.
class PacketsView : public QWidget {
    Q_OBJECT

public:
    PacketsView(Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    // Lists the packets again; while the view is hidden, only once it is shown (every write
    // elsewhere in the window asks for a refresh).
    void refresh();

private:
    void load();
    QString selectedPath() const;
    void openFolder();
    void verifySelected();
    void updateButtons();

    Session& m_session;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_openFolder;
    QPushButton* m_verify;
    ReloadWhenShown m_reloader{*this, [this] {
                                   load();
                               }};
};

} // namespace simfleet::gui
