// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <QMainWindow>
#include <memory>
#include <vector>

class QLabel;
class QStackedWidget;

namespace Ui {
class MainWindow;
}

namespace simfleet::gui {

class AppSettings;
class AuditView;
class CancellationsView;
class FleetView;
class PacketExporter;
class PacketsView;
class ReportsView;
class Session;
class WelcomePage;

// One open database: navigation on the left (Fleet, Cancellations, Reports, Packets, Audit log),
// the page on the right, the fleet's figures in the status bar. The window owns the Session and
// hands it by reference to every page, dialog and wizard; opening another database opens another
// window (see AppController).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Fleet, Cancellations, Reports, Packets, Audit };

    MainWindow(std::unique_ptr<Session> session, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    FleetView& fleetView() { return *m_fleet; }
    PacketsView& packetsView() { return *m_packets; }
    // Exports the packets of the fleet's selection (its context menu, Card menu).
    PacketExporter& packetExporter() { return *m_packetExporter; }
    void showPage(Page page);
    // Geometry, splitters and columns, for the next start.
    void saveSettings();

Q_SIGNALS:
    void openDatabaseRequested(const QString& path);
    void newDatabaseRequested(const QString& path);
    void demoRequested();
    // Language or operator changed: the window should reopen on the same database.
    void settingsChanged();

public Q_SLOTS:
    // Something was written: every page reads again.
    void refreshAll();
    // Every view but the fleet, after a write on the fleet page (which refreshes itself).
    void refreshOtherViews();
    // Opens the import dialog on path, or asks for a file first when path is empty.
    void importCards(const QString& path = {});
    void exportFleetView();
    void startCancellationWizard(const std::vector<simfleet::CardId>& cards);
    void startConfirmationWizard();
    // The submission packets of the selected cards that may go into one.
    void exportPacketsForSelection();
    // Settings on its Company part, over parent (a wizard) or the window.
    void showCompanySettings(QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupPages();
    void setupActions();
    void setupStatusBar();
    void updateStatusBar();
    void updateCardActions();
    static QString readOnlyReason();
    bool refusedAsReadOnly(); // says why when the session is read-only
    void fillRecentMenu();
    void showFleetOrWelcome();
    void startWizardForSelection();
    void finishWithSelection(bool wizardFinished);
    void chooseAndOpen();
    void chooseAndCreate();
    void showSettings();
    void openSettings(QWidget* parent, bool companyFirst);
    void showAbout();
    QString startDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Session> m_session;
    AppSettings& m_settings;
    QStackedWidget* m_fleetStack{nullptr};
    WelcomePage* m_welcome{nullptr};
    FleetView* m_fleet{nullptr};
    CancellationsView* m_cancellations{nullptr};
    AuditView* m_audit{nullptr};
    ReportsView* m_reports{nullptr};
    PacketsView* m_packets{nullptr};
    PacketExporter* m_packetExporter{nullptr};
    // Language or operator changed in Settings opened over a wizard: the window reopens once the
    // wizard is closed, not under it.
    bool m_settingsChangePending{false};
    QLabel* m_shownLabel{nullptr};
    QLabel* m_outstandingLabel{nullptr};
    QLabel* m_cancellationLabel{nullptr};
    QLabel* m_operatorLabel{nullptr};
};

} // namespace simfleet::gui
