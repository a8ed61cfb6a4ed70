// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card/LifecycleActions.h"
#include "domain/Card.h"

#include <QDialog>
#include <memory>

namespace Ui {
class TransitionDialog;
}

namespace simfleet::gui {

class Session;

// Moves one card along a lifecycle edge that needs a word from the operator: the carrier's
// receipt number, or the reason for a back edge. LifecycleService decides; its refusal is shown
// and the dialog stays open.
class TransitionDialog : public QDialog {
    Q_OBJECT
public:
    TransitionDialog(Session& session, const Card& card, const LifecycleAction& action,
                     QWidget* parent = nullptr);
    ~TransitionDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::TransitionDialog> m_ui;
    Session& m_session;
    Card m_card;
    LifecycleAction m_action;
};

// Carries out a move that needs no input (after the caller confirmed it). Returns the words
// for the refusal, or an empty string when the card moved.
QString moveWithoutInput(Session& session, const Card& card, CardState target);

} // namespace simfleet::gui
