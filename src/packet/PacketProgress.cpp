// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketProgress.h"

namespace simfleet::packet {

void PacketProgress::start(const std::vector<PacketDraft>& drafts)
{
    m_total = static_cast<int>(drafts.size());
    m_written = 0;
    if (m_report)
        m_report(0, m_total);
    m_files.start(drafts);
}

Result<WrittenPacket> PacketProgress::write(const PacketDraft& draft)
{
    if (stopped())
        return Error{ErrorCode::Cancelled, {}, 0};
    Result<WrittenPacket> written = m_files.write(draft);
    if (written && m_report)
        m_report(++m_written, m_total);
    return written;
}

Status PacketProgress::finish()
{
    // The last zips are still being written: a stop now still takes everything back.
    if (stopped())
        return Error{ErrorCode::Cancelled, {}, 0};
    Status finished = m_files.finish();
    if (finished && stopped())
        return Error{ErrorCode::Cancelled, {}, 0};
    return finished;
}

} // namespace simfleet::packet
