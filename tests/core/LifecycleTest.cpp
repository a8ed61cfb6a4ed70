// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Lifecycle.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <utility>

using namespace simfleet;

namespace {

using S = CardState;

// The edges of docs/domain.md ("Forward path and guards", "Back edges"), written out
// independently of the table in Lifecycle.cpp.
const std::set<std::pair<S, S>> kExpectedEdges{
    {S::Active, S::ArrearsCleared},
    {S::ArrearsCleared, S::CancellationRequested},
    {S::CancellationRequested, S::CarrierConfirmed},
    {S::CarrierConfirmed, S::Void},
    {S::ArrearsCleared, S::Active},
    {S::CancellationRequested, S::ArrearsCleared},
};

// Every fact any edge could ask for, all satisfied.
TransitionRequest everythingProvided(S to)
{
    TransitionRequest request;
    request.to = to;
    request.channel = Channel::CarrierHall;
    request.checklistConfirmed = true;
    request.reference = QStringLiteral("HZ-20240630-0017");
    request.reason = QStringLiteral("carrier rejected: ID copy unreadable");
    return request;
}

TransitionRequest bare(S to)
{
    TransitionRequest request;
    request.to = to;
    return request;
}

const Money kZero;
const Money kOwes = Money::fromFen(12340);
const Money kCredit = Money::fromFen(-500);

ErrorCode refusalCode(S from, Money balance, const TransitionRequest& request)
{
    const auto refusal = checkTransition(from, balance, request);
    REQUIRE(refusal.has_value());
    return refusal->code;
}

} // namespace

TEST_CASE("Every pair of the 5x5 states: allowed edges pass, the rest are refused by reason",
          "[lifecycle]")
{
    for (const S from : kAllStates) {
        for (const S to : kAllStates) {
            INFO(stateCode(from).toStdString() << " -> " << stateCode(to).toStdString());
            const auto refusal = checkTransition(from, kZero, everythingProvided(to));
            if (from == S::Void) {
                REQUIRE(refusal.has_value());
                CHECK(refusal->code == ErrorCode::CardVoid);
            } else if (from == to) {
                REQUIRE(refusal.has_value());
                CHECK(refusal->code == ErrorCode::AlreadyInState);
            } else if (kExpectedEdges.count({from, to}) == 1) {
                CHECK_FALSE(refusal.has_value());
            } else {
                REQUIRE(refusal.has_value());
                CHECK(refusal->code == ErrorCode::TransitionNotAllowed);
                CHECK(refusal->detail == stateCode(from) + QStringLiteral("->") + stateCode(to));
            }
        }
    }
}

TEST_CASE("The offered targets are exactly the table's edges", "[lifecycle]")
{
    for (const S from : kAllStates) {
        const auto targets = targetsFrom(from);
        for (const S to : kAllStates) {
            const bool offered = std::find(targets.begin(), targets.end(), to) != targets.end();
            INFO(stateCode(from).toStdString() << " -> " << stateCode(to).toStdString());
            CHECK(offered == (kExpectedEdges.count({from, to}) == 1));
        }
    }
    CHECK(targetsFrom(S::Void).empty());
}

TEST_CASE("active -> arrears-cleared needs the card to owe nothing", "[lifecycle]")
{
    const auto owing = checkTransition(S::Active, kOwes, bare(S::ArrearsCleared));
    REQUIRE(owing.has_value());
    CHECK(owing->code == ErrorCode::OwesMoney);
    CHECK(owing->amountFen == 12340);
    CHECK(refusalCode(S::Active, Money::fromFen(1), bare(S::ArrearsCleared)) ==
          ErrorCode::OwesMoney);
    CHECK_FALSE(checkTransition(S::Active, kZero, bare(S::ArrearsCleared)).has_value());
    CHECK_FALSE(checkTransition(S::Active, kCredit, bare(S::ArrearsCleared)).has_value());
}

TEST_CASE("arrears-cleared -> cancellation-requested needs no debt, a channel and the checklist",
          "[lifecycle]")
{
    const S from = S::ArrearsCleared;
    const S to = S::CancellationRequested;

    const auto owing = checkTransition(from, kOwes, everythingProvided(to));
    REQUIRE(owing.has_value());
    CHECK(owing->code == ErrorCode::OwesMoney);
    CHECK(owing->amountFen == 12340);

    TransitionRequest noChannel = everythingProvided(to);
    noChannel.channel.reset();
    CHECK(refusalCode(from, kZero, noChannel) == ErrorCode::NeedsChannel);

    TransitionRequest noChecklist = everythingProvided(to);
    noChecklist.checklistConfirmed = false;
    CHECK(refusalCode(from, kZero, noChecklist) == ErrorCode::NeedsChecklist);

    for (const Channel channel : kAllChannels) {
        TransitionRequest request = bare(to);
        request.channel = channel;
        request.checklistConfirmed = true;
        CHECK_FALSE(checkTransition(from, kZero, request).has_value());
        CHECK_FALSE(checkTransition(from, kCredit, request).has_value());
    }
}

