// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketNames.h"
#include "services/PacketService.h"

#include <QString>
#include <atomic>
#include <functional>

namespace simfleet::packet {

// What an export did: the plan (with its refusals) and the packets written.
struct PacketExportOutcome {
    PacketPlan plan;
    std::vector<PacketRecord> packets; // empty when the plan was refused
    bool ok() const { return plan.ok(); }
};

// Whether packets can be made at all: the company profile with its agent (the letters' head and
// the authorization). CompanyProfileMissing, or FieldRequired for a missing agent. A front end
// asks this before it asks for a folder.
Status checkPacketPrerequisites(StoreReader& store);

struct PacketExportOptions {
    PacketExportOptions() = default;
    explicit PacketExportOptions(int threadCount) : threads(threadCount) {}

    // Threads that make the documents and zips: 0 for one per processor core, 1 for none but
    // the caller's (the same files either way).
    int threads{0};
    // Called on the calling thread after each packet is written (and once with 0 at the start).
    std::function<void(int written, int total)> progress;
    // Set from any thread to stop: the export then ends with Cancelled and keeps nothing.
    const std::atomic_bool* cancel{nullptr};
};

// Exports the cards the request selects: one zip per home area into folder, each recorded with
// one audit event per card; file names in the given language. When any card is refused nothing is
// written (no zip, no record, no audit) and the refusals come back in the outcome's plan. The error
// is for what stops the export as a whole: no company profile or agent (CompanyProfileMissing /
// FieldRequired), nothing selected, the folder, storage. Zips already written are removed when a
// later step fails. Needs a QGuiApplication (the letters are PDFs); the documents are made on
// worker threads (PacketFilesInParallel) while the calling thread records the packets.
Result<PacketExportOutcome> exportPackets(ServiceContext context, const PacketRequest& request,
                                          const QString& folder, PacketLanguage language,
                                          PacketExportOptions options = {});

// Makes the folder when it does not exist yet. FileUnwritable when it cannot be made, or when it
// takes no files (a file of that name, no permission).
Status checkOutputFolder(const QString& folder);

} // namespace simfleet::packet
