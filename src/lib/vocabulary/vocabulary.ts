/**
 * The ledger's vocabulary, declared once, as data: every unit, measure, `counted` value, side,
 * lens, qualifier, hedge and topic, with the words readers see, the words that signal it in a
 * text and the facts the engine needs (a unit's family and conversion, a measure's topic).
 *
 * Everything else reads from here: the row types (`data/types.ts`), the descriptor's enums (a
 * test checks `data/datapackage.json` against these tables), the data dictionary's tables
 * (generated into `data/README.md`, checked by a test), the validator, the extractor, the
 * engine's sentences, the dashboard's labels, sections and charts, the exports and the notebooks.
 *
 * Adding a unit or a measure is one entry here plus its value in the descriptor's enum; the
 * dashboard gives a measure with figures a section and an embed id without new code.
 */

/** Kinds of quantity: values compare only within a family (and, for money, by a known rate). */
export type UnitFamily = 'money' | 'share' | 'people' | 'equipment' | 'events' | 'area' | 'time';

export interface UnitEntry {
  /** Reader-facing name of the unit, for legends and the dictionary: "tanks". */
  label: string;
  singular: string;
  plural: string;
  family: UnitFamily;
  /** The unit comparisons happen in, and how many of it make one of this unit. */
  base: string;
  factor: number;
  /** A narrower kind of equipment counted inside a broader one (tanks inside armour). */
  partOf?: string;
  /** Words of a text that name the unit, lower case; a phrase may hold spaces. */
  words: readonly string[];
  /** How a value is written with a symbol instead of words: "US$375 million", "60 %". */
  symbol?: { prefix?: string; suffix?: string };
  /** Meaning, for the data dictionary. */
  meaning: string;
}

const equipment = (
  singular: string,
  plural: string,
  words: readonly string[],
  meaning: string,
  partOf?: string,
): UnitEntry => ({
  label: plural,
  singular,
  plural,
  family: 'equipment',
  base: '',
  factor: 1,
  words,
  meaning,
  ...(partOf ? { partOf } : {}),
});

const withBase = <K extends string>(
  entries: Record<K, UnitEntry>,
): Readonly<Record<K, Readonly<UnitEntry>>> =>
  Object.freeze(
    Object.fromEntries(
      Object.entries<UnitEntry>(entries).map(([id, u]) => [
        id,
        Object.freeze({ ...u, base: u.base || id }),
      ]),
    ) as Record<K, Readonly<UnitEntry>>,
  );

