// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketFilesInParallel.h"

#include "PacketLetters.h"

#include <QMutexLocker>
#include <QThread>

namespace simfleet::packet {

namespace {

// A zip task runs before any document still waiting: it holds a finished packet in memory.
constexpr int kZipPriority = 1;

bool sameDocuments(const PacketDraft& made, const PacketDraft& asked)
{
    // The audit head only goes into the manifest, which is made at write().
    return made.id == asked.id && made.group == asked.group &&
           made.createdUtc == asked.createdUtc && made.operatorName == asked.operatorName;
}

Error stoppedError()
{
    return Error{ErrorCode::FileUnwritable, QStringLiteral("packet export stopped"), 0};
}

} // namespace

PacketFilesInParallel::PacketFilesInParallel(const CompanyProfile& company,
                                             const CarrierProfile& carrier, PacketLanguage language,
                                             QString folder, int threads)
    : m_company(company), m_carrier(carrier), m_language(language), m_folder(std::move(folder)),
      m_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()))
{
    m_pool.setMaxThreadCount(m_threads);
}

PacketFilesInParallel::~PacketFilesInParallel()
{
    settle();
}

PacketContent PacketFilesInParallel::contentOf(const PacketDraft& draft) const
{
    return PacketContent{draft, m_company, m_carrier, m_language};
}

PacketFilesInParallel::Documents PacketFilesInParallel::documentsFor(const PacketDraft& draft)
{
    if (m_stopped)
        return stoppedError();
    if (!m_letters)
        return m_lettersError;
    return packetDocumentsWithoutManifest(contentOf(draft), *m_letters);
}

void PacketFilesInParallel::start(const std::vector<PacketDraft>& drafts)
{
    m_drafts = drafts;
    m_made.clear();
    // Once for the whole export, here in the calling thread: the tasks only read it.
    Result<std::shared_ptr<const PacketLetters>> letters =
        PacketLetters::make(m_drafts, m_company, m_carrier);
    if (letters)
        m_letters = std::move(letters).value();
    else
        m_lettersError = letters.error();
    if (m_threads <= 1)
        return;
    m_made.reserve(m_drafts.size());
    for (const PacketDraft& draft : m_drafts) {
        auto promise = std::make_shared<std::promise<Documents>>();
        m_made.push_back(promise->get_future());
        m_pool.start([this, promise, &draft] {
            try {
                promise->set_value(documentsFor(draft));
            } catch (...) {
                promise->set_exception(std::current_exception());
            }
        });
    }
}

Result<WrittenPacket> PacketFilesInParallel::write(const PacketDraft& draft)
{
    const std::size_t index = draft.groupIndex;
    const bool madeAhead =
        index < m_made.size() && m_made[index].valid() && sameDocuments(m_drafts[index], draft);
    Documents documents = madeAhead ? m_made[index].get() : documentsFor(draft);
    if (!documents)
        return documents.error();
    PacketDocuments made = std::move(documents).value();
    const PacketContent content = contentOf(draft);
    addManifest(content, made);
    const QString path = packetPath(content, m_folder);
    WrittenPacket packet = writtenPacket(path, made);
    auto zipped = std::make_shared<const PacketDocuments>(std::move(made));
    if (m_threads <= 1) {
        writeZip(index, std::move(zipped), draft.createdUtc, path);
        if (const Status done = finish(); !done)
            return done.error();
        return packet;
    }
    m_pool.start([this, index, zipped, stamp = draft.createdUtc,
                  path] { writeZip(index, zipped, stamp, path); },
                 kZipPriority);
    return packet;
}

void PacketFilesInParallel::writeZip(std::size_t index,
                                     std::shared_ptr<const PacketDocuments> documents,
                                     const QDateTime& stamp, const QString& path)
{
    const Status written =
        m_stopped ? Status{stoppedError()} : writePacketZip(*documents, stamp, path);
    const QMutexLocker lock(&m_mutex);
    if (written)
        m_written << path;
    else
        m_failures.emplace(index, written.error());
}

Status PacketFilesInParallel::finish()
{
    m_pool.waitForDone();
    const QMutexLocker lock(&m_mutex);
    if (!m_failures.empty())
        return m_failures.begin()->second;
    return {};
}

QStringList PacketFilesInParallel::settle()
{
    m_stopped = true;
    m_pool.waitForDone();
    const QMutexLocker lock(&m_mutex);
    return m_written;
}

} // namespace simfleet::packet
