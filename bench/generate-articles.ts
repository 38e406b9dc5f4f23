/**
 * Synthetic wire copy for the benchmark: varied conflicts, actors, places,
 * figures, relative dates and boilerplate, drawn from a seeded generator so
 * every run measures the same text.
 */

const CONFLICTS = [
  { a: "Russia", b: "Ukraine", forces: "Russian forces", other: "Ukrainian troops", places: ["Kharkiv", "Odesa", "Kherson", "Zaporizhzhia", "Kyiv"], mediator: "Turkey", talks: "Istanbul", source: "the regional governor", demonym: "Ukrainians" },
  { a: "the RSF", b: "the Sudanese army", forces: "Rapid Support Forces fighters", other: "army units", places: ["El Fasher", "Khartoum", "Omdurman", "Nyala", "Wad Madani"], mediator: "Saudi Arabia", talks: "Jeddah", source: "the Sudan Doctors Network", demonym: "Sudanese" },
  { a: "Israel", b: "Hezbollah", forces: "Israeli jets", other: "Hezbollah fighters", places: ["Tyre", "Nabatieh", "Beirut", "Baalbek", "Sidon"], mediator: "France", talks: "Beirut", source: "Lebanon's health ministry", demonym: "Lebanese" },
  { a: "Israel", b: "Hamas", forces: "Israeli aircraft", other: "Hamas militants", places: ["Khan Younis", "Rafah", "Gaza City", "Deir al-Balah", "Jabalia"], mediator: "Qatar", talks: "Doha", source: "the Gaza health ministry", demonym: "Palestinians" },
  { a: "the Houthis", b: "the United States", forces: "Houthi drones", other: "US warships", places: ["Hodeidah", "Sanaa", "Aden", "Marib", "Taiz"], mediator: "Oman", talks: "Muscat", source: "Houthi-run health authorities", demonym: "Yemenis" },
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const QUALIFIERS = ["at least", "more than", "nearly", "about", "some", "up to", ""];

/** A small deterministic PRNG (mulberry32), so benchmark runs are comparable. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds article number `n` (deterministic for a given n).
 *
 * @example
 * generateArticle(7).length > 1000 // → true
 */
export function generateArticle(n: number): string {
  const rnd = seededRandom(n * 7919 + 13);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const num = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo));
  const c = pick(CONFLICTS);
  const place = pick(c.places);
  const day = pick(WEEKDAYS);
  const month = pick(MONTHS);
  const year = 2022 + num(0, 4);
  const killed = num(3, 90);
  const toll = num(1000, 60000).toLocaleString("en-US");
  const q = () => pick(QUALIFIERS);
  const other = () => pick(c.places);
  const pool = [
    `${q()} ${killed} people were killed and ${num(5, 200)} wounded when ${c.forces} hit residential areas of ${place} on ${day}, according to ${c.source}.`,
    `${c.source} said ${q()} ${num(2, 60)} civilians died in ${other()} overnight, among them ${num(1, 12)} children.`,
    `The attack came days after ${c.a} and ${c.b} sent delegations to ${c.talks} for talks mediated by ${c.mediator}.`,
    `Since the war began in ${month} ${year}, more than ${toll} ${c.demonym} have been killed, ${c.source} says.`,
    `${c.other} said they had repelled an advance near ${other()} and captured ${num(2, 40)} soldiers.`,
    `Negotiators are expected to meet again next week to discuss a ${num(2, 9)}-week truce and the release of ${num(10, 300)} prisoners.`,
    `${c.mediator}'s foreign ministry said on ${pick(WEEKDAYS)} that a deal "could be reached if both sides show flexibility".`,
    `Aid agencies said ${num(20, 400)} trucks of food and medicine had entered ${place} since ${MONTHS[num(0, 12)]} ${num(1, 28)}.`,
    `${c.a} denied targeting civilians and said its operations would continue until its goals were met.`,
    `Residents of ${other()} described a night of heavy shelling, with families sheltering in basements as explosions shook buildings.`,
    `An evacuation order issued on ${pick(WEEKDAYS)} covered ${num(3, 30)} neighbourhoods, and ${q()} ${num(1000, 90000)} people have fled, the UN said.`,
    `Officials in ${c.talks} said a first exchange could free ${num(5, 120)} captives within ${num(2, 14)} days of a signed agreement.`,
    `Hospitals in ${other()} reported running out of fuel on ${pick(WEEKDAYS)}, a week after the last convoy arrived.`,
    `${c.b} said ${num(2, 25)} of its fighters had been killed since ${MONTHS[num(0, 12)]} ${num(1, 28)}, a figure that could not be independently verified.`,
    `Talks broke down in ${pick(MONTHS)} over the sequencing of a withdrawal, diplomats said.`,
    `The ${c.mediator} envoy is due in ${c.talks} on ${pick(WEEKDAYS)} with a revised ${num(30, 90)}-day plan.`,
    `Satellite images reviewed by analysts showed fresh craters along the road between ${other()} and ${other()}, where convoys had been moving for weeks.`,
    `A spokesperson for ${c.a} told reporters the strikes targeted command posts and weapons depots, and accused ${c.b} of using homes as cover.`,
    `${c.b} rejected that account, saying the buildings hit were a school, a bakery and a block of flats housing displaced families.`,
    `The UN humanitarian office said access to ${other()} remained "severely restricted" and that water pumping stations had stopped working.`,
    `Under the draft seen by the agency, the first phase would last ${num(3, 8)} weeks and begin with the release of women, children and the sick.`,
    `Diplomats cautioned that previous rounds in ${c.talks} had stalled over guarantees, and that neither side had yet signed anything.`,
    `In ${other()}, volunteers dug through rubble by hand late into the night, using the lights of their phones after the power failed again.`,
    `The health authorities said ${num(10, 90)} of the wounded were in critical condition and that operating theatres were short of anaesthetics.`,
    `Prices of flour and fuel have tripled since ${pick(MONTHS)}, traders said, as checkpoints on the main supply route stayed closed.`,
    `Rights groups called for an independent investigation, saying the pattern of strikes on ${other()} could amount to violations of the laws of war.`,
    `The foreign minister of ${c.mediator} was quoted as saying both delegations were "closer than at any time this year" but gave no details.`,
    `Military analysts said the fighting around ${other()} had settled into a war of attrition, with small gains measured in hundreds of metres.`,
    `Families of detainees gathered outside government offices on ${pick(WEEKDAYS)}, holding photographs and demanding news of relatives held for months.`,
    `An aid convoy of ${num(5, 60)} trucks reached ${other()} on ${pick(WEEKDAYS)}, the first in ${num(2, 9)} weeks, according to the World Food Programme.`,
    `Engineers worked through ${pick(WEEKDAYS)} to restore a water main in ${other()} that had been cut during fighting the week before.`,
    `${c.a} said in a statement that its forces had "neutralised" a cell preparing an attack near ${other()}, without giving numbers.`,
    `Witnesses said ambulances were unable to reach the worst-hit streets of ${other()} for several hours because of continued fire.`,
    `The World Health Organization said ${num(2, 20)} hospitals in the region were only partly functioning and appealed for safe passage for medical teams.`,
    `Schools in ${other()} have been closed since ${pick(MONTHS)}, and many are now used as shelters for families who fled the front line.`,
    `A senior official involved in the talks, speaking on condition of anonymity, said the sticking points were the timing of a withdrawal and the list of detainees.`,
    `Opposition lawmakers in ${c.talks} criticised the government's handling of the negotiations and demanded that the terms be made public.`,
    `Local journalists in ${other()} said mobile networks had been down for ${num(2, 6)} days, making it hard to verify casualty reports.`,
    `The International Committee of the Red Cross said it stood ready to facilitate any exchange and had visited some detainees on both sides.`,
    `Farmers near ${other()} said they had been unable to harvest because of unexploded ordnance left in their fields after the shelling.`,
    `Independent monitors recorded ${num(20, 300)} violations of the previous truce in its first ${num(2, 10)} days, most of them artillery fire along the front.`,
    `${c.mediator} has hosted several rounds of indirect negotiations this year, with mediators shuttling between delegations in separate rooms.`,
  ];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const body = pool.slice(0, 26 + num(0, 12)).map((s) => s.charAt(0).toUpperCase() + s.slice(1).trim());
  const lines = [
    `${c.forces} struck ${place} on ${day}, officials said`,
    "",
    `By Staff Writer ${n}, Example Wire`,
    "",
    ...body.flatMap((s) => [s, ""]),
    `ALSO READ | Analysis: what a truce in ${place} would mean`,
    "",
    `© ${year + 1} Example Wire. All rights reserved.`,
  ];
  return lines.join("\n");
}