export const UNIT_VOCABULARY = withBase({
  USD: {
    label: 'US dollars',
    singular: 'US dollar',
    plural: 'US dollars',
    family: 'money',
    base: 'USD',
    factor: 1,
    words: ['$', 'us$', 'usd', 'dollar', 'dollars'],
    symbol: { prefix: 'US$' },
    meaning:
      'US dollars, as printed (a SIPRI trend-indicator value printed as dollars stays `USD`; the analysis flags it)',
  },
  EUR: {
    label: 'euros',
    singular: 'euro',
    plural: 'euros',
    family: 'money',
    base: 'EUR',
    factor: 1,
    words: ['€', 'eur', 'euro', 'euros'],
    symbol: { prefix: '€' },
    meaning: 'euros',
  },
  percent: {
    label: 'per cent',
    singular: 'per cent',
    plural: 'per cent',
    family: 'share',
    base: 'percent',
    factor: 1,
    words: ['%', 'percent', 'per cent'],
    symbol: { suffix: ' %' },
    meaning: 'percentage points, 0–100',
  },
  people: {
    label: 'people',
    singular: 'person',
    plural: 'people',
    family: 'people',
    base: 'people',
    factor: 1,
    words: [
      'people',
      'persons',
      'person',
      'soldiers',
      'soldier',
      'servicemen',
      'troops',
      'civilians',
      'civilian',
      'fighters',
      'mercenaries',
      'prisoners',
      'deserters',
      'residents',
      'refugees',
      'dead',
      'wounded',
      'injured',
      'casualties',
      'fatalities',
      'deaths',
      'injuries',
      'victims',
      'children',
      'women',
      'officers',
      'personnel',
      'volunteers',
      'militants',
      'combatants',
      'conscripts',
      'servicemembers',
      'service members',
      'citizens',
      'inhabitants',
      'hostages',
      'detainees',
      'captives',
      'bodies',
      'displaced',
      'evacuees',
      'men',
      'members',
      'others',
      'individuals',
      'peacekeepers',
      'police',
      'policemen',
      'guards',
      'pilots',
      'journalists',
      'doctors',
      'workers',
      'recruits',
      'reservists',
      'separatists',
      'jihadists',
      'protesters',
      'protestors',
      'migrants',
      'students',
    ],
    meaning: 'a count of people',
  },
  km2: {
    label: 'square kilometres',
    singular: 'square kilometre',
    plural: 'square kilometres',
    family: 'area',
    base: 'km2',
    factor: 1,
    words: ['km2', 'km²', 'square kilometres', 'square kilometers', 'sq km'],
    symbol: { suffix: ' km²' },
    meaning: 'square kilometres',
  },
  sq_mi: {
    label: 'square miles',
    singular: 'square mile',
    plural: 'square miles',
    family: 'area',
    base: 'km2',
    // 1 square mile is exactly 2.589988110336 km² (the international mile of 1,609.344 m).
    factor: 2.589988110336,
    words: ['square miles', 'square mile', 'sq mi'],
    symbol: { suffix: ' sq mi' },
    meaning: 'square miles (compared as 2.589988110336 km² each)',
  },
  days: {
    label: 'days',
    singular: 'day',
    plural: 'days',
    family: 'time',
    base: 'days',
    factor: 1,
    words: ['day', 'days', 'week', 'weeks'],
    meaning: 'a span of days (weeks are entered as printed, in days: "two weeks" is 14)',
  },
  hours: {
    label: 'hours',
    singular: 'hour',
    plural: 'hours',
    family: 'time',
    base: 'days',
    factor: 1 / 24,
    words: ['hour', 'hours'],
    meaning: 'a span of hours',
  },
  years: {
    label: 'years',
    singular: 'year',
    plural: 'years',
    family: 'time',
    base: 'days',
    factor: 365.25,
    words: ['year', 'years', 'decade', 'decades'],
    meaning: 'a span of years',
  },
  aircraft: equipment(
    'aircraft',
    'aircraft',
    [
      'aircraft',
      'plane',
      'planes',
      'jet',
      'jets',
      'warplane',
      'warplanes',
      'fighter-bomber',
      'fighter-bombers',
      'an-2',
      'su-25',
    ],
    'manned aircraft: planes, or planes and helicopters counted together',
  ),
  helicopters: equipment(
    'helicopter',
    'helicopters',
    ['helicopter', 'helicopters', 'mi-24', 'mi-8', 'mi-35', 'mi-17'],
    'helicopters',
    'aircraft',
  ),
  drones: equipment(
    'drone',
    'drones',
    [
      'drone',
      'drones',
      'uav',
      'uavs',
      'unmanned aerial vehicle',
      'unmanned aerial vehicles',
      'bayraktar',
    ],
    'unmanned aerial vehicles, including loitering munitions',
  ),
  armour: equipment(
    'tank or armoured vehicle',
    'tanks and armoured vehicles',
    ['tanks and armoured vehicles', 'tanks and other armoured vehicles', 'tanks and ifvs'],
    'tanks and other armoured vehicles counted together',
  ),
  tanks: equipment('tank', 'tanks', ['tank', 'tanks', 't-72', 't-72s', 't-90'], 'tanks', 'armour'),
  armoured_vehicles: equipment(
    'armoured vehicle',
    'armoured vehicles',
    [
      'armoured vehicle',
      'armoured vehicles',
      'armored vehicles',
      'armoured fighting vehicles',
      'ifv',
      'ifvs',
      'apc',
      'apcs',
      'aev',
      'aevs',
      'bmp',
      'bmps',
      'bmp-2',
      'combat vehicles',
      'combat vehicle',
      'armored combat vehicles',
      'armoured personnel carriers',
      'armored personnel carriers',
      'infantry fighting vehicles',
      'armored fighting vehicles',
    ],
    'armoured vehicles other than tanks (infantry fighting vehicles, personnel carriers)',
    'armour',
  ),
  military_vehicles: equipment(
    'military vehicle',
    'military vehicles',
    ['vehicle', 'vehicles', 'trucks', 'jeeps', 'automobiles'],
    'unarmoured military vehicles: trucks, jeeps and other transport',
  ),
  artillery: equipment(
    'artillery piece',
    'artillery pieces',
    [
      'artillery',
      'artillery units',
      'howitzer',
      'howitzers',
      'rocket launcher',
      'rocket launchers',
      'mlrs',
      'mlrss',
      'mrl',
      'mrls',
      'artillery pieces',
      'artillery installations',
      'grad',
      'cannon',
      'cannons',
      'mortars',
      'artillery systems',
      'artillery system',
      'self-propelled guns',
      'multiple rocket launchers',
      'd-20',
      'd-30',
    ],
    'artillery pieces and multiple rocket launchers',
  ),
  air_defence: equipment(
    'air-defence system',
    'air-defence systems',
    [
      'anti-aircraft systems',
      'air defence systems',
      'air-defence systems',
      'air defense systems',
      's-300',
      'air defense system',
      'air defence system',
      'anti-aircraft guns',
      'anti-aircraft gun',
      'air defence guns',
      'air defence gun',
      'air defense guns',
      'air defense gun',
      'tor',
      'buk',
      'osa',
      'osas',
    ],
    'air-defence systems and anti-aircraft guns',
  ),
  missile_launchers: equipment(
    'missile launcher',
    'missile launchers',
    ['missile launcher', 'missile launchers', 'tochka-u', 'elbrus'],
    'ballistic missile launchers',
  ),
  installations: equipment(
    'military installation',
    'military installations',
    ['command posts', 'command post', 'depots', 'arms depots', 'ammunition depots', 'posts'],
    'command posts, arms depots and other military installations',
  ),
  incidents: {
    label: 'incidents',
    singular: 'incident',
    plural: 'incidents',
    family: 'events',
    base: 'incidents',
    factor: 1,
    words: ['strike', 'strikes', 'attack', 'attacks', 'incident', 'incidents'],
    meaning: 'a count of documented events: strikes, attacks, incidents',
  },
});

