// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace simfleet::gui {

// The place where a view that lands later will live, saying what it will hold.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString& iconName, const QString& title, const QString& description,
                    QWidget* parent = nullptr);
};

} // namespace simfleet::gui
