// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketWriter.h"

#include "CsvExport.h"
#include "PacketChecklist.h"
#include "PacketLetters.h"
#include "PacketLineList.h"
#include "PacketManifest.h"
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

PacketManifest manifestFor(const PacketContent& content, const PacketDocuments& documents)
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
    for (std::size_t i = 0; i < documents.entries.size(); ++i)
        manifest.files.push_back({documents.entries[i].name, documents.sha256[i]});
    return manifest;
}

} // namespace

void PacketDocuments::add(ZipEntry entry)
{
    sha256.push_back(sha256Hex(entry.bytes));
    entries.push_back(std::move(entry));
}

Result<PacketDocuments> packetDocumentsWithoutManifest(const PacketContent& content,
                                                       const PacketLetters& letters)
{
    const PacketFileNames& names = content.fileNames();
    PacketDocuments documents;
    documents.add({names.application, letters.applicationPdf(content)});
    documents.add({names.authorization, letters.authorizationPdf(content)});

    const exports::ReportDocument lines = lineListDocument(content);
    Result<QByteArray> xlsx = xlsxBytes(lines);
    if (!xlsx)
        return xlsx.error();
    documents.add({names.linesXlsx, std::move(xlsx).value()});
    documents.add({names.linesCsv, exports::csvBytes(lines)});
    documents.add({names.checklist, checklistText(content)});
    return documents;
}

void addManifest(const PacketContent& content, PacketDocuments& documents)
{
    const PacketManifest manifest = manifestFor(content, documents);
    documents.add({content.fileNames().manifest, manifestJson(manifest)});
}

QString packetPath(const PacketContent& content, const QString& folder)
{
    return QDir(folder).absoluteFilePath(packetFileName(content.draft.id, content.group().carrier,
                                                        content.group().homeArea, content.date(),
                                                        content.language));
}

WrittenPacket writtenPacket(const QString& path, const PacketDocuments& documents)
{
    WrittenPacket packet{path, {}};
    for (std::size_t i = 0; i < documents.entries.size(); ++i)
        packet.files.push_back({documents.entries[i].name, documents.sha256[i]});
    return packet;
}

Status writePacketZip(const PacketDocuments& documents, const QDateTime& stamp, const QString& path)
{
    const Result<QByteArray> zip = zipBytes(documents.entries, stamp);
    if (!zip)
        return zip.error();
    return writeFileAtomically(path, *zip);
}

} // namespace simfleet::packet
