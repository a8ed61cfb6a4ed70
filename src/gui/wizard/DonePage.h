// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/CancellationDraft.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace simfleet::gui {

class PacketExporter;

// Page 6: the cards are now cancellation-requested; what happens next, and the submission
// packets for the carriers (one zip per carrier and home area) for the cards just moved.
class DonePage : public QWizardPage {
    Q_OBJECT

public:
    DonePage(Session& session, CancellationDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    PacketExporter& exporter() { return *m_exporter; }

Q_SIGNALS:
    // No company profile yet, and the user wants to fill it in.
    void companySettingsRequested();

private:
    void exportPackets();

    Session& m_session;
    CancellationDraft& m_draft;
    QLabel* m_summary;
    QPushButton* m_exportPacket;
    QLabel* m_packetResult;
    PacketExporter* m_exporter;
};

} // namespace simfleet::gui
