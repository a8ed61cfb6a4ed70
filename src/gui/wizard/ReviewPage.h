// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/CancellationDraft.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QTableWidget;

namespace simfleet::gui {

// Page 5: what will happen (how many cards move to which state, the money, the monthly rent
// that stops), and the one core call that does it when the operator commits.
class ReviewPage : public QWizardPage {
    Q_OBJECT

public:
    ReviewPage(Session& session, CancellationDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    // Sends the request; on a refusal lists every reason and stays.
    bool validatePage() override;

Q_SIGNALS:
    void cardsMoved();

private:
    void showRefusals(const QString& caption, const QStringList& lines);

    Session& m_session;
    CancellationDraft& m_draft;
    QLabel* m_summary;
    QTableWidget* m_byCarrier;
    QLabel* m_refusalCaption;
    QListWidget* m_refusals;
};

} // namespace simfleet::gui
