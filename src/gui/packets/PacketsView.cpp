// SPDX-License-Identifier: GPL-3.0-or-later
#include "packets/PacketsView.h"

#include "PacketVerify.h"
#include "common/Feedback.h"
#include "packets/PacketExporter.h"
#include "text/ErrorText.h"
#include "text/Labels.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace simfleet::gui {

namespace {

enum Column { Id, CarrierColumn, Area, Cards, Created, By, File, ColumnCount };

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment | Qt::AlignVCenter);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

PacketsView::PacketsView(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)),
      m_status(new QLabel(this)), m_openFolder(new QPushButton(tr("&Open folder"), this)),
      m_verify(new QPushButton(tr("&Verify files"), this)),
      m_export(new QPushButton(tr("&Export packets…"), this)), m_exportAction(new QAction(this)),
      m_exporter(new PacketExporter(session, this))
{
    setObjectName(QStringLiteral("packetsView"));
    auto* title = new QLabel(tr("<b>Submission packets</b>: one zip per carrier and home area, "
                                "with the letters, the list of lines and the checklist."),
                             this);
    title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("packetTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Carrier"), tr("Home area"), tr("Cards"),
                                        tr("Created"), tr("By"), tr("File")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("packetStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    m_openFolder->setObjectName(QStringLiteral("openPacketFolder"));
    m_verify->setObjectName(QStringLiteral("verifyPacket"));
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    // The button and its shortcut do the same thing; the shortcut works anywhere on the page.
    m_export->setObjectName(QStringLiteral("exportPackets"));
    m_exportAction->setObjectName(QStringLiteral("exportPacketsAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportAction);
    m_export->setToolTip(tr("Write the packets of every cancellation-requested card that is not "
                            "in a packet yet: one zip per carrier and home area (%1)")
                             .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_verify);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_openFolder, &QPushButton::clicked, this, &PacketsView::openFolder);
    connect(m_verify, &QPushButton::clicked, this, &PacketsView::verifySelected);
    connect(refreshButton, &QPushButton::clicked, this, &PacketsView::refresh);
    connect(m_export, &QPushButton::clicked, this, &PacketsView::exportPending);
    connect(m_exportAction, &QAction::triggered, this, &PacketsView::exportPending);
    connect(m_exporter, &PacketExporter::companySettingsRequested, this,
            &PacketsView::companySettingsRequested);
    connect(m_exporter, &PacketExporter::packetsWritten, this, &PacketsView::dataChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PacketsView::updateButtons);
    load();
}

void PacketsView::refresh()
{
    m_reloader.request();
}

void PacketsView::load()
{
    m_reloader.satisfied();
    m_status->setTextFormat(Qt::PlainText);
    std::vector<PacketRecord> packets = m_session.store().packets();
    std::reverse(packets.begin(), packets.end()); // newest first
    m_table->setRowCount(static_cast<int>(packets.size()));
    int row = 0;
    for (const PacketRecord& packet : packets) {
        const QString local =
            QLocale().toString(packet.createdUtc.toLocalTime(), QLocale::ShortFormat);
        m_table->setItem(row, Id, item(QString::number(packet.id), Qt::AlignRight));
        m_table->setItem(row, CarrierColumn, item(carrierLabel(packet.carrier)));
        m_table->setItem(row, Area,
                         item(packet.homeArea.isEmpty() ? tr("(unknown)") : packet.homeArea));
        m_table->setItem(
            row, Cards,
            item(QLocale().toString(static_cast<qint64>(packet.cardIds.size())), Qt::AlignRight));
        m_table->setItem(row, Created, item(local));
        m_table->setItem(row, By, item(packet.operatorName));
        m_table->setItem(row, File, item(QDir::toNativeSeparators(packet.outputPath)));
        m_table->item(row, File)->setData(Qt::UserRole, packet.outputPath);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_status->setText(packets.empty() ? tr("No packets yet.") : QString());
    updateButtons();
}

QString PacketsView::selectedPath() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem* file = m_table->item(selected.first()->row(), File);
    return file ? file->data(Qt::UserRole).toString() : QString();
}

void PacketsView::updateButtons()
{
    const bool chosen = !selectedPath().isEmpty();
    m_openFolder->setEnabled(chosen);
    m_verify->setEnabled(chosen);
}

void PacketsView::openFolder()
{
    m_status->setTextFormat(Qt::PlainText);
    const QString path = selectedPath();
    const QFileInfo zip(path);
    if (!zip.dir().exists()) {
        showProblem(m_status, tr("The folder %1 no longer exists.")
                                  .arg(QDir::toNativeSeparators(zip.absolutePath())));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(zip.absolutePath()));
}

void PacketsView::exportPending()
{
    const std::optional<PacketExporter::Outcome> outcome = m_exporter->exportPending();
    if (!outcome) {
        // Either nothing waits, or the user stopped (and was told why, if it was not their choice).
        if (PacketService(m_session.context()).pendingRequests().empty()) {
            m_status->setStyleSheet(QString());
            m_status->setTextFormat(Qt::PlainText);
            m_status->setText(tr("No cancellation-requested card is waiting for a packet."));
        }
        return;
    }
    load();
    m_status->setStyleSheet(QString());
    m_status->setTextFormat(Qt::RichText);
    m_status->setText(PacketExporter::summary(*outcome));
}

void PacketsView::verifySelected()
{
    m_status->setTextFormat(Qt::PlainText);
    const QString path = selectedPath();
    const Result<packet::PacketVerification> result = packet::verifyPacket(path);
    if (!result) {
        showProblem(m_status, describe(result.error()));
        return;
    }
    if (!result->ok()) {
        showProblem(m_status, tr("Changed since export: %1")
                                  .arg((result->mismatched + result->missing + result->unexpected)
                                           .join(QStringLiteral(", "))));
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("All %n file(s) match the manifest.", nullptr,
                         static_cast<int>(result->matching.size())));
}

} // namespace simfleet::gui