export type Topic = keyof typeof TOPIC_VOCABULARY;

export interface TopicEntry {
  /** Filter label. */
  label: string;
  /** Section heading on the dashboard. */
  title: string;
}

/** Topics group measures into the dashboard's sections and filters, in this order. */
export const TOPIC_VOCABULARY = Object.freeze({
  arms: { label: 'Arms', title: 'Arms sales' },
  casualties: { label: 'Casualties', title: 'Casualties' },
  equipment: { label: 'Equipment', title: 'Equipment losses' },
  prisoners: { label: 'Prisoners', title: 'Prisoners of war' },
  displacement: { label: 'Displacement', title: 'Displacement' },
  attacks: { label: 'Attacks', title: 'Attacks on civilian areas' },
  territory: { label: 'Territory', title: 'Territory' },
  fighting: { label: 'Length of fighting', title: 'The fighting' },
  oil: { label: 'Oil', title: 'Oil' },
  diplomacy: { label: 'Diplomacy', title: 'Diplomacy' },
} satisfies Record<string, TopicEntry>);

export interface MeasureEntry {
  /** Short reader-facing name: "Military deaths". */
  label: string;
  topic: Topic;
  /** The unit families a figure of this measure may be in (the validator enforces it). */
  families: readonly UnitFamily[];
  /**
   * What a group of its figures is about, in the engine's sentences. `{adj}` is the counted
   * party's adjective ("Armenian"); without an adjective the noun takes `(counted words)`.
   * `{counted}` is the counted words ("Nagorno-Karabakh").
   */
  noun: string;
  /** Whole subjects for particular counted values, where the pattern reads badly. */
  subjects?: Readonly<Record<string, string>>;
  /** Words near a figure that signal the measure, lower case. */
  signals: readonly string[];
  /** Meaning, for the data dictionary. */
  meaning: string;
}

