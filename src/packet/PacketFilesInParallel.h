// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketNames.h"
#include "PacketWriter.h"
#include "services/PacketService.h"

#include <QMutex>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <future>
#include <map>
#include <memory>
#include <vector>

namespace simfleet::packet {

// The packets' files for PacketService::record, made on a pool of threads. As soon as the
// drafts are known, the documents of every group (letters, line list, checklist: all but the
// manifest, which needs the audit head) are made ahead, one group per task; record takes them
// in the plan's order and adds the manifest, and the zip is compressed and written on the pool
// (before any document still to make) while the next packet is recorded. finish() waits for
// every zip and reports the first failure in the plan's order. With one thread everything
// happens in the calling thread, packet by packet: the serial path.
class PacketFilesInParallel final : public PacketFileWriter {
public:
    // threads: 0 for one per processor core.
    PacketFilesInParallel(const CompanyProfile& company, const CarrierProfile& carrier,
                          PacketLanguage language, QString folder, int threads = 0);
    ~PacketFilesInParallel() override; // stops what has not started and waits for the rest

    void start(const std::vector<PacketDraft>& drafts) override;
    Result<WrittenPacket> write(const PacketDraft& draft) override;
    Status finish() override;

    // Stops the documents not yet started, waits for every task and returns the zips written,
    // for the caller to remove when the packets were not recorded.
    QStringList settle();

    int threadCount() const { return m_threads; }

private:
    using Documents = Result<PacketDocuments>;

    PacketContent contentOf(const PacketDraft& draft) const;
    Documents documentsFor(const PacketDraft& draft);
    void writeZip(std::size_t index, std::shared_ptr<const PacketDocuments> documents,
                  const QDateTime& stamp, const QString& path);

    const CompanyProfile& m_company;
    const CarrierProfile& m_carrier;
    const PacketLanguage m_language;
    const QString m_folder;
    const int m_threads;

    std::vector<PacketDraft> m_drafts; // as started: the documents' drafts
    // The letters' templates and printer, made at start() for every draft; or why they could not
    // be.
    std::shared_ptr<const PacketLetters> m_letters;
    Error m_lettersError;
    std::vector<std::future<Documents>> m_made; // per draft, while the pool makes them
    std::atomic<bool> m_stopped{false};

    QMutex m_mutex; // guards what the zip tasks report
    QStringList m_written;
    std::map<std::size_t, Error> m_failures; // by group index

    QThreadPool m_pool; // last: destroyed (waited for) first
};

} // namespace simfleet::packet
