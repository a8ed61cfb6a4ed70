// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace simfleet::gui {

// Runs work on a thread of its own while a busy dialog keeps the window painted and responsive,
// and returns when it is done. work must open its own database connection (one per thread).
void runWithBusyDialog(QWidget* parent, const QString& text, const std::function<void()>& work);

} // namespace simfleet::gui
