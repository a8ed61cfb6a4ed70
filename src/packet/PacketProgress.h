// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/PacketService.h"

#include <atomic>
#include <functional>

namespace simfleet::packet {

// Says how far an export has come (packets written of the plan's) and stops it when asked: put
// between PacketService::record and the writer that makes the files. A stop refuses the next
// packet with Cancelled, so record rolls every packet back and the caller removes the zips, as
// after any other failure. Writing waits for the packets' documents, so the count moves at the
// pace the files are made.
class PacketProgress final : public PacketFileWriter {
public:
    using Report = std::function<void(int written, int total)>;

    // report and stop may be empty / null.
    PacketProgress(PacketFileWriter& files, Report report, const std::atomic_bool* stop)
        : m_files(files), m_report(std::move(report)), m_stop(stop)
    {}

    void start(const std::vector<PacketDraft>& drafts) override;
    Result<WrittenPacket> write(const PacketDraft& draft) override;
    Status finish() override;

private:
    bool stopped() const { return m_stop != nullptr && m_stop->load(); }

    PacketFileWriter& m_files;
    Report m_report;
    const std::atomic_bool* m_stop;
    int m_total{0};
    int m_written{0};
};

} // namespace simfleet::packet
