// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "common/ReloadWhenShown.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace simfleet::gui {

class PacketExporter;

// The submission packets made so far (carrier, home area, cards, created, by whom), newest
// first, with their folder a click away and their files checked against the manifest; and the
// export of the packets still to make (every requested card no packet lists yet).
class PacketsView : public QWidget {
    Q_OBJECT

public:
    PacketsView(Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    PacketExporter& exporter() { return *m_exporter; }

public Q_SLOTS:
    // Lists the packets again; while the view is hidden, only once it is shown (every write
    // elsewhere in the window asks for a refresh).
    void refresh();
    // Exports the packets of the requested cards no packet lists yet (Ctrl+Shift+E).
    void exportPending();

Q_SIGNALS:
    // No company profile yet, and the user wants to fill it in.
    void companySettingsRequested();
    // Packets were written: the other views should reload (audit log, card panel).
    void dataChanged();

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
    QPushButton* m_export;
    QAction* m_exportAction;
    PacketExporter* m_exporter;
    ReloadWhenShown m_reloader{*this, [this] {
                                   load();
                               }};
};

} // namespace simfleet::gui
