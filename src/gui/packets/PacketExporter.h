// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "services/PacketService.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace simfleet::gui {

// Exports submission packets from the window: the one piece behind the wizard's last page, the
// Packets view's Export button and the fleet's context menu. Which cards may go in a packet and
// how they are grouped (one zip per carrier and home area) is the core's business
// (PacketService); this asks for what only a person can give: a company profile first, then a
// folder.
class PacketExporter : public QObject {
    Q_OBJECT

public:
    // Asks for the folder the zips go to; empty when the user cancels.
    using FolderChooser = std::function<QString(QWidget* parent, const QString& title)>;

    // What an export did, for the caller to show.
    struct Outcome {
        QString folder;
        QStringList written;  // the zips, as paths
        QStringList problems; // one line each, in the user's words; nothing written for those
        bool ok() const { return problems.isEmpty(); }
    };

    PacketExporter(Session& session, QWidget* parent);

    // Tests answer the folder question without a dialog.
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    // The packets of every cancellation-requested card no packet lists yet. Nothing when there
    // is none (the caller says so), or when the user stopped.
    std::optional<Outcome> exportPending();
    // The packets of these cards. Cards a packet may not list are named first and left out if
    // the user goes on; nothing when the user stopped or no card may go in a packet.
    std::optional<Outcome> exportCards(const std::vector<CardId>& cards);

    // "2 packets written: …" with a link that opens the folder, or the problems (rich text).
    static QString summary(const Outcome& outcome);

Q_SIGNALS:
    // The user wants to fill in the company profile (Settings › Company).
    void companySettingsRequested();
    // Packets were recorded (with their audit events): views should reload.
    void packetsWritten();

private:
    QWidget* parentWidget() const;
    bool companyReady();
    std::optional<Outcome> run(const std::vector<PacketRequest>& requests);

    Session& m_session;
    FolderChooser m_chooseFolder;
};

} // namespace simfleet::gui