export const MEASURE_VOCABULARY = Object.freeze({
  arms_sales_value: {
    label: 'Value of arms sold',
    topic: 'arms',
    families: ['money'],
    noun: 'arms sales ({counted})',
    subjects: { israel_to_azerbaijan: 'Israeli arms sales to Azerbaijan' },
    signals: ['arms', 'weapons', 'sales', 'sold', 'purchases', 'bought', 'deals', 'contracts'],
    meaning:
      'Money value of Israeli arms sold to Azerbaijan, as printed. SIPRI’s trend-indicator values, contract totals declared by a government and prices are different quantities even when all are printed in dollars; `claimant` tells which.',
  },
  arms_import_share: {
    label: 'Share of arms imports',
    topic: 'arms',
    families: ['share'],
    noun: 'shares of arms imports ({counted})',
    subjects: { israel_to_azerbaijan: "Israel's share of Azerbaijan's arms imports" },
    signals: ['imports', 'imported', 'supplier', 'supplied'],
    meaning:
      'Israel’s share of Azerbaijan’s arms imports over a five-year window (e.g. 2016–2020), as SIPRI publishes them. Where no window is printed, the period is the window it most likely refers to, with `time_basis` `inferred`.',
  },
  arms_stock_share: {
    label: 'Share of armaments held',
    topic: 'arms',
    families: ['share'],
    noun: 'shares of weapons held ({counted})',
    subjects: { israel_to_azerbaijan: "Israel's share of the weapons Azerbaijan holds" },
    signals: ['arsenal', 'armaments', 'stock'],
    meaning: 'Israel’s share of the weapons Azerbaijan’s military holds, with no time window.',
  },
  oil_supply_share: {
    label: 'Share of oil supply',
    topic: 'oil',
    families: ['share'],
    noun: 'shares of oil supply ({counted})',
    subjects: { azerbaijan_to_israel: "Azerbaijan's share of Israel's oil supply" },
    signals: ['oil', 'crude'],
    meaning: 'Share of Israel’s oil supply that comes from Azerbaijan.',
  },
  military_deaths: {
    label: 'Military deaths',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} military deaths',
    subjects: { both_sides: 'military deaths on both sides' },
    signals: [
      'soldiers',
      'servicemen',
      'troops',
      'military',
      'killed',
      'died',
      'dead',
      'lost',
      'loss',
      'losses',
    ],
    meaning: 'Soldiers killed.',
  },
  civilian_deaths: {
    label: 'Civilian deaths',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} civilian deaths',
    subjects: { both_sides: 'civilian deaths on both sides' },
    signals: ['civilians', 'civilian', 'residents', 'killed', 'died'],
    meaning: 'Civilians killed.',
  },
  total_deaths: {
    label: 'Deaths (all)',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} deaths',
    subjects: { both_sides: 'deaths on both sides' },
    signals: [
      'killed',
      'killing',
      'dead',
      'death',
      'deaths',
      'died',
      'death toll',
      'fatalities',
      'casualties',
    ],
    meaning: 'People killed, soldiers and civilians not separated.',
  },
  mercenary_deaths: {
    label: 'Deaths of foreign fighters',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} foreign fighters killed',
    signals: ['mercenaries', 'fighters', 'syrian', 'killed', 'deaths', 'died', 'dead'],
    meaning:
      'Foreign fighters (such as the fighters recruited in Syria) killed; `counted` is the side they fought for.',
  },
  total_wounded: {
    label: 'Wounded (all)',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} wounded',
    subjects: { both_sides: 'people wounded on both sides' },
    signals: ['wounded', 'wounding', 'injured', 'injuring', 'injuries'],
    meaning: 'People wounded, soldiers and civilians not separated.',
  },
  military_wounded: {
    label: 'Soldiers wounded',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} soldiers wounded',
    signals: ['wounded', 'injured', 'soldiers', 'servicemen', 'troops', 'military'],
    meaning: 'Soldiers wounded.',
  },
  civilian_wounded: {
    label: 'Civilians wounded',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} civilians wounded',
    signals: ['wounded', 'injured', 'civilians', 'civilian'],
    meaning: 'Civilians wounded.',
  },
  military_missing: {
    label: 'Soldiers missing',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} soldiers missing',
    signals: ['missing', 'missing in action', 'soldiers', 'servicemen', 'troops'],
    meaning: 'Soldiers whose fate is not known, as counted at the date given.',
  },
  civilian_missing: {
    label: 'Civilians missing',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} civilians missing',
    signals: ['missing', 'civilians', 'whereabouts'],
    meaning: 'Civilians whose fate is not known.',
  },
  deserters: {
    label: 'Deserters',
    topic: 'casualties',
    families: ['people'],
    noun: '{adj} deserters',
    signals: ['deserters', 'deserted'],
    meaning: 'Soldiers said to have deserted.',
  },
  prisoners_held: {
    label: 'Prisoners of war',
    topic: 'prisoners',
    families: ['people'],
    noun: '{adj} prisoners of war',
    signals: ['prisoners', 'captured', 'captive', 'captives', 'pows'],
    meaning: 'People of the counted side captured or held by the other side.',
  },
  prisoners_exchanged: {
    label: 'Prisoners exchanged',
    topic: 'prisoners',
    families: ['people'],
    noun: '{adj} prisoners returned in exchanges',
    signals: ['exchanged', 'exchange', 'returned', 'released', 'handed over'],
    meaning: 'Prisoners of the counted side handed back in an exchange.',
  },
  aircraft_downed: {
    label: 'Aircraft downed',
    topic: 'equipment',
    families: ['equipment'],
    noun: '{adj} aircraft shot down',
    signals: ['shot down', 'downed', 'downing'],
    meaning: 'Planes, helicopters or drones said to be shot down.',
  },
  equipment_destroyed: {
    label: 'Equipment destroyed',
    topic: 'equipment',
    families: ['equipment'],
    noun: '{adj} equipment destroyed',
    signals: ['destroyed', 'destruction', 'neutralised', 'hit'],
    meaning:
      'Equipment of the counted side said to be destroyed; the unit says which kind (tanks, drones, artillery …).',
  },
  equipment_lost: {
    label: 'Equipment lost',
    topic: 'equipment',
    families: ['equipment'],
    noun: '{adj} equipment lost',
    signals: ['lost', 'losses'],
    meaning:
      'Equipment of the counted side lost in any way (destroyed, damaged, abandoned or captured), as a documenter such as Oryx totals it.',
  },
  equipment_damaged: {
    label: 'Equipment damaged',
    topic: 'equipment',
    families: ['equipment'],
    noun: '{adj} equipment damaged',
    signals: ['damaged'],
    meaning: 'Equipment of the counted side damaged but not destroyed.',
  },
  equipment_captured: {
    label: 'Equipment captured',
    topic: 'equipment',
    families: ['equipment'],
    noun: '{adj} equipment captured',
    signals: ['captured', 'seized', 'trophies'],
    meaning: 'Equipment of the counted side captured by the other side.',
  },
  equipment_abandoned: {
    label: 'Equipment abandoned',
    topic: 'equipment',
    families: ['equipment'],
    noun: '{adj} equipment abandoned',
    signals: ['abandoned'],
    meaning: 'Equipment of the counted side abandoned.',
  },
  material_losses_value: {
    label: 'Value of material losses',
    topic: 'equipment',
    families: ['money'],
    noun: '{adj} material losses',
    signals: ['losses', 'worth', 'damage'],
    meaning: 'Money value of the counted side’s losses of equipment and materiel.',
  },
  attacks_documented: {
    label: 'Attacks documented',
    topic: 'attacks',
    families: ['events'],
    noun: 'attacks on {adj} civilian areas',
    subjects: {
      armenia: 'attacks on Armenian-held civilian areas',
    },
    signals: ['strikes', 'attacks', 'incidents', 'documented', 'investigated'],
    meaning:
      'Strikes or attacks on civilian areas that an investigator documented; `counted` is the side whose areas were hit.',
  },
  people_fled: {
    label: 'People displaced',
    topic: 'displacement',
    families: ['people'],
    noun: '{adj} people displaced',
    subjects: { karabakh_armenians: 'Karabakh Armenians who fled' },
    signals: [
      'fled',
      'flee',
      'fleeing',
      'displaced',
      'left the',
      'left their',
      'have left',
      'had left',
      'exodus',
      'refugees',
      'evacuated',
    ],
    meaning: 'People who fled or were displaced from their homes.',
  },
  share_fled: {
    label: 'Share displaced',
    topic: 'displacement',
    families: ['share'],
    noun: 'the share of {adj} people displaced',
    subjects: { karabakh_armenians: 'the share of Karabakh Armenians who fled' },
    signals: ['fled', 'displaced', 'population'],
    meaning: 'The same departures as a share of a population (0–100).',
  },
  area: {
    label: 'Area',
    topic: 'territory',
    families: ['area'],
    noun: 'the area of {counted}',
    signals: ['area', 'territory', 'square'],
    meaning: 'Area of a territory.',
  },
  fighting_duration: {
    label: 'Length of fighting',
    topic: 'fighting',
    families: ['time'],
    noun: 'the length of the fighting',
    subjects: { both_sides: 'the length of the fighting' },
    signals: ['fighting', 'war', 'clashes', 'day of'],
    meaning: 'How long the fighting has lasted at the as-of date.',
  },
  elapsed_time: {
    label: 'Time span',
    topic: 'fighting',
    families: ['time'],
    noun: 'the time {counted}',
    signals: ['since', 'after', 'within', 'later'],
    meaning: 'Time between two events named by `counted`.',
  },
} satisfies Record<string, MeasureEntry>);

