// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bench.h"

#include "DbFiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <cstdio>

namespace simfleet::bench {

namespace {

// Larger outputs (the exposure report lists every card it counts) are only checked for shape.
constexpr qint64 kJsonParseLimit = 64LL * 1024 * 1024;

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString count(std::int64_t value)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(value));
}

QString seconds(double value)
{
    return QStringLiteral("%1 s").arg(value, 0, 'f', 2);
}

} // namespace

Bench::Bench(const Options& options, const FleetFiles& files, QDate today)
    : m_options(options), m_files(files), m_today(today),
      m_commands(options, QDir(options.dir).filePath(QStringLiteral("logs")))
{
    QDir().mkpath(m_commands.logDir());
}

QString Bench::stage() const
{
    return QDir(m_options.dir).filePath(QStringLiteral("stage.db"));
}

QString Bench::scratch() const
{
    return QDir(m_options.dir).filePath(QStringLiteral("run.db"));
}

QString Bench::finalDatabase() const
{
    return QDir(m_options.dir).filePath(QStringLiteral("fleet.db"));
}

void Bench::copyStage(const QString& step) const
{
    if (!copyDatabase(stage(), scratch()))
        m_commands.fail(step, QStringLiteral("cannot copy %1 to %2").arg(stage(), scratch()));
}

void Bench::keepScratch(const QString& step) const
{
    if (!moveDatabase(scratch(), stage()))
        m_commands.fail(step, QStringLiteral("cannot move %1 to %2").arg(scratch(), stage()));
}

std::optional<Bench::Timed> Bench::timedCli(const QString& step, const QString& db,
                                            const QStringList& arguments) const
{
    const ChildRun run = m_commands.cli(step, db, arguments);
    if (run.timedOut)
        return std::nullopt;
    return Timed{run.wallSeconds, -1, run.peakRssKb, run.cpuSeconds};
}

void Bench::untimedCli(const QString& step, const QStringList& arguments) const
{
    const ChildRun run = m_commands.cli(step, stage(), arguments);
    if (run.timedOut)
        m_commands.fail(step,
                        QStringLiteral("stopped after the timeout; the rows after it need it"));
    say(QStringLiteral("  %1: %2").arg(step, seconds(run.wallSeconds)));
}

// The import's last line is for scripts, untranslated: "imported N, updated M, unchanged K".
void Bench::expectImported(const QString& step, std::int64_t rows) const
{
    const QString expected = QStringLiteral("imported %1, updated 0, unchanged 0").arg(rows);
    const QStringList lines =
        QString::fromUtf8(m_commands.stdoutOf(step)).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.constLast() != expected)
        m_commands.fail(step, QStringLiteral("expected '%1', got '%2'")
                                  .arg(expected, lines.isEmpty() ? QString() : lines.constLast()));
}

void Bench::expectJson(const QString& step) const
{
    const QByteArray out = m_commands.stdoutOf(step);
    const QByteArray trimmed = out.trimmed();
    if (out.size() > kJsonParseLimit) {
        if (!trimmed.startsWith('{') || !trimmed.endsWith('}'))
            m_commands.fail(step, QStringLiteral("its output is not a JSON object"));
        return;
    }
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        m_commands.fail(
            step, QStringLiteral("its output is not a JSON object: %1").arg(error.errorString()));
}

