// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/ConfirmationDraft.h"

#include <QWizardPage>

class QLabel;

namespace simfleet::gui {

// Confirmation page 3: what was confirmed and voided, and what still waits.
class ConfirmationSummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ConfirmationSummaryPage(ConfirmationDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;

private:
    ConfirmationDraft& m_draft;
    QLabel* m_summary;
};

} // namespace simfleet::gui