export interface CountedEntry {
  /** Words for the counted party, flow, place or span: "Armenia", "both sides". */
  words: string;
  /** Adjective for a party ("Armenian"), used in "{adj} military deaths". */
  adjective?: string;
  /** A span of time belongs to the topic of what it times. */
  topic?: Topic;
  meaning: string;
}

export const COUNTED_VOCABULARY = Object.freeze({
  armenia: {
    words: 'Armenia',
    adjective: 'Armenian',
    meaning: 'Armenia’s side (Armenia and the Karabakh Armenian forces).',
  },
  azerbaijan: { words: 'Azerbaijan', adjective: 'Azerbaijani', meaning: 'Azerbaijan’s side.' },
  both_sides: { words: 'both sides', meaning: 'Both sides together, not split.' },
  israel_to_azerbaijan: {
    words: 'Israel to Azerbaijan',
    meaning: 'Arms flowing from Israel to Azerbaijan.',
  },
  azerbaijan_to_israel: {
    words: 'Azerbaijan to Israel',
    meaning: 'Oil flowing from Azerbaijan to Israel.',
  },
  karabakh: { words: 'Nagorno-Karabakh', meaning: 'The territory of Nagorno-Karabakh.' },
  karabakh_armenians: {
    words: 'Karabakh Armenians',
    meaning: 'Ethnic Armenians of Nagorno-Karabakh (the 2023 exodus).',
  },
  arms_halt_forecast: {
    words: 'until Israel halts arms supplies, as forecast',
    topic: 'arms',
    meaning: 'Span: a forecast of how soon Israel would stop supplying arms.',
  },
  embassy_open_to_recall: {
    words: "from the opening of Armenia's embassy in Israel to the recall",
    topic: 'diplomacy',
    meaning: 'Span: from Armenia opening its embassy in Israel to recalling its ambassador.',
  },
  exodus: {
    words: 'of the exodus',
    topic: 'displacement',
    meaning: 'Span: how long the 2023 exodus took.',
  },
  since_deadlier_fighting: {
    words: 'since fighting as deadly',
    meaning: 'Span: time since fighting in the region was as deadly.',
  },
} satisfies Record<string, CountedEntry>);

