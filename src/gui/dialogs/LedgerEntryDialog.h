// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LedgerEntryDialog;
}

namespace simfleet::gui {

class Session;

// Records a payment or a charge on one card through LedgerService. The amount is parsed by the
// core's Money as it is typed; a refusal from the service is shown and the dialog stays open
// with the input as it was.
class LedgerEntryDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Payment, Charge };

    LedgerEntryDialog(Session& session, const Card& card, Kind kind, QWidget* parent = nullptr);
    ~LedgerEntryDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    void validateInput();

    std::unique_ptr<Ui::LedgerEntryDialog> m_ui;
    Session& m_session;
    Card m_card;
    Kind m_kind;
};

} // namespace simfleet::gui