TEST_CASE("cancellation-requested -> carrier-confirmed needs the carrier's receipt", "[lifecycle]")
{
    const S from = S::CancellationRequested;
    TransitionRequest request = bare(S::CarrierConfirmed);
    CHECK(refusalCode(from, kZero, request) == ErrorCode::NeedsReference);
    request.reference = QStringLiteral("   ");
    CHECK(refusalCode(from, kZero, request) == ErrorCode::NeedsReference);
    request.reference = QStringLiteral("回执-0042");
    CHECK_FALSE(checkTransition(from, kZero, request).has_value());
}

TEST_CASE("carrier-confirmed -> void needs a balance of exactly zero", "[lifecycle]")
{
    const S from = S::CarrierConfirmed;
    const auto owing = checkTransition(from, Money::fromFen(1), bare(S::Void));
    REQUIRE(owing.has_value());
    CHECK(owing->code == ErrorCode::BalanceNotZero);
    CHECK(owing->amountFen == 1);

    const auto credit = checkTransition(from, kCredit, bare(S::Void));
    REQUIRE(credit.has_value());
    CHECK(credit->code == ErrorCode::BalanceNotZero);
    CHECK(credit->amountFen == -500);

    CHECK_FALSE(checkTransition(from, kZero, bare(S::Void)).has_value());
}

TEST_CASE("The two back edges need a reason", "[lifecycle]")
{
    for (const auto& [from, to] : {std::pair{S::ArrearsCleared, S::Active},
                                   std::pair{S::CancellationRequested, S::ArrearsCleared}}) {
        INFO(stateCode(from).toStdString() << " -> " << stateCode(to).toStdString());
        TransitionRequest request = bare(to);
        CHECK(refusalCode(from, kZero, request) == ErrorCode::NeedsReason);
        request.reason = QStringLiteral(" \t");
        CHECK(refusalCode(from, kZero, request) == ErrorCode::NeedsReason);
        request.reason = QStringLiteral("cancellation abandoned");
        CHECK_FALSE(checkTransition(from, kZero, request).has_value());
    }
}

TEST_CASE("Money owed blocks every step toward cancellation but not the receipt or back edges",
          "[lifecycle]")
{
    CHECK(refusalCode(S::Active, kOwes, everythingProvided(S::ArrearsCleared)) ==
          ErrorCode::OwesMoney);
    CHECK(refusalCode(S::ArrearsCleared, kOwes, everythingProvided(S::CancellationRequested)) ==
          ErrorCode::OwesMoney);
    CHECK(refusalCode(S::CarrierConfirmed, kOwes, everythingProvided(S::Void)) ==
          ErrorCode::BalanceNotZero);
    CHECK_FALSE(checkTransition(S::ArrearsCleared, kOwes, everythingProvided(S::Active)));
    CHECK_FALSE(
        checkTransition(S::CancellationRequested, kOwes, everythingProvided(S::ArrearsCleared)));
}

TEST_CASE("A void card refuses everything, even with every fact provided", "[lifecycle]")
{
    for (const S to : kAllStates) {
        CHECK(refusalCode(S::Void, kZero, everythingProvided(to)) == ErrorCode::CardVoid);
    }
}

TEST_CASE("Only an arrears-cleared card is reopened by a new charge", "[lifecycle]")
{
    for (const S state : kAllStates) {
        INFO(stateCode(state).toStdString());
        CHECK(chargeReopens(state) == (state == S::ArrearsCleared));
    }
}

TEST_CASE("The forward path runs active to void; nothing leads back along it", "[lifecycle]")
{
    CHECK(forwardPath(S::Active, S::CancellationRequested) ==
          std::vector<S>{S::ArrearsCleared, S::CancellationRequested});
    CHECK(forwardPath(S::ArrearsCleared, S::CancellationRequested) ==
          std::vector<S>{S::CancellationRequested});
    CHECK(forwardPath(S::Active, S::Void) == std::vector<S>{S::ArrearsCleared,
                                                            S::CancellationRequested,
                                                            S::CarrierConfirmed, S::Void});
    CHECK(forwardPath(S::CancellationRequested, S::CancellationRequested).empty());
    CHECK(forwardPath(S::CarrierConfirmed, S::CancellationRequested).empty());
    CHECK(forwardPath(S::Void, S::CancellationRequested).empty());
    CHECK(forwardPath(S::Void, S::Active).empty());
    // Every step of a path is an edge of the table, taken in order.
    for (const S from : kAllStates) {
        for (const S to : kAllStates) {
            S at = from;
            for (const S next : forwardPath(from, to)) {
                const std::vector<S> targets = targetsFrom(at);
                CHECK(std::find(targets.begin(), targets.end(), next) != targets.end());
                at = next;
            }
        }
    }
}