export interface SideEntry {
  label: string;
  /** A warring party: its claims about itself and about the enemy are told apart. */
  belligerent: boolean;
  meaning: string;
}

export const SIDE_VOCABULARY = Object.freeze({
  armenia: {
    label: 'Armenian side',
    belligerent: true,
    meaning: 'Armenia’s government, military or officials, and the Karabakh Armenian authorities.',
  },
  azerbaijan: {
    label: 'Azerbaijani side',
    belligerent: true,
    meaning: 'Azerbaijan’s government, military or officials.',
  },
  israel: {
    label: 'Israeli side',
    belligerent: false,
    meaning: 'Israel’s government or officials.',
  },
  turkey: {
    label: 'Turkish side',
    belligerent: false,
    meaning: 'Turkey’s government or officials.',
  },
  international: {
    label: 'International body',
    belligerent: false,
    meaning: 'An intergovernmental body (the UN, the OSCE).',
  },
  independent: {
    label: 'Independent',
    belligerent: false,
    meaning:
      'Researchers, monitors and rights groups independent of the parties (SIPRI, Human Rights Watch, Oryx, the Syrian Observatory).',
  },
  press: {
    label: 'The article itself',
    belligerent: false,
    meaning: 'The outlet, in its own voice, with no claimant named.',
  },
  unknown: {
    label: 'Side not stated',
    belligerent: false,
    meaning: 'The article does not say whose figure it is.',
  },
} satisfies Record<string, SideEntry>);

