// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LetterTemplate.h"
#include "PacketContent.h"
#include "PacketPdf.h"
#include "domain/Result.h"

#include <QByteArray>
#include <memory>
#include <vector>

namespace simfleet::packet {

// The two letters of every packet of one export (Chinese, for the carrier), from their editable
// templates (PacketTemplates.h), each template read once:
// - 注销申请书 (application.pdf): the company, the carrier and home area, the date, the number of
//   lines, the statement that every fee is settled, places for the seal and signature, and the
//   numbered list of the lines (phone number, ICCID, plan, settlement reference);
// - 授权委托书 (authorization.pdf): names the agent with their FULL resident ID, which the
//   business hall checks against the agent's ID card (the only document where SimFleet prints
//   it unmasked).
// Made in the calling thread before the pool starts; read-only afterwards.
class PacketLetters {
public:
    // For the letters of these drafts: the printer's fonts hold every character they can print.
    // FileUnreadable when the letter typeface is not installed.
    static Result<std::shared_ptr<const PacketLetters>> make(const std::vector<PacketDraft>& drafts,
                                                             const CompanyProfile& company,
                                                             const CarrierProfile& carrier);

    LetterModel application(const PacketContent& content) const;
    LetterModel authorization(const PacketContent& content) const;
    QByteArray applicationPdf(const PacketContent& content) const;
    QByteArray authorizationPdf(const PacketContent& content) const;

    const LetterPrinter& printer() const { return *m_printer; }

private:
    PacketLetters() = default;
    LetterTemplate m_application;
    LetterTemplate m_authorization;
    std::shared_ptr<const LetterPrinter> m_printer;
};

} // namespace simfleet::packet
