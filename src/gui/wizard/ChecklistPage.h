// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/CancellationDraft.h"

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace simfleet::gui {

// Page 4: data backed up, each material the batch's carriers ask for, policy read. Every box
// must be ticked before the request can go out.
class ChecklistPage : public QWizardPage {
    Q_OBJECT

public:
    ChecklistPage(Session& session, CancellationDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void rebuildMaterials();

    Session& m_session;
    CancellationDraft& m_draft;
    QCheckBox* m_backup;
    QGroupBox* m_materialsBox;
    QVBoxLayout* m_materialsLayout;
    QLabel* m_noMaterials;
    QCheckBox* m_policy;
    std::vector<QCheckBox*> m_materialBoxes;
};

} // namespace simfleet::gui