export interface LensEntry {
  /** Filter label: "A side about the enemy". */
  option: string;
  /** Short words for legends: "about the enemy". */
  short: string;
  /** Words in a sentence: "a side speaking about the enemy". */
  phrase: string;
}

/** Who speaks about whom; derived by the engine from `claimant_side` and `counted`. */
export const LENS_VOCABULARY = Object.freeze({
  self_reported: {
    option: 'A side about its own losses',
    short: 'about its own side',
    phrase: 'a side reporting its own losses',
  },
  adversary: {
    option: 'A side about the enemy',
    short: 'about the enemy',
    phrase: 'a side speaking about the enemy',
  },
  third_party: {
    option: 'Third party',
    short: 'third party',
    phrase: 'a third party',
  },
} satisfies Record<string, LensEntry>);

export interface QualifierEntry {
  label: string;
  /** Words that signal it before a figure, lower case. */
  words: readonly string[];
  /** The dictionary's "wording" column. */
  wording: string;
  low: string;
  high: string;
}

export const QUALIFIER_VOCABULARY = Object.freeze({
  exact: {
    label: 'exact',
    words: [],
    wording: 'a plain figure (`1,900`)',
    low: 'value',
    high: 'value',
  },
  at_least: {
    label: 'at least',
    words: ['at least', 'no fewer than', 'no less than', 'a minimum of'],
    wording: '"at least"',
    low: 'value',
    high: 'empty',
  },
  more_than: {
    label: 'more than',
    words: ['more than', 'over', 'upwards of', 'in excess of', 'above'],
    wording: '"more than", "over"',
    low: 'value',
    high: 'empty',
  },
  nearly: {
    label: 'nearly',
    words: ['nearly', 'almost', 'close to', 'just under', 'not quite'],
    wording: '"nearly", "almost"',
    low: 'empty',
    high: 'value (not reached: "nearly 70%" is under 70)',
  },
  barely: {
    label: 'barely',
    words: ['barely', 'scarcely', 'just'],
    wording: '"barely", "scarcely", "just"',
    low: 'empty',
    high: 'value (reached: "barely two weeks" includes 14 days)',
  },
  about: {
    label: 'about',
    words: [
      'about',
      'some',
      'around',
      'approximately',
      'roughly',
      'an estimated',
      'estimated',
      'circa',
    ],
    wording: '"about", "some", "around"',
    low: 'empty',
    high: 'empty (the analysis applies a tolerance)',
  },
  up_to: {
    label: 'up to',
    words: [
      'up to',
      'as many as',
      'as much as',
      'a maximum of',
      'no more than',
      'less than',
      'fewer than',
      'under',
    ],
    wording: '"up to"',
    low: '0',
    high: 'value',
  },
  range: {
    label: 'range',
    words: [],
    wording: '"40–45 percent", "two or three days"',
    low: 'first number',
    high: 'last number',
  },
  vague: {
    label: 'vague word',
    words: [],
    wording: 'a word for a quantity ("hundreds", "tens of thousands")',
    low: 'see _vague words_',
    high: 'see _vague words_',
  },
} satisfies Record<string, QualifierEntry>);

