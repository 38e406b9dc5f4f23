#!/usr/bin/env node
/**
 * The `sitrep` command: wires each subcommand's options to its module in
 * src/commands and maps errors to one-line messages and exit codes.
 */
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { demoCommand } from "./commands/demo.js";
import { evalCommand, evalTimemlCommand } from "./commands/evaluate.js";
import { extractCommand } from "./commands/extract.js";
import { ingestCommand } from "./commands/ingest.js";
import { agreementsCommand, conflictsCommand, figuresCommand, timelineCommand } from "./commands/listings.js";
import { DEFAULT_DB, outputFormat, parseDay } from "./commands/options.js";
import { reportCommand } from "./commands/report.js";
import { EXIT, oneLine } from "./errors.js";
import { packageRoot } from "./package-root.js";

const pkg = JSON.parse(readFileSync(`${packageRoot()}/package.json`, "utf8")) as { version: string };

const program = new Command()
  .name("sitrep")
  .description("Turn news reports about a war and its negotiations into a sourced situation record.")
  .version(pkg.version)
  .showHelpAfterError("(run with --help for usage)")
  // Throw instead of exiting so usage errors get exit code 2 below; set before
  // the subcommands are added, which inherit it.
  .exitOverride();

const dbOption = () => new Option("--db <file>", "SQLite store").default(DEFAULT_DB);
const formatOptions = (cmd: Command) =>
  cmd.addOption(new Option("--json", "print JSON").conflicts("csv")).addOption(new Option("--csv", "print CSV"));

let exitCode: number = EXIT.ok;

program
  .command("ingest")
  .description("read articles (text, HTML, RSS/Atom, JSON Lines, directories, - for stdin) into the store")
  .argument("<paths...>", "files, directories or - for standard input")
  .addOption(dbOption())
  .option("--published <date>", "publication date for every input (YYYY-MM-DD), overrides metadata", parseDay)
  .option("-q, --quiet", "print only the closing summary")
  .option("--json", "print the per-input statuses and summary as JSON")
  .addHelpText("after", "\nExit code: 0 all inputs read, 1 some failed (each is named on stderr), 2 usage error.")
  .action(async (paths: string[], opts) => {
    exitCode = await ingestCommand(paths, opts);
  });

program
  .command("extract")
  .description("extract times, figures and events from one file without storing it")
  .argument("<file>", "an article file, a feed, or - for standard input")
  .option("--json", "print the SPEC document record(s) as JSON")
  .option("--published <date>", "publication date (YYYY-MM-DD) to resolve relative dates against", parseDay)
  .action(async (file: string, opts) => {
    exitCode = await extractCommand(file, opts);
  });

formatOptions(
  program
    .command("timeline")
    .description("list events from the store in date order, one entry per real-world event")
    .addOption(dbOption())
    .option("--since <date>", "only events on or after this day", parseDay)
    .option("--until <date>", "only events on or before this day", parseDay)
    .option("--type <type>", "only this event type (e.g. attack, talks, ceasefire_end)")
    .addOption(new Option("--geojson", "print located events as GeoJSON points").conflicts(["json", "csv"]))
    .option("--rebuild", "regroup every stored event into timeline entries from scratch, then list")
    .addHelpText("after", `
--csv uses ACLED's columns: event_date, event_type, actor1, actor2, location, latitude, longitude, fatalities, source, notes.

The store keeps the timeline it has filed: each read files only the documents
added since the last one, and never regroups older entries. Run once with
--rebuild after editing the lexicon (actor aliases and affiliations, places,
regions) or upgrading sitrep to a version that matches reports of one event
differently, so earlier documents are grouped by the same rules as new ones.
It regroups the stored events; it does not extract them again (changes to
extraction need the articles ingested into a new store).`),
).action((opts) => {
  process.stdout.write(timelineCommand({ ...opts, format: outputFormat(opts) }));
});

formatOptions(
  program
    .command("figures")
    .description("list reported figures as series keyed by measure, subject, group, condition and place")
    .addOption(dbOption())
    .option("--measure <measure>", "only this measure (e.g. killed, held_captive)"),
).action((opts) => {
  process.stdout.write(figuresCommand({ ...opts, format: outputFormat(opts) }));
});

formatOptions(
  program
    .command("conflicts")
    .description("list reported figures that contradict each other: disagree (same day) or decreasing (a running total fell)")
    .addOption(dbOption())
    .option("--measure <measure>", "only this measure (e.g. killed, taken_captive)"),
).action((opts) => {
  process.stdout.write(conflictsCommand({ ...opts, format: outputFormat(opts) }));
});

program
  .command("agreements")
  .description("list ceasefires, deals and proposals with parties, mediators, status history, phases and terms")
  .addOption(dbOption())
  .option("--json", "print JSON")
  .action((opts) => {
    process.stdout.write(agreementsCommand({ ...opts, format: outputFormat(opts) }));
  });

program
  .command("report")
  .description("write a situation report: headline figures, events in date order, open contradictions, agreements")
  .addOption(dbOption())
  .addOption(new Option("--format <format>", "md or html").choices(["md", "html"]).default("md"))
  .option("--since <date>", "only events on or after this day", parseDay)
  .action((opts) => {
    process.stdout.write(reportCommand(opts));
  });

program
  .command("eval")
  .description("score the extraction against gold annotations (SPEC §3)")
  .usage("GOLD_DIR DOCS_DIR [options]  |  eval timeml DIR [--baseline chrono] [options]")
  .argument("<gold_dir>", 'folder of gold JSON files, or "timeml" to score time expressions on TimeML files')
  .argument("<docs_dir>", "folder holding the documents the gold files name (with timeml: the folder of .tml files)")
  .option("--json", "print the scores as JSON")
  .option("-v, --verbose", "also list, per document, the gold items missed and the predictions that matched nothing (with timeml: and every wrong value)")
  .option("--baseline <tagger>", "with timeml: also score this baseline tagger in the same run (chrono)")
  .addHelpText("after", "\nExit code 0 whatever the scores: thresholds belong to the caller.")
  .action(async (goldDir: string, docsDir: string, opts) => {
    process.stdout.write(goldDir === "timeml" ? await evalTimemlCommand(docsDir, opts) : await evalCommand(goldDir, docsDir, opts));
  });

program
  .command("demo")
  .description("ingest the bundled example articles and show the timeline, figures and scores")
  .addOption(new Option("--db <file>", "SQLite store for the demo (recreated)").default("sitrep-demo.db"))
  .action(async (opts) => {
    exitCode = await demoCommand(opts);
  });

try {
  await program.parseAsync();
  process.exitCode = exitCode;
} catch (err) {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (or the help text).
    process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.exit();
  }
  const code = typeof (err as { exitCode?: unknown }).exitCode === "number" ? (err as { exitCode: number }).exitCode : EXIT.usage;
  process.stderr.write(`sitrep: ${oneLine(err)}\n`);
  process.exitCode = code;
}
