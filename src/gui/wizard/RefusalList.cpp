// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RefusalList.h"

#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>

namespace simfleet::gui {

QStringList refusalLines(const std::vector<CardRefusal>& refused)
{
    QStringList lines;
    for (const CardRefusal& refusal : refused)
        lines << QCoreApplication::translate("RefusalList", "%1 (%2): %3")
                     .arg(refusal.card.iccid, refusal.card.msisdn, describe(refusal.reason));
    return lines;
}

void showRefusals(QLabel* caption, QListWidget* list, const QString& captionText,
                  const QStringList& lines)
{
    caption->setText(captionText);
    list->clear();
    list->addItems(lines);
    caption->setVisible(!lines.isEmpty());
    list->setVisible(!lines.isEmpty());
}

} // namespace simfleet::gui