export const HEDGE_VOCABULARY = Object.freeze({
  stated: { label: 'stated', words: [] as readonly string[] },
  estimated: { label: 'estimated', words: ['estimate', 'estimated', 'estimates'] },
  speculated: { label: 'speculated', words: ['speculated', 'rumoured', 'believed'] },
});

export type Unit = keyof typeof UNIT_VOCABULARY;
export type Measure = keyof typeof MEASURE_VOCABULARY;
export type Counted = keyof typeof COUNTED_VOCABULARY;
export type Side = keyof typeof SIDE_VOCABULARY;
export type Lens = keyof typeof LENS_VOCABULARY;
export type Qualifier = keyof typeof QUALIFIER_VOCABULARY;
export type Hedge = keyof typeof HEDGE_VOCABULARY;

const keys = <K extends string>(o: Readonly<Record<K, unknown>>) => Object.keys(o) as K[];

export const UNITS: readonly Unit[] = keys(UNIT_VOCABULARY) as Unit[];
export const MEASURES: readonly Measure[] = keys(MEASURE_VOCABULARY);
export const COUNTED: readonly Counted[] = keys(COUNTED_VOCABULARY);
export const SIDES: readonly Side[] = keys(SIDE_VOCABULARY);
export const LENSES: readonly Lens[] = keys(LENS_VOCABULARY);
export const QUALIFIERS: readonly Qualifier[] = keys(QUALIFIER_VOCABULARY);
export const HEDGES: readonly Hedge[] = keys(HEDGE_VOCABULARY);
export const TOPICS: readonly Topic[] = keys(TOPIC_VOCABULARY);

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function unitEntry(unit: string): Readonly<UnitEntry> | undefined {
  return has(UNIT_VOCABULARY, unit) ? UNIT_VOCABULARY[unit as Unit] : undefined;
}
export function measureEntry(measure: string): Readonly<MeasureEntry> | undefined {
  return has(MEASURE_VOCABULARY, measure) ? MEASURE_VOCABULARY[measure as Measure] : undefined;
}
export function countedEntry(counted: string): Readonly<CountedEntry> | undefined {
  return has(COUNTED_VOCABULARY, counted) ? COUNTED_VOCABULARY[counted as Counted] : undefined;
}

/** The topic a claim belongs to: a span's own topic, else its measure's. */
export function topicOf(measure: string, counted: string): Topic {
  const c = countedEntry(counted) as CountedEntry | undefined;
  return c?.topic ?? measureEntry(measure)?.topic ?? 'fighting';
}

/** The broadest unit a unit counts inside of (tanks → armour), itself when none. */
export function unitRoot(unit: string): string {
  let u = unit;
  for (let i = 0; i < 5; i++) {
    const parent = unitEntry(u)?.partOf;
    if (!parent) return u;
    u = parent;
  }
  return u;
}

/** The belligerents, for the engine's lenses. */
export const BELLIGERENTS: readonly Side[] = SIDES.filter((s) => SIDE_VOCABULARY[s].belligerent);

/** Each measure's topic, as a plain object (Arquero expressions take it as a parameter). */
export const TOPIC_OF_MEASURE: Readonly<Record<Measure, Topic>> = Object.freeze(
  Object.fromEntries(MEASURES.map((m) => [m, MEASURE_VOCABULARY[m].topic])) as Record<
    Measure,
    Topic
  >,
);

/** Spans of time that belong to the topic of what they time. */
export const TOPIC_OF_COUNTED: Readonly<Partial<Record<Counted, Topic>>> = Object.freeze(
  Object.fromEntries(
    COUNTED.flatMap((c) => {
      const topic = (COUNTED_VOCABULARY[c] as CountedEntry).topic;
      return topic ? [[c, topic]] : [];
    }),
  ),
);
