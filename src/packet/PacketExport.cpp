// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketExport.h"

#include "PacketFilesInParallel.h"
#include "PacketProgress.h"
#include "services/CompanyService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace simfleet::packet {

Status checkOutputFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.exists() && QDir().mkpath(folder))
        return {};
    if (!info.isDir() || !QFileInfo(folder).isWritable())
        return Error{ErrorCode::FileUnwritable, folder, 0};
    return {};
}

Status checkPacketPrerequisites(StoreReader& store)
{
    const std::optional<CompanyProfile> company = store.companyProfile();
    if (!company)
        return Error{ErrorCode::CompanyProfileMissing, {}, 0};
    return CompanyService::requireAgent(*company);
}

Result<PacketExportOutcome> exportPackets(ServiceContext context, const PacketRequest& request,
                                          const QString& folder, PacketLanguage language,
                                          PacketExportOptions options)
{
    if (const Status ready = checkPacketPrerequisites(context.store); !ready)
        return ready.error();
    const std::optional<CompanyProfile> company = context.store.companyProfile();

    PacketService packets(context);
    Result<PacketPlan> plan = packets.plan(request);
    if (!plan)
        return plan.error();
    PacketExportOutcome outcome{std::move(*plan), {}};
    if (!outcome.ok())
        return outcome;
    // Made only now: a refused request leaves no empty folder behind.
    if (const Status writable = checkOutputFolder(folder); !writable)
        return writable.error();

    const CarrierProfile carrier = context.store.carrierProfile(request.carrier);
    PacketFilesInParallel files(*company, carrier, language, folder, options.threads);
    PacketProgress watched(files, options.progress, options.cancel);
    Result<std::vector<PacketRecord>> recorded = packets.record(outcome.plan, watched);
    // Every task has ended before a zip is removed: none is written after.
    const QStringList written = files.settle();
    if (!recorded) {
        // The records were rolled back: the zips must not outlive them.
        for (const QString& path : written)
            QFile::remove(path);
        return recorded.error();
    }
    outcome.packets = std::move(*recorded);
    return outcome;
}

} // namespace simfleet::packet