TEST_CASE("Each edge names the operator's inputs it needs, as its guard refuses without them",
          "[lifecycle]")
{
    CHECK(inputFor(S::Active, S::ArrearsCleared) == EdgeInput::None);
    CHECK(inputFor(S::ArrearsCleared, S::CancellationRequested) == EdgeInput::ChannelAndChecklist);
    CHECK(inputFor(S::CancellationRequested, S::CarrierConfirmed) == EdgeInput::CarrierReference);
    CHECK(inputFor(S::CarrierConfirmed, S::Void) == EdgeInput::None);
    CHECK(inputFor(S::ArrearsCleared, S::Active) == EdgeInput::Reason);
    CHECK(inputFor(S::CancellationRequested, S::ArrearsCleared) == EdgeInput::Reason);
    CHECK(inputFor(S::Active, S::Void) == EdgeInput::None); // no such edge

    for (const auto& [from, to] : kExpectedEdges) {
        INFO(stateCode(from).toStdString() << " -> " << stateCode(to).toStdString());
        const auto refusal = checkTransition(from, kZero, bare(to));
        switch (inputFor(from, to)) {
        case EdgeInput::None:
            CHECK_FALSE(refusal.has_value());
            break;
        case EdgeInput::Reason:
            REQUIRE(refusal.has_value());
            CHECK(refusal->code == ErrorCode::NeedsReason);
            break;
        case EdgeInput::CarrierReference:
            REQUIRE(refusal.has_value());
            CHECK(refusal->code == ErrorCode::NeedsReference);
            break;
        case EdgeInput::ChannelAndChecklist:
            REQUIRE(refusal.has_value());
            CHECK(refusal->code == ErrorCode::NeedsChannel);
            break;
        }
    }
}

TEST_CASE("The state-and-balance check is the whole guard once every input is given", "[lifecycle]")
{
    for (const S from : kAllStates) {
        for (const S to : kAllStates) {
            for (const Money balance : {kZero, kOwes, kCredit}) {
                INFO(stateCode(from).toStdString()
                     << " -> " << stateCode(to).toStdString() << " balance " << balance.fen());
                const auto full = checkTransition(from, balance, everythingProvided(to));
                const auto stateOnly = checkStateAndBalance(from, balance, to);
                REQUIRE(full.has_value() == stateOnly.has_value());
                if (full) {
                    CHECK(full->code == stateOnly->code);
                    CHECK(full->amountFen == stateOnly->amountFen);
                }
            }
        }
    }
    // Money is checked without any input: an owing card is refused before it is asked why.
    const auto owing = checkStateAndBalance(S::ArrearsCleared, kOwes, S::CancellationRequested);
    REQUIRE(owing.has_value());
    CHECK(owing->code == ErrorCode::OwesMoney);
    CHECK_FALSE(checkStateAndBalance(S::ArrearsCleared, kZero, S::CancellationRequested));
}

TEST_CASE("Forward edges lead toward void; the back edges do not; non-edges are neither",
          "[lifecycle]")
{
    for (const auto& [from, to] : kExpectedEdges) {
        INFO(stateCode(from).toStdString() << " -> " << stateCode(to).toStdString());
        const std::vector<S> path = forwardPath(from, to);
        CHECK(isForwardEdge(from, to) == (path == std::vector<S>{to}));
    }
    CHECK_FALSE(isForwardEdge(S::ArrearsCleared, S::Active));
    CHECK_FALSE(isForwardEdge(S::CancellationRequested, S::ArrearsCleared));
    CHECK_FALSE(isForwardEdge(S::Active, S::CancellationRequested)); // two edges, not one
    CHECK_FALSE(isForwardEdge(S::Void, S::Active));
}

TEST_CASE("The states before a target are those whose forward path reaches it", "[lifecycle]")
{
    for (const S to : kAllStates) {
        INFO(stateCode(to).toStdString());
        std::vector<S> reaching;
        for (const S from : kAllStates) {
            if (!forwardPath(from, to).empty())
                reaching.push_back(from);
        }
        CHECK(statesBefore(to) == reaching);
    }
    CHECK(statesBefore(S::CancellationRequested) == std::vector<S>{S::Active, S::ArrearsCleared});
}

TEST_CASE("Only void is final; packets take cleared cards not yet confirmed", "[lifecycle]")
{
    for (const S state : kAllStates) {
        INFO(stateCode(state).toStdString());
        CHECK(isFinal(state) == targetsFrom(state).empty());
        CHECK(mayJoinPacket(state) ==
              (state == S::ArrearsCleared || state == S::CancellationRequested));
    }
}
