// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EditCardDialog;
}

namespace simfleet::gui {

class Session;

// Edits a card's own fields through CardService::edit, which validates them. The holder's name
// and ID are never shown unmasked here: the fields start empty (the masked value as a hint) and
// replace the stored value only when filled in.
class EditCardDialog : public QDialog {
    Q_OBJECT
public:
    EditCardDialog(Session& session, const Card& card, QWidget* parent = nullptr);
    ~EditCardDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::EditCardDialog> m_ui;
    Session& m_session;
    Card m_card;
};

} // namespace simfleet::gui