bool Bench::row(const QString& name, const QString& work, Goal goal, bool needed,
                const RunOnce& once)
{
    if (!m_options.wants(name)) {
        if (!needed)
            return true;
        say(QStringLiteral("%1 (untimed, needed by the rows after it)").arg(name));
        const std::optional<Timed> done = once(name, false);
        if (!done)
            m_commands.fail(name,
                            QStringLiteral("stopped after the timeout; the rows after it need it"));
        return true;
    }
    RowResult result{work, goal, {}, {}, {}, 0, {}};
    for (int run = 1; run <= m_options.runs; ++run) {
        const QString step = QStringLiteral("%1-%2").arg(name).arg(run);
        const std::optional<Timed> timing = once(step, true);
        if (!timing) {
            result.note = QStringLiteral("over %1 s, stopped").arg(m_options.timeout.count());
            result.walls.clear();
            result.cpus.clear();
            result.shellWalls.clear();
            m_stopped = true;
            say(QStringLiteral("%1, run %2: stopped after %3 s")
                    .arg(name)
                    .arg(run)
                    .arg(m_options.timeout.count()));
            break;
        }
        result.walls.push_back(timing->wall);
        result.cpus.push_back(timing->cpu);
        if (timing->shell >= 0)
            result.shellWalls.push_back(timing->shell);
        result.peakRssKb = std::max(result.peakRssKb, timing->peakRssKb);
        QString line = QStringLiteral("%1, run %2/%3: %4 (cpu %5), peak %6 MB")
                           .arg(name)
                           .arg(run)
                           .arg(m_options.runs)
                           .arg(seconds(timing->wall), seconds(timing->cpu))
                           .arg(static_cast<double>(timing->peakRssKb) / 1024.0, 0, 'f', 0);
        if (timing->shell >= 0)
            line += QStringLiteral(" (sqlite3 .import %1, %2×)")
                        .arg(seconds(timing->shell))
                        .arg(timing->wall / timing->shell, 0, 'f', 2);
        say(line);
    }
    m_rows.push_back(result);
    return !result.walls.empty();
}

// The yardstick: the sqlite3 shell's .import of the same file into a plain table of a new
// database.
ChildRun Bench::shellImport(const QString& step, const QString& csv, const QString& table) const
{
    const QString shellDb = QDir(m_options.dir).filePath(QStringLiteral("shell.db"));
    removeDatabase(shellDb);
    const ChildRun shell =
        m_commands.sqlite3(step + QStringLiteral("-sqlite3"), shellDb,
                           QStringLiteral(".import --csv %1 %2").arg(csv, table));
    removeDatabase(shellDb);
    return shell;
}

void Bench::importCards()
{
    const std::int64_t cards = m_files.cards.blockCards + m_files.cards.singles;
    const bool done = row(
        QStringLiteral("import-cards"),
        QStringLiteral("`import cards` of %1 mixed cards, against `.import`").arg(count(cards)),
        Goal{std::nullopt, 1.5}, true,
        [&](const QString& step, bool timed) -> std::optional<Timed> {
            const std::optional<ChildRun> shell =
                timed ? std::optional(shellImport(step, m_files.cardsCsv, QStringLiteral("cards")))
                      : std::nullopt;
            removeDatabase(scratch());
            std::optional<Timed> timing =
                timedCli(step, scratch(),
                         {QStringLiteral("import"), QStringLiteral("cards"), m_files.cardsCsv});
            if (!timing || (shell && shell->timedOut))
                return std::nullopt;
            expectImported(step, cards);
            timing->shell = shell ? shell->wallSeconds : -1;
            return timing;
        });
    if (!done)
        m_commands.fail(QStringLiteral("import-cards"),
                        QStringLiteral("every other row needs the cards"));
    keepScratch(QStringLiteral("import-cards"));
}

void Bench::importLedger()
{
    const bool done = row(
        QStringLiteral("import-ledger"),
        QStringLiteral("`import ledger` of %1 bills and payments, against `.import`")
            .arg(count(m_files.ledger.rows)),
        Goal{std::nullopt, 2}, true, [&](const QString& step, bool timed) -> std::optional<Timed> {
            const std::optional<ChildRun> shell =
                timed
                    ? std::optional(shellImport(step, m_files.ledgerCsv, QStringLiteral("ledger")))
                    : std::nullopt;
            copyStage(step);
            std::optional<Timed> timing =
                timedCli(step, scratch(),
                         {QStringLiteral("import"), QStringLiteral("ledger"), m_files.ledgerCsv});
            if (!timing || (shell && shell->timedOut))
                return std::nullopt;
            expectImported(step, m_files.ledger.rows);
            timing->shell = shell ? shell->wallSeconds : -1;
            return timing;
        });
    if (!done)
        m_commands.fail(QStringLiteral("import-ledger"),
                        QStringLiteral("the rows after it need the ledger"));
    keepScratch(QStringLiteral("import-ledger"));
}

