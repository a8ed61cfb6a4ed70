// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MarkLostDialog;
}

namespace simfleet::gui {

class Session;

// 挂失: reports a card lost or stolen (or clears the flag once it is found) with a note, through
// CardService::setLost, which audits it. A refusal keeps the dialog open.
class MarkLostDialog : public QDialog {
    Q_OBJECT
public:
    MarkLostDialog(Session& session, const Card& card, QWidget* parent = nullptr);
    ~MarkLostDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::MarkLostDialog> m_ui;
    Session& m_session;
    Card m_card;
};

} // namespace simfleet::gui
