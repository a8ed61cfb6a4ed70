// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/CancellationDraft.h"

#include <QWizardPage>
#include <map>
#include <memory>

class QButtonGroup;
class QRadioButton;

namespace Ui {
class WizardChannelPage;
}

namespace simfleet::gui {

// Page 3: the channel (website/app, customer-service hotline, business hall, carrier hotline)
// and, beside it, each carrier's profile: hotline, materials, typical processing time.
class ChannelPage : public QWizardPage {
    Q_OBJECT

public:
    ChannelPage(Session& session, CancellationDraft& draft, QWidget* parent = nullptr);
    ~ChannelPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QRadioButton* radioFor(Channel channel) const;

private:
    void choose(Channel channel);
    void showProfiles(const std::vector<CarrierProfile>& profiles);
    void showHint();

    Session& m_session;
    CancellationDraft& m_draft;
    std::unique_ptr<Ui::WizardChannelPage> m_ui;
    QButtonGroup* m_group;
};

} // namespace simfleet::gui
