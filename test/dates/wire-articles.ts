/**
 * Invented wire-style items with known publication dates, in the form the
 * solver receives them after cleaning: the text (datelines keep place and
 * day, the outlet is gone) plus the boilerplate lines cleaning set aside.
 * Each leans on a clue style the shorter items in invented-articles.ts lack:
 * year-less datelines, past and planned weekdays together, old background
 * dates, planned dates ahead, live updates over several days, the turn of
 * the year, "Updated" and "Published" stamps.
 */
import type { InventedArticle } from "./invented-articles.js";

export interface WireArticle extends InventedArticle {
  boilerplate: string[];
  /** Why the solver still misses this one: a known gap, kept so that a fix shows. */
  gap?: string;
}

export const WIRE_ARTICLES: WireArticle[] = [
  {
    name: "dateline-copyright-sudan",
    published: "2024-06-12",
    boilerplate: ["© 2024 Northline News. All rights reserved.", "Reporting by Amal Idris; editing by Tom Reyes"],
    text: `KHARTOUM, June 12 — Paramilitary fighters shelled residential districts of Omdurman on Wednesday, killing at least 14 people, a local volunteer group said.

The shelling came a day after the army claimed to have pushed the fighters back from the city's northern edge. On Tuesday the army said its units had retaken two bridges over the Nile, a claim the paramilitary group denied.

The war between the two forces, which erupted in April 2023, has displaced more than nine million people, according to aid agencies. Mediators from several African states plan to hold a new round of talks in Addis Ababa on Friday, although neither side has confirmed it will send a delegation.

A spokesperson for the volunteer group said clinics in the area had run out of blood bags and that the wounded were being carried to hospitals on donkey carts. Residents said water had been cut off since Sunday.`,
  },
  {
    name: "dateline-weekdays-kyiv",
    published: "2025-03-05",
    boilerplate: ["© 2025 Harbor Press Agency"],
    text: `KYIV, March 5 — Ukrainian and European officials will meet on Friday to discuss a plan for a partial truce in the air and at sea, Ukraine's foreign minister said on Wednesday.

The announcement followed a tense day. On Tuesday, Russian drones struck energy facilities in three regions, cutting power to tens of thousands of homes, the energy ministry said. Air defences shot down most of the 80 drones launched overnight, the air force reported.

The foreign minister told reporters that Kyiv was ready to stop strikes on energy sites if Moscow did the same. He said the proposal had been sent to Washington on Monday.

Russia's full-scale invasion began on February 24, 2022, and Moscow's forces now hold roughly a fifth of Ukraine's territory. Previous attempts to arrange an energy truce, including one brokered in the summer of 2024, came to nothing.

A Kremlin spokesman said on Wednesday that Moscow had not received any formal proposal.`,
  },
  {
    name: "last-week-earlier-this-month-lebanon",
    published: "2024-10-17",
    boilerplate: ["Copyright 2024 Eastgate Media Group"],
    text: `Israeli strikes hit the southern Lebanese city of Nabatieh on Wednesday, killing the city's mayor and at least five other people, the Lebanese health ministry said.

The ministry said the strike targeted the municipal building while officials were meeting to coordinate aid. Rescue teams were still searching the rubble on Thursday morning.

Israel launched a ground operation in southern Lebanon earlier this month, and its army said last week that it had destroyed dozens of tunnel shafts near the border. The fighting has forced more than a million people in Lebanon from their homes.

Cross-border fire began on October 8, 2023, a day after the attack on southern Israel, and escalated sharply in September. Diplomats said a proposal for a 60-day ceasefire would be discussed by foreign ministers this weekend, but few expected a breakthrough.

The Lebanese prime minister condemned the Nabatieh strike as a deliberate attack on a state institution and called on the United Nations Security Council to act.`,
  },
  {
    name: "yesterday-overnight-gaza",
    published: "2023-11-20",
    boilerplate: ["© 2023 Coastline Wire"],
    text: `GAZA, Nov 20 — Israeli tanks surrounded the Indonesian Hospital in northern Gaza overnight, and shelling killed at least 12 people inside the compound, the enclave's health ministry said today.

Doctors said yesterday that they had run out of fuel for the generators and that patients in intensive care were at risk. The World Health Organization said on Sunday that 31 premature babies had been evacuated from another hospital in the north.

Qatari officials said negotiations on the release of hostages held in Gaza were close to a deal that would include a pause in fighting of several days. A senior official said the final points could be settled within the next 24 hours.

The war began on October 7, when gunmen crossed into southern Israel. Since then more than a million people have fled the north of the territory. Aid agencies say that only a fraction of the trucks needed each day have entered through the southern crossing since the start of November.`,
  },
  {
    name: "anniversary-background-dates",
    published: "2025-02-24",
    boilerplate: ["© 2025 Meridian Press"],
    text: `European leaders travelled to Kyiv on Monday to mark three years since Russia's full-scale invasion, pledging new military aid and vowing to keep pressure on Moscow.

The invasion began on February 24, 2022, when Russian troops crossed the border from the north, east and south. Russian forces reached the outskirts of Kyiv within days but withdrew from the region on April 2, 2022. A Ukrainian counteroffensive retook Kharkiv region in September 2022 and the city of Kherson on November 11, 2022.

The front line has moved little since the autumn of 2023, and Russia has advanced slowly in the east since October 2023. Ukrainian officials said on Sunday that Russia had launched 267 drones overnight, the largest single drone attack of the war.

At the United Nations, the General Assembly was due to vote on Monday on rival resolutions about the war. The leaders in Kyiv said they would hold a video call with other allies later in the day.`,
  },
  {
    name: "latest-date-is-publication-day",
    published: "2024-05-16",
    boilerplate: [],
    text: `The UN Security Council met on Thursday, May 16, 2024, to discuss the worsening humanitarian situation in the Sudanese city of El Fasher, where fighting has raged for more than a week.

The council heard from the UN's top aid official, who said at least 800,000 civilians were trapped in the city. Fighting intensified on May 10, 2024, when paramilitary forces attacked army positions in the east of the city, according to the United Nations.

A spokesperson for Doctors Without Borders said on Wednesday that the last functioning hospital in the south of the city had received more than 450 wounded since May 10. The group said that dozens of people had died of their injuries.

The United States and Britain urged the council to demand that all sides stop the fighting. Several members said a draft resolution could be put to a vote next week.`,
  },
  {
    name: "future-date-does-not-push",
    published: "2025-05-28",
    boilerplate: ["© 2025 Lakeside Wire Service"],
    text: `Congo's government and the M23 rebel group have agreed to resume direct talks, the Qatari mediators said on Wednesday, after a pause of nearly three weeks.

Talks are due to resume on June 3 in Doha, and a draft declaration of principles is expected to be signed by June 15, the mediators said. Both sides will send delegations led by senior officials.

Fighting flared again on Tuesday in the hills north of Goma, residents said, with artillery fire heard for several hours. The rebels accused the army of attacking their positions; the army said it had only responded to an attack.

M23 seized Goma in January and took Bukavu, the second city of the east, in February. Aid groups say hundreds of thousands of people remain displaced around both cities. A separate agreement between Congo and Rwanda is scheduled to be signed in Washington in mid-June.`,
  },
  {
    name: "live-blog-several-days",
    published: "2024-04-15",
    boilerplate: ["© 2024 Riverside News Network"],
    text: `Live updates: regional tensions after the attack on Israel

Monday, 15 April
Israel's war cabinet met for a second day on Monday to weigh a response to the drone and missile attack, officials said. The army chief said on Monday that the attack "will be met with a response".

Sunday, 14 April
Iran launched more than 300 drones and missiles at Israel overnight. The Israeli army said on Sunday that 99% of them had been intercepted with help from the United States, Britain and France. A girl was seriously wounded in the south.

Saturday, 13 April
Iranian forces seized a container ship linked to an Israeli businessman near the Strait of Hormuz on Saturday. The attack on the consulate in Damascus on April 1 killed seven officers of the Revolutionary Guards, and Tehran had vowed to retaliate.

Leaders of the G7 held a video call on Sunday and condemned the attack. The UN Security Council met on Sunday evening.`,
  },
  {
    name: "year-boundary-late-december",
    published: "2024-12-31",
    boilerplate: ["© 2024 Southern Cross Wire"],
    text: `JUBA, Dec 31 — South Sudan's government and a holdout rebel group said on Tuesday they had agreed to extend a ceasefire for three more months, as talks hosted by Kenya stalled over security arrangements.

The truce, first signed in January, had been due to expire at midnight. Mediators said the two sides would return to Nairobi in the second half of January to discuss the integration of fighters into a unified army.

Clashes between the army and the rebels killed at least nine people in Central Equatoria on Sunday, a local official said. Aid groups said hundreds of families had fled to the border with Uganda since December 20.

The country's first elections since independence, postponed again in September, are now scheduled for December 2026. Diplomats said on Monday that the delay had weakened trust in the peace process.`,
  },
  {
    name: "year-boundary-early-january",
    published: "2025-01-02",
    boilerplate: ["© 2025 Southern Cross Wire"],
    text: `ADEN, Jan 2 — Yemen's Houthi movement said on Thursday it had fired a ballistic missile at central Israel, the third such claim since the new year, and vowed to continue its attacks on shipping.

Israeli warplanes struck Sanaa airport and two power stations on December 26, killing at least six people, in response to earlier Houthi missile fire. The World Health Organization chief, who was at the airport at the time, said a crew member of his aircraft was wounded.

Houthi officials said on Wednesday that they had targeted a US aircraft carrier in the northern Red Sea, a claim the Pentagon did not confirm. The group has attacked more than 100 merchant ships since November 2023.

A UN envoy is expected to visit the region next week to revive a stalled road map for peace talks. The envoy said on New Year's Eve that the escalation threatened the fragile truce inside Yemen.`,
  },
  {
    name: "updated-stamp",
    published: "2024-03-09",
    boilerplate: ["© 2024 Westbridge Broadcasting"],
    text: `Updated 9 March 2024, 14:05 GMT

Aid airdropped over Gaza as ship prepares to sail

Jordanian and US aircraft dropped food parcels over northern Gaza on Saturday, the third airdrop this week, as a charity ship loaded with aid prepared to sail from Cyprus.

The European Commission said on Friday that a maritime corridor from Cyprus could open as early as Sunday. The first ship, carrying about 200 tonnes of food, has been waiting in the port of Larnaca since Wednesday.

Aid agencies say airdrops and sea shipments cannot replace land crossings. The UN said last month that one in six children under two in the north was acutely malnourished.

Talks on a truce before the start of Ramadan, expected on Monday or Tuesday, appeared to have stalled, with Hamas delegates leaving Cairo on Thursday. Mediators said they would continue working over the weekend.`,
  },
  {
    name: "published-stamp",
    published: "2023-09-03",
    boilerplate: ["Copyright 2023 Pinecrest Media"],
    text: `Published: 3 September 2023

Niger junta says French ambassador must leave

Niger's military rulers said on Sunday that the French ambassador had lost his diplomatic immunity and ordered police to expel him, escalating a standoff with Paris.

The junta, which seized power in a coup on July 26, had given the ambassador 48 hours to leave on August 25. France refused, saying it did not recognise the military authorities.

Thousands of protesters gathered outside a French military base near the capital on Saturday, demanding the withdrawal of the roughly 1,500 French troops stationed in the country. Organisers said they would return on Friday.

West African leaders have threatened to use force to restore the elected president, but said on Friday that diplomacy remained their preferred path. A regional summit is scheduled for next week.`,
  },
  {
    name: "this-weekend-thursday",
    published: "2024-07-19",
    boilerplate: ["© 2024 Highland Wire"],
    text: `Negotiators from Israel and Hamas are expected to hold a new round of indirect talks in Cairo this weekend, officials said on Friday, after a week of heavy strikes in the centre of the Gaza Strip.

Israeli strikes killed at least 30 people in the Nuseirat area on Thursday, according to the Gaza civil defence agency. The Israeli army said it had targeted militants operating from a former school building.

A US official said on Thursday that the gaps between the sides had narrowed but that several points remained unresolved, including the return of displaced people to the north of the strip.

Israel's prime minister is scheduled to address the US Congress next week. His office said on Wednesday that Israel would not agree to any deal that allowed Hamas to rearm. A strike on a tent camp earlier this month had already killed dozens of people in the same area.

The war began on October 7, 2023, and more than nine months of war have left most of the strip's hospitals out of service.`,
  },
  {
    name: "dateline-weekday-agrees",
    published: "2024-09-23",
    boilerplate: ["© 2024 Cedar Line News"],
    text: `BEIRUT, Sept 23 — Israeli air strikes on southern and eastern Lebanon killed at least 180 people on Monday, the Lebanese health ministry said, the deadliest day of cross-border fighting in nearly a year.

The Israeli army said it had hit more than 300 targets belonging to Hezbollah and urged residents of southern villages to leave their homes. Thousands of cars jammed the coastal road north towards Beirut.

The escalation followed a week in which thousands of pagers and radios used by Hezbollah members exploded across Lebanon. The group fired dozens of rockets at northern Israel on Sunday, some reaching the area around Haifa.

The UN Secretary-General said he was alarmed by the escalation. The Security Council will hold an emergency meeting on Wednesday, diplomats said. Fighting along the border has displaced tens of thousands of people on both sides since October 2023.`,
  },
  {
    name: "dateline-background-dates-niger",
    published: "2025-01-29",
    boilerplate: ["© 2025 Sahel Wire"],
    text: `NIAMEY, Jan 29 — Niger, Mali and Burkina Faso formally completed their withdrawal from the West African regional bloc on Wednesday, a year after announcing the move.

The three military governments first said they would leave on January 28, 2024, accusing the bloc of acting under foreign influence. Niger's generals had seized power on July 26, 2023, and the bloc imposed sanctions on July 30, 2023, closing borders and freezing state assets. Those sanctions were lifted on February 24, 2024.

The three states formed their own alliance in September 2023 and said on Tuesday that citizens of the bloc could still travel to their countries without visas.

Regional leaders said the bloc would keep its offices open in the three capitals until July 29, while negotiators discuss trade and free movement. A meeting of foreign ministers is planned for February 12.`,
  },
  {
    name: "yesterday-weekday-eritrea",
    published: "2022-12-30",
    // Only "nearly two months after a peace deal" (the deal dated November 2 further down) fixes the month.
    boilerplate: ["© 2022 Horn Report"],
    text: `Eritrean troops began withdrawing from several towns in Ethiopia's Tigray region, residents said on Friday, nearly two months after a peace deal ended the war in the north of the country.

Witnesses in the town of Shire said convoys of trucks carrying soldiers had left yesterday and on Wednesday. Eritrea has not commented on the reports.

The agreement signed in Pretoria on November 2 required foreign forces to leave Tigray alongside the disarmament of Tigrayan fighters. Federal police entered the regional capital, Mekelle, on Thursday for the first time since the fighting began in November 2020.

Aid deliveries to the region have increased since the deal, but the United Nations said earlier this month that many rural areas remained out of reach. Banking and telephone services were partly restored in Mekelle last week.`,
  },
  {
    name: "dateline-early-january-weekdays",
    published: "2026-01-05",
    boilerplate: ["© 2026 Harbor Press Agency"],
    text: `TRIPOLI, Jan 5 — Rival armed groups clashed in the south of Libya's capital on Monday, shutting the main airport for several hours, the interior ministry said.

The fighting broke out late on Sunday after the arrest of a militia commander at a checkpoint. Residents reported heavy machine-gun fire near the old airport road throughout the night.

The UN mission in Libya called for calm and said it would host talks between the two groups on Thursday. It said on Saturday that it was concerned about a build-up of forces around the capital since late December.

Libya has been divided between rival administrations in the east and west since 2014. A ceasefire signed in October 2020 has largely held, but Tripoli has seen repeated bouts of fighting between armed groups.`,
  },
  {
    name: "weekend-dateline-saturday",
    published: "2023-06-24",
    boilerplate: ["© 2023 Northline News"],
    text: `MOSCOW, June 24 — The head of the Wagner mercenary group said on Saturday that he had ordered his fighters to turn back from their march on Moscow to avoid bloodshed, hours after they had taken control of military sites in the southern city of Rostov-on-Don.

Russia's president had earlier called the mutiny a betrayal and vowed to punish those involved. Checkpoints and armoured vehicles were set up on the southern approaches to the capital, and the mayor declared Monday a non-working day.

The mutiny followed months of public feuding between the Wagner chief and the defence ministry over ammunition supplies in the battle for Bakhmut, which Wagner claimed to have captured on May 20.

The group's fighters crossed into Russia from occupied Ukraine late on Friday. Belarus said its leader had brokered the deal with the Wagner chief.`,
  },
  {
    name: "no-copyright-war-length",
    published: "2025-03-21",
    boilerplate: [],
    text: `Sudan's army said on Friday it had retaken the presidential palace in central Khartoum, one of the last strongholds of the paramilitary forces in the capital.

Soldiers posted videos from inside the compound, and army commanders said fighting continued in nearby streets. The paramilitary group said on Thursday that it still held the palace and accused the army of spreading false claims. Army units had crossed a bridge into the city centre on March 19, residents said.

The war began on April 15, 2023, when tensions over the integration of the two forces turned into open fighting in the capital. Nearly two years of war have killed tens of thousands of people and created what aid agencies call the world's largest displacement crisis.

Aid workers said the recapture could allow some families to return to central districts, but warned that unexploded shells and a lack of water made that dangerous. Talks between the two sides collapsed in 2023 and have not resumed.`,
  },
  {
    name: "boilerplate-updated-us-style",
    published: "2025-08-14",
    boilerplate: ["Updated: Aug. 14, 2025 10:32 AM ET", "© 2025 Granite Broadcast Group"],
    text: `Armenian and Azerbaijani officials said on Thursday that border commissions from both countries would meet in Geneva on Friday to begin marking a section of their shared frontier.

The announcement came a day after the two foreign ministers spoke by phone. On Wednesday, Azerbaijan's foreign ministry said the talks would focus on a stretch of about 20 kilometres in the north, where villages on both sides have long complained of sniper fire.

The two countries fought a six-week war in 2020 and Azerbaijan regained the remaining Armenian-populated territory in a one-day offensive in September 2023. A peace text was initialled at a summit earlier this month.

Diplomats cautioned that both parliaments still had to approve the agreement and that several questions, including transit routes through southern Armenia, were unresolved. A second round of border talks is planned for October.`,
  },
  {
    name: "dateline-with-year",
    published: "2024-10-03",
    boilerplate: [],
    text: `UNITED NATIONS, Oct. 3, 2024 — The UN Security Council held an emergency session on the Middle East, its second in a week, after Iran fired about 180 ballistic missiles at Israel.

The missile attack on Tuesday evening sent millions of Israelis into shelters. Most of the missiles were intercepted, the Israeli army said, but some struck near air bases in the centre and south of the country. One man was killed in the occupied West Bank.

Israel's ambassador told the council that his country would respond. Iran's envoy said the attack was a response to the killing of the leader of Hezbollah in a strike on Beirut last week and of a Hamas leader in Tehran on July 31.

The UN Secretary-General condemned the escalation and called for a ceasefire in Lebanon and Gaza. Several council members said they would press for a new resolution in the coming days.`,
  },
  {
    name: "weekend-publication",
    published: "2024-02-10",
    boilerplate: ["Copyright 2024 Lakeside Wire Service"],
    text: `Residents of Rafah said on Saturday that Israeli air strikes had hit several homes in the city overnight, a day after Israel's prime minister ordered the army to prepare a plan to evacuate civilians ahead of a ground offensive.

More than a million displaced people are sheltering in Rafah, on the border with Egypt, according to the United Nations. Aid agencies said on Friday that an offensive there would be a catastrophe, because people had nowhere left to flee.

Talks in Cairo on a new truce and the release of hostages ended on Thursday, February 8, without agreement. Mediators said they would try again next week.

The war has displaced most of Gaza's 2.3 million people since October 7. Israel's prime minister said earlier in the week that Hamas's counterproposal was delusional and that total victory was within reach.`,
  },
  {
    name: "future-full-date-far",
    published: "2025-06-10",
    boilerplate: ["© 2025 Indigo Coast News"],
    text: `Insurgents attacked a military base in northern Mozambique on Monday, killing at least eight soldiers, local officials said on Tuesday.

The attackers arrived at dawn in pickup trucks and set fire to barracks and fuel stores before withdrawing into the forest, two officials said. The army said it had sent reinforcements by helicopter.

The June 9 attack was the deadliest in the province this year. The insurgency began in October 2017 and has killed more than 6,000 people, according to a monitoring group. Attacks have risen since March, after regional troops left the province last year.

The government and religious leaders will hold a peace conference in the provincial capital on July 1, 2025, and the president is expected to attend. An international donors' meeting on rebuilding the province is scheduled for November 20, 2025.`,
  },
  // Written after the solver was changed, and run once before any further change: 4 of 6 passed then.
  {
    name: "gaza-truce-agreed",
    published: "2025-01-16",
    boilerplate: ["© 2025 Harbor Press Agency"],
    text: `DOHA, Jan 16 — Israel's cabinet delayed a vote on a Gaza ceasefire and hostage release deal on Thursday, accusing Hamas of reneging on parts of the agreement announced by mediators the night before.

The deal, unveiled by Qatar's prime minister on Wednesday evening, would begin on Sunday with a six-week first phase in which 33 hostages would be freed in exchange for hundreds of Palestinian prisoners. Hamas said it remained committed to the agreement.

Israeli strikes killed at least 70 people across Gaza after the announcement, the territory's civil defence agency said. Crowds celebrated in the streets of Khan Younis and Deir al-Balah overnight.

The war began with the attack on southern Israel on October 7, 2023. A previous truce, in late November 2023, lasted a week. Officials said the cabinet would meet again on Friday.`,
  },
  {
    name: "bangladesh-style-no-dateline",
    published: "2024-07-30",
    // Wire style names the last week's days by weekday and older ones by date; the solver reads a date as recent.
    gap: "\"July 21\" two days before a Tuesday would have been written \"on Sunday\": dates as older than a week are not inferred",
    boilerplate: ["Copyright 2024 Delta Newswire"],
    text: `Authorities in the capital lifted a curfew for seven hours on Tuesday as calm returned after a week of deadly clashes between police and student protesters, officials said.

At least 150 people have been killed since the protests over job quotas turned violent on July 16, according to hospital records. The government says the toll is lower. Mobile internet, cut since last Thursday, was partly restored on Sunday.

Students said on Monday they would resume protests if six of their leaders, detained by police on Friday, were not released. The interior minister said the leaders were being held for their own safety.

The country's top court scaled back the quotas on July 21, meeting the protesters' main demand. Rights groups have called for an independent investigation into the killings.`,
  },
  {
    name: "updated-line-mid-text",
    published: "2023-10-26",
    boilerplate: ["© 2023 Pinecrest Media"],
    text: `Israeli tanks raid northern Gaza overnight

Last updated: 26 October 2023

Israeli tanks and infantry carried out a raid into northern Gaza overnight before withdrawing, the army said on Thursday, describing the operation as preparation for the next stages of combat.

The army said the forces struck militant positions and anti-tank missile launch sites. Palestinian officials said Israeli strikes had killed more than 6,500 people in Gaza since October 7.

Leaders of the European Union were meeting in Brussels on Thursday to discuss calls for humanitarian pauses to allow aid into the territory. The UN chief said on Wednesday that he was shocked by the misrepresentation of his remarks earlier in the week.

A convoy of 12 aid trucks entered Gaza through the Rafah crossing on Wednesday, the UN said, far fewer than the 100 a day needed.`,
  },
  {
    name: "british-day-month",
    published: "2025-04-03",
    boilerplate: [],
    text: `LONDON, 3 April — Britain's foreign secretary said on Thursday that Russia was dragging its feet on a ceasefire in Ukraine, as allied military chiefs met in London to discuss a possible reassurance force.

Kyiv accepted a US proposal for a 30-day ceasefire on 11 March, but Moscow has set conditions that Western officials say are designed to stall. A partial halt to strikes on energy facilities, announced on 25 March, has been repeatedly violated, both sides say.

On Wednesday, a Russian missile struck the city of Kryvyi Rih, killing at least four people, regional officials said. Ukraine's president said on Tuesday that Russian attacks had not decreased since the energy moratorium began.

The foreign secretary will travel to Brussels for a meeting of NATO foreign ministers on Friday. © 2025 Example Wire`,
  },
  {
    name: "syria-week-after",
    published: "2024-12-13",
    boilerplate: ["© 2024 Cedar Line News"],
    text: `Syrians poured into the streets of Damascus and other cities after Friday prayers to celebrate the fall of the government, a week after rebels swept into the capital.

The new interim prime minister, appointed on Tuesday, said his caretaker government would stay in office until March. Banks and some government offices reopened on Wednesday, residents said.

Israel said on Thursday that its troops would remain in the buffer zone on the Syrian side of the Golan Heights through the winter. It has carried out hundreds of air strikes on military sites across Syria since December 8, the day the former president fled.

The UN envoy for Syria called for elections and a transition that included all communities. A conference on the country's future is planned in Jordan this weekend.`,
  },
  {
    name: "ukraine-early-war",
    published: "2022-03-09",
    boilerplate: ["© 2022 Meridian Press"],
    text: `A Russian air strike hit a maternity hospital in the besieged city of Mariupol on Wednesday, wounding at least 17 people, Ukrainian officials said.

Officials had agreed to a temporary ceasefire to allow civilians to leave the city, but evacuation efforts failed on Saturday and again on Sunday amid continued shelling. The city has been without water and power for days.

The United States announced on Tuesday a ban on imports of Russian oil. The foreign ministers of Russia and Ukraine are due to meet in Turkey on Thursday, in the highest-level contact since Russian troops invaded on February 24.

More than two million people have fled Ukraine in the two weeks since the invasion began, the UN refugee agency said.`,
  },
  // A second round written after all changes above, run once: 3 of 6 passed; the misses are kept as gaps.
  {
    name: "office-holder-dateline",
    published: "2025-09-15",
    boilerplate: [],
    text: `LONDON, Sept 15 — Prime Minister Keir Starmer said on Monday that Britain would send air defence systems to Poland after Russian drones entered Polish airspace last week, calling the incursion reckless.

Polish and allied jets shot down several of the drones on Wednesday, the first time NATO aircraft had engaged Russian targets over the territory of a member state since the start of Russia's full-scale invasion in 2022. Poland invoked NATO's consultation clause the same day.

Moscow said the drones had not been aimed at Poland. Belarus, which hosted joint military exercises with Russia that began on Friday, said some drones had strayed because of electronic jamming.

The exercises are due to end on Tuesday. NATO defence ministers will discuss the alliance's eastern air defences at a meeting in Brussels next month.`,
  },
  {
    name: "iso-heading",
    published: "2024-05-03",
    boilerplate: ["© 2024 Lakeside Wire Service"],
    text: `Colombia breaks off relations with Israel

2024-05-03 09:40 UTC

Colombia's president said he would break off diplomatic relations with Israel, accusing its government of genocide in Gaza. Israel's foreign minister called the decision a reward for Hamas.

The announcement came during a rally in Bogota on Wednesday, International Workers' Day. Turkey said on Thursday it had halted all trade with Israel until a permanent ceasefire was reached.

Several Latin American governments, including Bolivia, cut or downgraded ties with Israel after the war began in October. Bolivia severed relations on October 31. Chile and Colombia recalled their ambassadors for consultations at the same time.

Israel's embassy in Bogota said the decision would not affect the work of its consulate. Talks on a truce in Gaza are expected to resume in Cairo this weekend.`,
  },
  {
    name: "new-year-no-copyright",
    gap: "nothing but world knowledge fixes the year; New Year's Eve on a Tuesday (2024) fits best",
    published: "2023-01-03",
    boilerplate: [],
    text: `Ukraine's defence ministry said on Tuesday that a missile strike on New Year's Eve killed scores of Russian soldiers at a temporary barracks in the occupied town of Makiivka, a claim Moscow disputed.

Russia's defence ministry said on Monday that 63 soldiers had died in the strike, which it blamed on US-made rocket launchers. It was one of the deadliest single attacks on Russian forces since the invasion began on February 24, 2022.

Russia launched waves of drones at Kyiv on Sunday and on Monday, Ukraine's air force said. President Volodymyr Zelensky said in his nightly address that Russia was planning a prolonged campaign of drone attacks.

Ukraine's energy company said repairs to the power grid would continue through the winter. Several Russian military bloggers criticised commanders for housing soldiers near an ammunition dump.`,
  },
  {
    name: "weekly-roundup",
    gap: "the only dated day (July 30) is older than the DCT's week; every later Monday fits the text alike",
    published: "2024-08-26",
    boilerplate: ["© 2024 Eastgate Media Group"],
    text: `Hezbollah and Israel exchanged their heaviest fire in months on Sunday, then both signalled they did not want a wider war, easing fears of an immediate regional escalation.

Israel said it had struck thousands of rocket launchers in southern Lebanon early on Sunday to head off a large attack. Hezbollah said it had fired more than 300 rockets and drones at Israel in retaliation for the killing of a senior commander in Beirut on July 30.

On Monday, schools in northern Israel reopened and Lebanese officials said the situation along the border had calmed. The US defence secretary spoke to his Israeli counterpart overnight, the Pentagon said.

Talks on a Gaza truce, which resumed in Cairo on Saturday, were continuing on Monday, Egyptian officials said. A US delegation is expected to join on Tuesday.`,
  },
  {
    name: "saturday-statement",
    gap: "\"since it fell on October 26\" fits the Saturday a week later as well as the DCT",
    published: "2025-11-08",
    boilerplate: ["© 2025 Sahel Wire"],
    text: `Sudan's paramilitary Rapid Support Forces said on Saturday that it had accepted a humanitarian truce proposed by the United States and regional mediators, days after its fighters seized the city of El Fasher.

The army did not immediately respond. Army commanders had said on Wednesday that they would not agree to any truce while the paramilitary forces held cities in Darfur.

Aid groups said tens of thousands of people had fled El Fasher since it fell on October 26, and that many had reached the town of Tawila, about 60 kilometres to the west. A UN official said on Friday that reports of mass killings in the city were being investigated.

Mediators said they hoped to convene the two sides in Washington later this month.`,
  },
  {
    name: "dateline-day-after-lede",
    published: "2024-03-25",
    boilerplate: ["© 2024 Granite Broadcast Group"],
    text: `UNITED NATIONS, March 25 — The UN Security Council demanded an immediate ceasefire in Gaza for the month of Ramadan on Monday, after the United States abstained from the vote.

The resolution, proposed by the council's ten elected members, passed with 14 votes in favour. It also demands the release of all hostages. Israel's prime minister cancelled a planned visit by a delegation to Washington in response.

Over the weekend, the UN Secretary-General visited the Egyptian side of the Rafah crossing and called for a flood of aid into the territory. On Friday, Russia and China vetoed a US-drafted resolution that would have supported a ceasefire linked to a hostage deal.

The war began on October 7. More than 32,000 people have been killed in Gaza, according to the territory's health ministry.`,
  },
];
