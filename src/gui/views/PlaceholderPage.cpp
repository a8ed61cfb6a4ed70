// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/PlaceholderPage.h"

#include "common/Icons.h"

#include <QLabel>
#include <QVBoxLayout>

namespace simfleet::gui {

PlaceholderPage::PlaceholderPage(const QString& iconName, const QString& title,
                                 const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);

    auto* icon = new QLabel(this);
    icon->setPixmap(svgIcon(iconName).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);

    // A wrapped label sizes its height from the width its layout gives it, so it gets a row of
    // its own between stretches rather than an alignment flag.
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(620);
    text->setStyleSheet(QStringLiteral("color: #4b5563;"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text, 4);
    row->addStretch(1);
    layout->addLayout(row);

    layout->addStretch(2);
}

} // namespace simfleet::gui