// The company profile the packets need, and cards in every later state: requested ones for the
// packet export, confirmed and void ones for the pipeline and savings reports.
void Bench::prepareCancellations()
{
    say(QStringLiteral("preparing the cancellations (untimed)"));
    const Person& agent = m_files.cards.agent;
    untimedCli(QStringLiteral("company-set"),
               {QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
                m_files.cards.company.name, QStringLiteral("--uscc"), m_files.cards.company.uscc,
                QStringLiteral("--address"), QStringLiteral("浙江省杭州市西湖区文三路 90 号"),
                QStringLiteral("--phone"), QStringLiteral("0571-88886666"),
                QStringLiteral("--agent-name"), agent.name, QStringLiteral("--agent-id"),
                agent.residentId});
    const KeySets& keys = m_files.keys;
    untimedCli(QStringLiteral("clear-first"),
               {QStringLiteral("transition"), QStringLiteral("--to"),
                QStringLiteral("arrears-cleared"), QStringLiteral("--from-file"), keys.clearFirst});
    untimedCli(QStringLiteral("request"),
               {QStringLiteral("transition"), QStringLiteral("--to"),
                QStringLiteral("cancellation-requested"), QStringLiteral("--channel"),
                QStringLiteral("carrier-hall"), QStringLiteral("--from-file"), keys.clearFirst});
    untimedCli(QStringLiteral("confirm"),
               {QStringLiteral("transition"), QStringLiteral("--to"),
                QStringLiteral("carrier-confirmed"), QStringLiteral("--ref"),
                QStringLiteral("QR-2026-0001"), QStringLiteral("--from-file"), keys.confirmed});
    untimedCli(QStringLiteral("void"),
               {QStringLiteral("transition"), QStringLiteral("--to"), QStringLiteral("void"),
                QStringLiteral("--from-file"), keys.voided});
}

void Bench::reports()
{
    const QString pastDate = m_today.addDays(-90).toString(Qt::ISODate);
    struct Report {
        QString name;
        QStringList arguments;
        QString work;
        Goal goal;
    };
    const QString outstanding = QStringLiteral("outstanding");
    std::vector<Report> reports;
    for (const QString& by : {QStringLiteral("carrier"), QStringLiteral("department"),
                              QStringLiteral("assignee"), QStringLiteral("home-area")}) {
        reports.push_back({QStringLiteral("outstanding-") + by,
                           {outstanding, QStringLiteral("--by"), by},
                           QStringLiteral("`report outstanding --by %1`").arg(by),
                           Goal{0.5, std::nullopt}});
    }
    reports.push_back(
        {QStringLiteral("outstanding-past"),
         {outstanding, QStringLiteral("--by"), QStringLiteral("carrier"), QStringLiteral("--as-of"),
          pastDate},
         QStringLiteral("`report outstanding --as-of %1` (90 days ago)").arg(pastDate),
         Goal{3, std::nullopt}});
    for (const QString& kind :
         {QStringLiteral("pipeline"), QStringLiteral("savings"), QStringLiteral("exposure")}) {
        reports.push_back(
            {kind, {kind}, QStringLiteral("`report %1`").arg(kind), Goal{0.5, std::nullopt}});
    }
    for (const Report& report : reports) {
        row(report.name, report.work, report.goal, false,
            [&](const QString& step, bool) -> std::optional<Timed> {
                std::optional<Timed> timing =
                    timedCli(step, stage(),
                             QStringList{QStringLiteral("report")} + report.arguments +
                                 QStringList{QStringLiteral("--format"), QStringLiteral("json")});
                if (timing)
                    expectJson(step);
                return timing;
            });
    }
}

void Bench::transition()
{
    const KeySets& keys = m_files.keys;
    bool changed = false;
    row(QStringLiteral("transition"),
        QStringLiteral("`transition` of %1 cards, one batch").arg(count(keys.transitionCount)),
        Goal{2, std::nullopt}, false, [&](const QString& step, bool) -> std::optional<Timed> {
            copyStage(step);
            std::optional<Timed> timing =
                timedCli(step, scratch(),
                         {QStringLiteral("transition"), QStringLiteral("--to"),
                          QStringLiteral("arrears-cleared"), QStringLiteral("--from-file"),
                          keys.transition});
            changed = changed || timing.has_value();
            return timing;
        });
    if (changed)
        keepScratch(QStringLiteral("transition"));
}

