// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/CancellationDraft.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace simfleet::gui {

// Page 6: the cards are now cancellation-requested; what happens next, and (once packets land)
// the submission packet for the carrier.
class DonePage : public QWizardPage {
    Q_OBJECT

public:
    DonePage(Session& session, CancellationDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;

private:
    Session& m_session;
    CancellationDraft& m_draft;
    QLabel* m_summary;
    QPushButton* m_exportPacket;
};

} // namespace simfleet::gui
