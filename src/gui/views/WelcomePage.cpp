// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/WelcomePage.h"

#include "common/Icons.h"
#include "ui_WelcomePage.h"

#include <QDir>

namespace simfleet::gui {

WelcomePage::WelcomePage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 2.0);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
    m_ui->pathLabel->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_ui->importButton->setIcon(svgIcon(u"import"));
    m_ui->demoButton->setIcon(svgIcon(u"demo"));
    m_ui->openButton->setIcon(svgIcon(u"open"));
    for (QCommandLinkButton* button : {m_ui->importButton, m_ui->demoButton, m_ui->openButton}) {
        button->setMinimumWidth(460);
        button->setIconSize(QSize(28, 28));
    }
    connect(m_ui->importButton, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(m_ui->demoButton, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_ui->openButton, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
}

WelcomePage::~WelcomePage() = default;

} // namespace simfleet::gui