void Bench::packetExport()
{
    const KeySets& keys = m_files.keys;
    const QString output = QDir(m_options.dir).filePath(QStringLiteral("packets"));
    bool changed = false;
    row(QStringLiteral("packet-export"),
        QStringLiteral("`packet export` of %1 cards over %2 home areas")
            .arg(count(keys.requestedCount), count(static_cast<std::int64_t>(keys.requestedAreas))),
        Goal{3, std::nullopt}, false, [&](const QString& step, bool) -> std::optional<Timed> {
            copyStage(step);
            QDir(output).removeRecursively();
            QDir().mkpath(output);
            std::optional<Timed> timing = timedCli(
                step, scratch(),
                {QStringLiteral("packet"), QStringLiteral("export"), QStringLiteral("--carrier"),
                 QStringLiteral("cmcc"), QStringLiteral("--output"), output});
            if (!timing)
                return timing;
            // One zip per home area, each path on its own line.
            const auto zips = QString::fromUtf8(m_commands.stdoutOf(step))
                                  .split(u'\n', Qt::SkipEmptyParts)
                                  .size();
            if (zips != static_cast<qsizetype>(keys.requestedAreas))
                m_commands.fail(step, QStringLiteral("%1 packets written, expected %2")
                                          .arg(zips)
                                          .arg(keys.requestedAreas));
            changed = true;
            return timing;
        });
    if (changed)
        keepScratch(QStringLiteral("packet-export"));
}

void Bench::auditVerify()
{
    row(QStringLiteral("audit-verify"), QStringLiteral("`audit verify` of the whole log"),
        Goal{5, std::nullopt}, false, [&](const QString& step, bool) -> std::optional<Timed> {
            std::optional<Timed> timing =
                timedCli(step, stage(), {QStringLiteral("audit"), QStringLiteral("verify")});
            m_auditChecked = m_auditChecked || timing.has_value();
            return timing;
        });
    if (!m_rows.empty() && m_rows.back().work.startsWith(QStringLiteral("`audit verify`"))) {
        // Name the log's size: "audit log intact: N row(s), head ...".
        const QString out = QString::fromUtf8(
            m_commands.stdoutOf(QStringLiteral("audit-verify-%1").arg(m_options.runs)));
        const QRegularExpressionMatch events =
            QRegularExpression(QStringLiteral("(\\d+)")).match(out);
        if (events.hasMatch())
            m_rows.back().work = QStringLiteral("`audit verify` of %1 events")
                                     .arg(count(events.captured(1).toLongLong()));
    }
}

bool Bench::finalChecks()
{
    const ChildRun integrity = m_commands.sqlite3(QStringLiteral("integrity-check"), stage(),
                                                  QStringLiteral("PRAGMA integrity_check"));
    const QString verdict =
        QString::fromUtf8(m_commands.stdoutOf(QStringLiteral("integrity-check"))).trimmed();
    if (integrity.timedOut || verdict != QStringLiteral("ok"))
        m_commands.fail(QStringLiteral("integrity-check"),
                        QStringLiteral("PRAGMA integrity_check said: %1").arg(verdict.left(500)));
    say(QStringLiteral("PRAGMA integrity_check: ok (%1)").arg(seconds(integrity.wallSeconds)));
    if (!m_auditChecked) {
        const ChildRun audit = m_commands.cli(QStringLiteral("final-audit-verify"), stage(),
                                              {QStringLiteral("audit"), QStringLiteral("verify")});
        if (audit.timedOut)
            m_commands.fail(QStringLiteral("final-audit-verify"),
                            QStringLiteral("stopped after the timeout"));
    }
    say(QStringLiteral("audit verify: intact"));
    if (!moveDatabase(stage(), finalDatabase()))
        m_commands.fail(QStringLiteral("final"),
                        QStringLiteral("cannot move %1 to %2").arg(stage(), finalDatabase()));
    return true;
}

int Bench::run()
{
    // Rows after the imports need the ledger and the cancellations; --only import-cards does not.
    bool later = m_options.dbOnly;
    for (const QString& name : rowNames().mid(2))
        later = later || m_options.wants(name);
    importCards();
    if (later || m_options.wants(QStringLiteral("import-ledger")))
        importLedger();
    if (later)
        prepareCancellations();
    if (!m_options.dbOnly) {
        reports();
        transition();
        packetExport();
        auditVerify();
    }
    finalChecks();
    return m_stopped ? 1 : 0;
}

} // namespace simfleet::bench
