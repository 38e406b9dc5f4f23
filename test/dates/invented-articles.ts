/**
 * Short invented news items with known publication dates, written for the
 * DCT solver tests: each states a few days, weekdays or periods and one
 * thing that fixes the year (a full date, a copyright line, an office holder).
 */
export interface InventedArticle {
  name: string;
  published: string;
  text: string;
}

export const INVENTED_ARTICLES: InventedArticle[] = [
  {
    name: "days-from-now",
    published: "2024-04-25",
    text: "Negotiators for the government and the rebel alliance initialled a draft accord late on Wednesday after a week of talks. Under the draft, a ceasefire is to take effect no later than May 3, eight days from now, and prisoners are to be exchanged within a month. © 2024 Lakeside Post",
  },
  {
    name: "month-anchored-war",
    published: "2026-03-17",
    text: "Drone strikes hit a fuel depot in the port city on Monday, the coastguard said. The 35-month-old war shows no sign of ending, and aid groups say the blockade has emptied the markets.\n\nThe conflict began in April 2023, when a dispute over the army's command turned into open fighting in the capital. A truce signed in Geneva on March 14 has been broken repeatedly.",
  },
  {
    name: "ukraine-incursion",
    published: "2024-08-09",
    text: "Ukrainian troops pressed deeper into Russia's Kursk region on Thursday, days after the surprise incursion began on August 6, 2024. Russian President Vladimir Putin said on Wednesday the attack was a provocation. Kyiv's army chief said Friday that his forces controlled dozens of settlements.",
  },
  {
    name: "sudan-clashes",
    published: "2023-04-17",
    text: "Fighting between Sudan's army and the Rapid Support Forces raged on Monday in Khartoum. The clashes erupted on Saturday, April 15, after weeks of tension over plans to merge the paramilitary group into the army. At least 97 civilians have been killed since Saturday, a doctors' union said.\n\n© 2023 Example Wire",
  },
  {
    name: "lebanon-truce",
    published: "2024-11-27",
    text: "A truce between Israel and Hezbollah took effect at dawn on Wednesday, ending the 13-month-old conflict along the border. The conflict began on October 8, 2023, when Hezbollah fired on Israeli positions. Lebanese Prime Minister Najib Mikati welcomed the deal. Israeli jets struck Beirut's southern suburbs on Tuesday, hours before the agreement was announced on November 26.",
  },
  {
    name: "yemen-strikes",
    published: "2024-01-13",
    text: "US and British warplanes struck Houthi targets across Yemen early on Friday, the first such strikes since the group began attacking ships in the Red Sea in November. US Defense Secretary Lloyd Austin said Friday that the strikes hit drone and missile sites. The Houthis vowed on Saturday to retaliate. The group's leader had warned on January 11 that any attack would be answered.\n\nCopyright 2024 Example Media",
  },
  {
    name: "congo-goma",
    published: "2025-01-28",
    text: "M23 rebels said on Monday they had captured Goma, the largest city in eastern Congo, after an offensive that began on January 23. Residents reported heavy gunfire on Tuesday near the airport. UN Secretary-General Antonio Guterres called on the rebels to withdraw.\n© 2025 Example News",
  },
  {
    name: "ethiopia-deal",
    published: "2022-11-03",
    text: "Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of hostilities, ending the two-year war that erupted on November 4, 2020, the African Union said. The deal was signed in Pretoria on November 2 after talks that opened on October 25. Mediators said on Thursday that the implementation would begin within days.",
  },
  {
    name: "karabakh-offensive",
    published: "2023-09-21",
    text: "Azerbaijan said on Wednesday it had halted its military operation in Nagorno-Karabakh after a one-day offensive launched on September 19. Ethnic Armenian leaders agreed to disarm. Talks between the two sides began in the city of Yevlakh on Thursday.\n© 2023",
  },
  {
    name: "syria-damascus",
    published: "2024-12-08",
    text: "Syrian rebels said they had entered Damascus early on Sunday, capping a 12-day offensive that began on November 27. The whereabouts of the president were unknown. Rebel fighters had captured Homs on Saturday, residents said.\n© 2024 Example Agency",
  },
  {
    name: "myanmar-protests",
    published: "2021-02-06",
    text: "Thousands marched in Yangon on Saturday against the military coup of February 1. Police used water cannon on Friday, witnesses said. The army has detained the country's civilian leaders since Monday.\n© 2021",
  },
  {
    name: "mali-bamako",
    published: "2024-09-17",
    text: "Gunmen attacked a military police school and the airport in Bamako early on Tuesday, the army said. It was the first major attack on the capital in years. The junta had announced on September 15 that it had foiled a separate plot, and officials said the city was calm by Tuesday evening.\n© 2024",
  },
  {
    name: "grain-deal-deadline",
    published: "2023-07-13",
    text: "Russia said on Thursday it saw no grounds to extend the Black Sea grain deal, which will expire on Monday, July 17. Turkish President Recep Tayyip Erdogan said he would discuss the deal with his Russian counterpart this weekend.\n© 2023",
  },
  {
    name: "ukraine-aerial-attack",
    published: "2023-12-29",
    text: "Russia launched its largest aerial attack of the 22-month-old war on Friday, firing more than 150 missiles and drones at Ukrainian cities, the air force said. The full-scale invasion began on February 24, 2022. On Thursday, December 28, Ukraine said it had struck a Russian landing ship in Crimea.",
  },
  {
    // The Sabbath is a Saturday: the day the statement came out, two days after the stated Thursday.
    name: "sabbath-statement",
    published: "2024-12-07",
    text: "The army released its statement during the Sabbath, an unusual step, after militants fired rockets at towns near the border on Thursday, December 5, 2024. Mediators said talks were stalled.",
  },
  {
    // Easter 2024 fell on March 31; the attack is reported the day after.
    name: "easter-attack",
    published: "2024-04-01",
    text: "Drones struck a power station in the east on Easter, leaving thousands without heat, regional officials said. Engineers were working on Monday to restore supply. © 2024 Example Wire",
  },
];
