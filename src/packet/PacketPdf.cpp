// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketPdf.h"

#include "PdfExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace simfleet::packet {

Result<QByteArray> renderPdf(const QString& html, const QString& title)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return Error{ErrorCode::FileUnwritable,
                     QStringLiteral("%1 (PDF needs a QGuiApplication)").arg(title), 0};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("SimFleet"));

        QTextDocument document;
        QFont font;
        font.setFamilies(exports::pdfFontFamilies());
        font.setPointSizeF(11);
        document.setDefaultFont(font);
        document.setHtml(html);
        // print() lays the text out on the writer's pages with a 2 cm margin and numbers them.
        document.print(&pdf);
    }
    buffer.close();
    return bytes;
}

} // namespace simfleet::packet
