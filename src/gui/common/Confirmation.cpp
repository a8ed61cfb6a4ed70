// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace simfleet::gui {

bool confirmIrreversible(QWidget* parent, const QString& title, const QString& text,
                         const QString& actText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmIrreversible"));
    QPushButton* act = box.addButton(actText, QMessageBox::DestructiveRole);
    act->setObjectName(QStringLiteral("confirmAct"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == act;
}

} // namespace simfleet::gui
