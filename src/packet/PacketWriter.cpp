// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketWriter.h"

#include "CsvExport.h"
#include "PacketChecklist.h"
#include "PacketLetters.h"
#include "PacketLineList.h"
#include "PacketManifest.h"
#include "PacketPdf.h"
#include "XlsxExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace simfleet::packet {

namespace {

Result<QByteArray> xlsxBytes(const exports::ReportDocument& document)
{
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("lines.xlsx"));
    if (!scratch.isValid())
        return Error{ErrorCode::FileUnwritable, path, 0};
    if (const exports::ExportStatus failed = exports::writeXlsx(document, path))
        return Error{ErrorCode::FileUnwritable, exports::describe(*failed), 0};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnwritable, path, 0};
    return file.readAll();
}

PacketManifest manifestFor(const PacketContent& content, const std::vector<ZipEntry>& entries)
{
    PacketManifest manifest;
    manifest.packetId = content.draft.id;
    manifest.createdUtc = content.draft.createdUtc;
    manifest.operatorName = content.draft.operatorName;
    manifest.carrier = content.group().carrier;
    manifest.homeArea = content.group().homeArea;
    for (const PacketLine& line : content.group().lines)
        manifest.iccids << line.card.iccid;
    manifest.auditHeadHash = content.draft.headAuditHash;
    for (const ZipEntry& entry : entries)
        manifest.files.push_back({entry.name, sha256Hex(entry.bytes)});
    return manifest;
}

} // namespace

Result<std::vector<ZipEntry>> packetEntries(const PacketContent& content)
{
    const PacketFileNames& names = content.fileNames();
    std::vector<ZipEntry> entries;
    const Result<QByteArray> application =
        renderPdf(applicationHtml(content), QStringLiteral("注销申请书"));
    if (!application)
        return application.error();
    entries.push_back({names.application, *application});
    const Result<QByteArray> authorization =
        renderPdf(authorizationHtml(content), QStringLiteral("授权委托书"));
    if (!authorization)
        return authorization.error();
    entries.push_back({names.authorization, *authorization});

    const exports::ReportDocument lines = lineListDocument(content);
    const Result<QByteArray> xlsx = xlsxBytes(lines);
    if (!xlsx)
        return xlsx.error();
    entries.push_back({names.linesXlsx, *xlsx});
    entries.push_back({names.linesCsv, exports::csvBytes(lines)});
    entries.push_back({names.checklist, checklistText(content)});

    const PacketManifest manifest = manifestFor(content, entries);
    entries.push_back({names.manifest, manifestJson(manifest)});
    return entries;
}

Result<WrittenPacket> writePacket(const PacketContent& content, const QString& folder)
{
    const Result<std::vector<ZipEntry>> entries = packetEntries(content);
    if (!entries)
        return entries.error();
    const Result<QByteArray> zip = zipBytes(*entries, content.draft.createdUtc);
    if (!zip)
        return zip.error();
    const QString path = QDir(folder).absoluteFilePath(
        packetFileName(content.draft.id, content.group().carrier, content.group().homeArea,
                       content.date(), content.language));
    if (const Status written = writeFileAtomically(path, *zip); !written)
        return written.error();

    WrittenPacket packet{path, {}};
    for (const ZipEntry& entry : *entries)
        packet.files.push_back({entry.name, sha256Hex(entry.bytes)});
    return packet;
}

} // namespace simfleet::packet
