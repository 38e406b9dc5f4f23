/**
 * The figure lexicons (src/lexicon/figures.json, groups.json) as lookup maps,
 * built once at module load. Code holds patterns; every word list lives in the JSON.
 */
import figures from "../../lexicon/figures.json" with { type: "json" };
import groups from "../../lexicon/groups.json" with { type: "json" };
import type { Measure, Qualifier, Subject } from "../../types.js";

export interface Trigger {
  measure: Measure;
  /** Subjects the trigger may count; null when any. */
  requires: Set<Subject> | null;
  /** Takes no object ("died", "fled"), so no passive is needed after a count. */
  intransitive: boolean;
  /** Counts only in the passive ("have been returned"). */
  passiveOnly: boolean;
  /** Counts only bodies ("24 bodies were recovered" → killed). */
  bodiesOnly: boolean;
  /** Counts only where captives are talked of ("came home", "received"). */
  captiveOnly: boolean;
  /** Names part of the count just stated ("the dead included six women"). */
  breakdown: boolean;
}

/** Phrase → the triggers it may be, in lexicon order. */
interface TriggerEntry {
  words: string[]; measure: string; requires?: string[]; intransitive?: boolean; passiveOnly?: boolean; bodiesOnly?: boolean;
  captiveOnly?: boolean; breakdown?: boolean;
}

function triggerMap(entries: TriggerEntry[]): Map<string, Trigger[]> {
  const map = new Map<string, Trigger[]>();
  for (const e of entries) {
    const t: Trigger = { measure: e.measure as Measure, requires: e.requires ? new Set(e.requires as Subject[]) : null,
      intransitive: e.intransitive === true, passiveOnly: e.passiveOnly === true, bodiesOnly: e.bodiesOnly === true,
      captiveOnly: e.captiveOnly === true, breakdown: e.breakdown === true };
    for (const w of e.words) map.set(w, [...(map.get(w) ?? []), t]);
  }
  return map;
}

const lowerSet = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

export const QUALIFIERS = new Map(Object.entries(figures.qualifiers) as [string, Qualifier][]);
export const FILLERS = new Map(figures.fillers.map((w) => [w, true] as [string, boolean]));
export const SUBJECTS = new Map(Object.entries(figures.subjects) as [string, Subject][]);
export const NAMED_MEMBERS = new Map(Object.entries(figures.namedMembers) as [string, Subject][]);
export const BODY_NOUNS = lowerSet(figures.bodyNouns);
export const CONDITIONS = new Map(Object.entries(figures.conditions) as [string, "alive" | "dead"][]);
export const MODIFIERS = lowerSet(figures.modifiers);
export const PRE_TRIGGERS = triggerMap(figures.preTriggers);
export const POST_TRIGGERS = triggerMap(figures.postTriggers);
export const AUXILIARIES = lowerSet(figures.auxiliaries);
export const TOLLS = new Map(Object.entries(figures.tolls) as [string, Measure][]);
export const TOLL_VERBS = new Map(Object.entries(figures.tollVerbs) as [string, Qualifier][]);
export const MEASURE_DEFAULTS = figures.measureDefaults as Record<Measure, Subject>;
export const CAPTIVE_MEASURES = new Set(figures.captiveMeasures as Measure[]);
export const CHILD_AGES = figures.childAges;
export const NOT_COUNTS_BEFORE = new Map(figures.notCountsBefore.map((w) => [w, true] as [string, boolean]));
/** "a day earlier", "a week ago": after a time unit they make a distance in time, not a rate. */
export const RELATIVE_TIME_WORDS = lowerSet(figures.relativeTimeWords);
export const RATE_WORDS = new Map(figures.rateWords.map((w) => [w, true] as [string, boolean]));
export const IRREALIS = new Map(figures.irrealis.map((w) => [w, true] as [string, boolean]));
export const CUMULATIVE_MARKERS = figures.cumulativeMarkers;
export const PERIOD_NOUNS = lowerSet(figures.periodNouns);
export const PRISON_WORDS = lowerSet(figures.prisonWords);
export const LOSS_VERBS = lowerSet(figures.lossVerbs);
export const RETURN_VERBS = lowerSet(figures.returnVerbs);
/** "handing Moscow the bodies of 78 troops": verbs that hand captives or remains to a side named before the count. */
export const RECIPIENT_VERBS = new Map(figures.recipientVerbs.map((w) => [w, true] as [string, boolean]));
export const RELATIVE_SUBJECTS = lowerSet(figures.relativeSubjects);
export const INCIDENT_NOUNS = lowerSet(figures.incidentNouns);
export const ANAPHORIC_TIMES = figures.anaphoricTimes;
/** Nouns that say only that people were counted; captives counted so are called as the document calls captives. */
export const GENERIC_PEOPLE = lowerSet(figures.genericPeople);
/** "flew 111 of its citizens out": a state's own citizens, who are foreigners where they are evacuated from. */
export const CITIZEN_NOUNS = lowerSet(figures.citizenNouns);
export const AMBIGUOUS_CAPTIVE_NOUNS = lowerSet(figures.ambiguousCaptiveNouns);
export const AGGREGATE_NOMINALS = lowerSet(figures.aggregateNominals);
export const ONE_OFF_NOMINALS = lowerSet(figures.oneOffNominals);
export const PARTITIVE_STATES = new Map(Object.entries(figures.partitiveStates) as [string, Measure][]);
export const TALLY_MEASURES = new Map(Object.entries(figures.tallyMeasures) as [Measure, number][]);

const wordsPattern = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");
/** A sentence that talks of captives ("the swap", "prisoners"). */
export const CAPTIVE_TALK = wordsPattern(figures.captiveTalk);
/** "under government orders": people who left on an order were evacuated. */
export const EVACUATION_ORDER = new RegExp(`^[^.;]{0,50}?\\b(?:${figures.evacuationOrders.join("|")})\\b`, "i");
/** The main verb after a relative clause, within its clause: "people who had fled … have returned". */
// A return that may still come ("when they can return") is no homecoming.
export const HOMECOMING_AFTER = new RegExp(
  `^[^,;.]{0,80}?(?<!\\b(?:can|could|to|will|would|may|might|cannot|not)\\s)\\b(?:${figures.homecomingVerbs.join("|")})\\b`, "i");
export const HOSTAGE_WORDS = wordsPattern(figures.hostageWords);
export const PRISONER_WORDS = wordsPattern(figures.prisonerWords);

export interface GroupWord {
  group: string;
  /** "Palestinians" names people; "Palestinian" only modifies a noun. */
  plural: boolean;
}

/** Demonyms keyed by lower case ("palestinians" → palestinian, plural). */
export const DEMONYMS = new Map<string, GroupWord>();
/** Country and capital names keyed by lower case ("israel" → israeli). */
export const COUNTRIES = new Map<string, string>();
for (const [group, entry] of Object.entries(groups.groups)) {
  for (const d of entry.demonyms) {
    // "Sudanese" and "Rohingya" name people without a plural s; "US" never does.
    const plural = (/s$/.test(d) && !/^U\.?S\.?$/.test(d)) || /(?:ese|rohingya)$/i.test(d);
    DEMONYMS.set(d.toLowerCase(), { group, plural });
  }
  for (const c of entry.countries) COUNTRIES.set(c.toLowerCase(), group);
}
