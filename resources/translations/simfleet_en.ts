<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>simfleet::AuditText</name>
    <message numerus="yes">
        <source>Imported %Ln ledger entries from %1 (%2), entries %3 to %4</source>
        <translation>
            <numerusform>Imported %Ln ledger entry from %1 (%2), entries %3 to %4</numerusform>
            <numerusform>Imported %Ln ledger entries from %1 (%2), entries %3 to %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::cli::AuditCommands</name>
    <message numerus="yes">
        <source>audit log broken at seq %1: %2 (%n row(s) checked)</source>
        <translation>
            <numerusform>audit log broken at seq %1: %2 (%n row checked)</numerusform>
            <numerusform>audit log broken at seq %1: %2 (%n rows checked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n row(s), head %1</source>
        <translation>
            <numerusform>audit log intact: %n row, head %1</numerusform>
            <numerusform>audit log intact: %n rows, head %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::cli::CardCommands</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::cli::DemoCommand</name>
    <message numerus="yes">
        <source>%1 already holds %n card(s); the demo fills only an empty database (choose another file with --db)</source>
        <translation>
            <numerusform>%1 already holds %n card; the demo fills only an empty database (choose another file with --db)</numerusform>
            <numerusform>%1 already holds %n cards; the demo fills only an empty database (choose another file with --db)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::cli::ImportCommands</name>
    <message numerus="yes">
        <source>%1: nothing was imported (%n bad cell(s))</source>
        <translation>
            <numerusform>%1: nothing was imported (%n bad cell)</numerusform>
            <numerusform>%1: nothing was imported (%n bad cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n row, %2</numerusform>
            <numerusform>%1: %n rows, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::cli::PacketCommands</name>
    <message numerus="yes">
        <source>nothing written: %n card(s) refused</source>
        <translation>
            <numerusform>nothing written: %n card refused</numerusform>
            <numerusform>nothing written: %n cards refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::cli::TransitionCommand</name>
    <message numerus="yes">
        <source>nothing moved: %1 of %n card(s) refused</source>
        <translation>
            <numerusform>nothing moved: %1 of %n card refused</numerusform>
            <numerusform>nothing moved: %1 of %n cards refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %n card(s) to %1</source>
        <translation>
            <numerusform>moved %n card to %1</numerusform>
            <numerusform>moved %n cards to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CancellationsView</name>
    <message numerus="yes">
        <source>%1
%Ln card(s)</source>
        <translation>
            <numerusform>%1
%Ln card</numerusform>
            <numerusform>%1
%Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s), longest in this state first. Lost cards are highlighted: cancel them at once.</source>
        <translation>
            <numerusform>%1: %Ln card, longest in this state first. Lost cards are highlighted: cancel them at once.</numerusform>
            <numerusform>%1: %Ln cards, longest in this state first. Lost cards are highlighted: cancel them at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::CardsPage</name>
    <message numerus="yes">
        <source>The %n selected card(s)</source>
        <translation>
            <numerusform>The %n selected card</numerusform>
            <numerusform>The %n selected cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) will go on to settlement and the cancellation request.</source>
        <translation>
            <numerusform>%n card will go on to settlement and the cancellation request.</numerusform>
            <numerusform>%n cards will go on to settlement and the cancellation request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) cannot proceed:</source>
        <translation>
            <numerusform>%n card cannot proceed:</numerusform>
            <numerusform>%n cards cannot proceed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ChannelPage</name>
    <message numerus="yes">
        <source>Typical processing time: %n day(s)</source>
        <translation>
            <numerusform>Typical processing time: %n day</numerusform>
            <numerusform>Typical processing time: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ConfirmationSummaryPage</name>
    <message numerus="yes">
        <source>%n card(s) are now %1.</source>
        <translation>
            <numerusform>%n card is now %1.</numerusform>
            <numerusform>%n cards are now %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed card(s) wait until their balance is zero; run Carrier confirmation again to void them.</source>
        <translation>
            <numerusform>%n confirmed card waits until its balance is zero; run Carrier confirmation again to void it.</numerusform>
            <numerusform>%n confirmed cards wait until their balance is zero; run Carrier confirmation again to void them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed card(s) could have been voided and were left as they are.</source>
        <translation>
            <numerusform>%n confirmed card could have been voided and was left as it is.</numerusform>
            <numerusform>%n confirmed cards could have been voided and were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::DonePage</name>
    <message numerus="yes">
        <source>%n card(s) are now %1.</source>
        <translation>
            <numerusform>%n card is now %1.</numerusform>
            <numerusform>%n cards are now %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: hotline %2, typically %n day(s)</source>
        <translation>
            <numerusform>%1: hotline %2, typically %n day</numerusform>
            <numerusform>%1: hotline %2, typically %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::GroupCardsDialog</name>
    <message numerus="yes">
        <source>%n card(s) owing money now (balances as they stand today).</source>
        <translation>
            <numerusform>%n card owing money now (balances as they stand today).</numerusform>
            <numerusform>%n cards owing money now (balances as they stand today).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ImportDialog</name>
    <message numerus="yes">
        <source>No problems in %n row(s): %1 new card(s), %2 to update, %3 unchanged.</source>
        <translation>
            <numerusform>No problems in %n row: %1 new card(s), %2 to update, %3 unchanged.</numerusform>
            <numerusform>No problems in %n rows: %1 new card(s), %2 to update, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems in %n row(s): %1 ledger entries to post.</source>
        <translation>
            <numerusform>No problems in %n row: %1 ledger entries to post.</numerusform>
            <numerusform>No problems in %n rows: %1 ledger entries to post.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 new card(s), %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Imported %n row: %1 new card(s), %2 updated, %3 unchanged.</numerusform>
            <numerusform>Imported %n rows: %1 new card(s), %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 ledger entries posted.</source>
        <translation>
            <numerusform>Imported %n row: %1 ledger entries posted.</numerusform>
            <numerusform>Imported %n rows: %1 ledger entries posted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been written: correct the file and check it again.</source>
        <translation>
            <numerusform>%n problem found. Nothing has been written: correct the file and check it again.</numerusform>
            <numerusform>%n problems found. Nothing has been written: correct the file and check it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::PacketExporter</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected card(s) can go into a submission packet.</source>
        <translation>
            <numerusform>The selected card cannot go into a submission packet.</numerusform>
            <numerusform>None of the %n selected cards can go into a submission packet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cards cannot go into a submission packet and will be left out.</source>
        <translation>
            <numerusform>%n of the selected cards cannot go into a submission packet and will be left out.</numerusform>
            <numerusform>%n of the selected cards cannot go into a submission packet and will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the packets of the other %n card(s)?</source>
        <translation>
            <numerusform>Export the packet of the other card?</numerusform>
            <numerusform>Export the packets of the other %n cards?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written into %1:</source>
        <translation>
            <numerusform>%n packet written into %1:</numerusform>
            <numerusform>%n packets written into %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::PacketsView</name>
    <message numerus="yes">
        <source>All %n file(s) match the manifest.</source>
        <translation>
            <numerusform>The %n file matches the manifest.</numerusform>
            <numerusform>All %n files match the manifest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ReceiptsPage</name>
    <message numerus="yes">
        <source>%n card(s) wait for the carrier&apos;s confirmation, longest waiting first.</source>
        <translation>
            <numerusform>%n card waits for the carrier&apos;s confirmation, longest waiting first.</numerusform>
            <numerusform>%n cards wait for the carrier&apos;s confirmation, longest waiting first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was recorded: %n card(s) cannot be confirmed.</source>
        <translation>
            <numerusform>Nothing was recorded: %n card cannot be confirmed.</numerusform>
            <numerusform>Nothing was recorded: %n cards cannot be confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) selected in the fleet come first, ticked.</source>
        <translation>
            <numerusform>The card selected in the fleet comes first, ticked.</numerusform>
            <numerusform>The %n cards selected in the fleet come first, ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::ReviewPage</name>
    <message numerus="yes">
        <source>%n card(s) will move to %1</source>
        <translation>
            <numerusform>%n card will move to %1</numerusform>
            <numerusform>%n cards will move to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from %1, through %2</source>
        <translation>
            <numerusform>%n from %1, through %2</numerusform>
            <numerusform>%n from %1, through %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from %1</source>
        <translation>
            <numerusform>%n from %1</numerusform>
            <numerusform>%n from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outstanding now: %1 · paid in this wizard: %2 (%n payment(s))</source>
        <translation>
            <numerusform>Outstanding now: %1 · paid in this wizard: %2 (%n payment)</numerusform>
            <numerusform>Outstanding now: %1 · paid in this wizard: %2 (%n payments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n card(s) cannot be requested for cancellation.</source>
        <translation>
            <numerusform>Nothing was changed: %n card cannot be requested for cancellation.</numerusform>
            <numerusform>Nothing was changed: %n cards cannot be requested for cancellation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::SettleArrearsPage</name>
    <message numerus="yes">
        <source>%n card(s) still owe %1 in total. Settle all fees first: Next stays disabled while any card owes money.</source>
        <extracomment>The article&apos;s first rule, 提前结清费用: settle all fees before cancelling.</extracomment>
        <translation>
            <numerusform>%n card still owes %1 in total. Settle all fees first: Next stays disabled while any card owes money.</numerusform>
            <numerusform>%n cards still owe %1 in total. Settle all fees first: Next stays disabled while any card owes money.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded in this wizard: %n payment(s), %1.</source>
        <translation>
            <numerusform>Recorded in this wizard: %n payment, %1.</numerusform>
            <numerusform>Recorded in this wizard: %n payments, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) hold prepaid credit (%1 in total): refund or transfer it before the cards can be voided.</source>
        <translation>
            <numerusform>%n card holds prepaid credit (%1 in total): refund or transfer it before the card can be voided.</numerusform>
            <numerusform>%n cards hold prepaid credit (%1 in total): refund or transfer it before the cards can be voided.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::gui::VoidPage</name>
    <message numerus="yes">
        <source>%n confirmed card(s) can be voided now.</source>
        <translation>
            <numerusform>%n confirmed card can be voided now.</numerusform>
            <numerusform>%n confirmed cards can be voided now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) cannot be voided yet: the balance must be exactly zero. Pay what is owed, or refund or transfer the prepaid credit, then void them here.</source>
        <translation>
            <numerusform>%n card cannot be voided yet: the balance must be exactly zero. Pay what is owed, or refund or transfer the prepaid credit, then void it here.</numerusform>
            <numerusform>%n cards cannot be voided yet: the balance must be exactly zero. Pay what is owed, or refund or transfer the prepaid credit, then void them here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was voided: %n card(s) cannot be voided.</source>
        <translation>
            <numerusform>Nothing was voided: %n card cannot be voided.</numerusform>
            <numerusform>Nothing was voided: %n cards cannot be voided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are ticked: the ones confirmed just now or selected in the fleet.</source>
        <translation>
            <numerusform>%n of them is ticked: the ones confirmed just now or selected in the fleet.</numerusform>
            <numerusform>%n of them are ticked: the ones confirmed just now or selected in the fleet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void %n card(s)? Their monthly fees come to %1.

Void is final: the numbers are gone and nothing can change these cards again.</source>
        <translation>
            <numerusform>Void %n card? Its monthly fee is %1.

Void is final: the number is gone and nothing can change this card again.</numerusform>
            <numerusform>Void %n cards? Their monthly fees come to %1.

Void is final: the numbers are gone and nothing can change these cards again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Void %n card(s)</source>
        <translation>
            <numerusform>&amp;Void %n card</numerusform>
            <numerusform>&amp;Void %n cards</numerusform>
        </translation>
    </message>
</context>
</TS>
