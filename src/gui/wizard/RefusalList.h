// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/LifecycleService.h"

#include <QStringList>

class QLabel;
class QListWidget;

namespace simfleet::gui {

// "ICCID (number): reason" for each refused card, the reason in the core's words.
QStringList refusalLines(const std::vector<CardRefusal>& refused);

// Shows why a wizard page stayed put: a caption over one line per refusal. No lines hide both.
void showRefusals(QLabel* caption, QListWidget* list, const QString& captionText,
                  const QStringList& lines);

} // namespace simfleet::gui
