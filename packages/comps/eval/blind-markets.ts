// Blind, independently written synthetic market generator + evaluator for the comps engine.
// Run: npx tsx packages/comps/eval/blind-markets.ts [--markets 600] [--tiny 200] [--seed 7] [--worst 15]
// Written from the spec (§3, §5) and the CLI contract only; no engine source or engine generators read.
// Committed as a second, independent FMV check (reported, no bar). Its first run was blind; the engine has
// since been fixed against what it found (see the issue notes), so it is no longer a blind test.
import type { CompsFilters, CompsInput, CompsResult } from '@kuya/shared/comps';
import { computeComps } from '../src/index.ts';

// ---------- RNG ----------
function mulberry32(a: number) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd = mulberry32(1);
const U = (a = 0, b = 1) => a + (b - a) * rnd();
const I = (a: number, b: number) => Math.floor(U(a, b + 1));
const chance = (p: number) => rnd() < p;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
function normal() {
  let u = 0;
  while (u === 0) u = rnd();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}
function wpick<T extends string>(w: Record<T, number>): T {
  const tot = Object.values<number>(w).reduce((s, x) => s + x, 0);
  let r = U(0, tot);
  for (const [k, v] of Object.entries<number>(w)) {
    r -= v;
    if (r <= 0) return k as T;
  }
  return Object.keys(w)[0] as T;
}

// ---------- Card catalogue (real cards; prices rough 2024-25 levels) ----------
interface Card {
  sport: string;
  year: string; // as printed on set, e.g. "2018-19"
  set: string[]; // seller spellings of the set
  player: string[]; // seller spellings of the name
  num: string;
  rc: boolean;
  team: string;
  raw: number;
  grades: Record<string, number>; // e.g. {'PSA 10': 12}
  parallels: string[]; // parallel phrases that may appear
  mates: [string, string][]; // other players in the same set [name, number]
  other: string[]; // other cards of the same player (different set/number), as title stems
}
const CARDS: Card[] = [
  {
    sport: 'baseball',
    year: '1989',
    set: ['Upper Deck', 'UD'],
    player: ['Ken Griffey Jr.', 'Ken Griffey Jr', 'KEN GRIFFEY JR', 'Griffey Jr.'],
    num: '1',
    rc: true,
    team: 'Mariners',
    raw: 45,
    grades: { 'PSA 10': 60, 'PSA 9': 4, 'PSA 8': 1.8, 'BGS 9.5': 8, 'SGC 10': 20 },
    parallels: [],
    mates: [
      ['Randy Johnson', '25'],
      ['Gary Sheffield', '13'],
    ],
    other: [
      '1989 Donruss Ken Griffey Jr #33 Rated Rookie',
      '1989 Fleer Ken Griffey Jr #548',
      '1989 Topps Traded Ken Griffey Jr #41T',
    ],
  },
  {
    sport: 'baseball',
    year: '1993',
    set: ['SP', 'Upper Deck SP', 'SP Foil'],
    player: ['Derek Jeter', 'DEREK JETER', 'Jeter'],
    num: '279',
    rc: true,
    team: 'Yankees',
    raw: 180,
    grades: { 'PSA 9': 6, 'PSA 8': 2.2, 'PSA 7': 1.4, 'BGS 9': 4 },
    parallels: [],
    mates: [
      ['Johnny Damon', '275'],
      ['Jason Kendall', '276'],
    ],
    other: [
      '1993 Upper Deck Derek Jeter #449 Top Prospect',
      '1993 Bowman Derek Jeter #511',
      '1993 Pinnacle Derek Jeter #457 Draft Pick',
    ],
  },
  {
    sport: 'baseball',
    year: '2018',
    set: ['Topps Update', 'Topps Update Series'],
    player: ['Ronald Acuna Jr.', 'Ronald Acuña Jr.', 'RONALD ACUNA JR', 'Ronald Acuna'],
    num: 'US250',
    rc: true,
    team: 'Braves',
    raw: 14,
    grades: { 'PSA 10': 9, 'PSA 9': 2.5, 'BGS 9.5': 5, 'SGC 10': 4.5 },
    parallels: ['Gold /2018', 'Rainbow Foil', 'Black /67', 'Vintage Stock /99'],
    mates: [
      ['Juan Soto', 'US300'],
      ['Gleyber Torres', 'US1'],
    ],
    other: [
      '2018 Topps Chrome Update Ronald Acuna Jr #HMT25',
      '2018 Bowman Chrome Ronald Acuna Jr #1',
      '2018 Topps Heritage High Number Ronald Acuna #580',
    ],
  },
  {
    sport: 'baseball',
    year: '2001',
    set: ['Topps Traded', 'Topps Traded & Rookies'],
    player: ['Albert Pujols', 'ALBERT PUJOLS', 'Pujols'],
    num: 'T247',
    rc: true,
    team: 'Cardinals',
    raw: 35,
    grades: { 'PSA 10': 20, 'PSA 9': 3.5, 'PSA 8': 1.7, 'BGS 9.5': 10 },
    parallels: ['Chrome Refractor', 'Gold'],
    mates: [
      ['Ichiro Suzuki', 'T266'],
      ['Mark Teixeira', 'T255'],
    ],
    other: [
      '2001 Bowman Albert Pujols #264',
      '2001 Upper Deck Prospect Premieres Albert Pujols #78',
      '2001 Fleer Tradition Albert Pujols #451',
    ],
  },
  {
    sport: 'baseball',
    year: '2017',
    set: ['Topps Chrome', 'TOPPS CHROME'],
    player: ['Aaron Judge', 'AARON JUDGE', 'Judge'],
    num: '169',
    rc: true,
    team: 'Yankees',
    raw: 40,
    grades: { 'PSA 10': 6, 'PSA 9': 1.8, 'BGS 9.5': 3.5, 'SGC 10': 3 },
    parallels: ['Refractor', 'Prism Refractor', 'X-Fractor', 'Gold Refractor /50', 'Sepia Refractor'],
    mates: [
      ['Cody Bellinger', '79'],
      ['Andrew Benintendi', '135'],
    ],
    other: [
      '2017 Topps Aaron Judge #287 Rookie',
      '2017 Bowman Aaron Judge #32',
      '2017 Topps Update Aaron Judge All-Star #US166',
    ],
  },
  {
    sport: 'baseball',
    year: '2022',
    set: ['Topps Update', 'Topps Update Series'],
    player: ['Julio Rodriguez', 'JULIO RODRIGUEZ', 'Julio Rodríguez'],
    num: 'US44',
    rc: true,
    team: 'Mariners',
    raw: 6,
    grades: { 'PSA 10': 8, 'PSA 9': 2.5, 'SGC 10': 4 },
    parallels: ['Gold /2022', 'Rainbow Foil', 'Black /71'],
    mates: [
      ['Bobby Witt Jr.', 'US200'],
      ['Spencer Torkelson', 'US81'],
    ],
    other: [
      '2022 Topps Chrome Update Julio Rodriguez #USC150',
      '2022 Bowman Chrome Julio Rodriguez #79',
      '2022 Topps Series 1 Julio Rodriguez #?',
    ],
  },
  {
    sport: 'baseball',
    year: '1986',
    set: ['Topps Traded', 'Topps Traded Series'],
    player: ['Barry Bonds', 'BARRY BONDS', 'Bonds'],
    num: '11T',
    rc: true,
    team: 'Pirates',
    raw: 9,
    grades: { 'PSA 10': 35, 'PSA 9': 4, 'PSA 8': 2 },
    parallels: ['Tiffany'],
    mates: [
      ['Jose Canseco', '20T'],
      ['Bo Jackson', '50T'],
    ],
    other: ['1987 Topps Barry Bonds #320', '1987 Fleer Barry Bonds #604', '1987 Donruss Barry Bonds #361'],
  },
  {
    sport: 'baseball',
    year: '2019',
    set: ['Topps Chrome', 'Topps Chrome Baseball'],
    player: ['Fernando Tatis Jr.', 'FERNANDO TATIS JR', 'Fernando Tatis Jr', 'Tatis Jr.'],
    num: '203',
    rc: true,
    team: 'Padres',
    raw: 18,
    grades: { 'PSA 10': 6, 'PSA 9': 1.8, 'BGS 9.5': 3.5 },
    parallels: [
      'Refractor',
      'Pink Refractor',
      'Negative Refractor',
      'Orange Refractor /25',
      'Purple Refractor /299',
    ],
    mates: [
      ['Pete Alonso', '204'],
      ['Vladimir Guerrero Jr.', '200'],
    ],
    other: [
      '2019 Topps Fernando Tatis Jr #410',
      '2019 Topps Update Fernando Tatis Jr #US1',
      '2019 Bowman Chrome Fernando Tatis Jr #45',
    ],
  },
  {
    sport: 'baseball',
    year: '2001',
    set: ['Topps Chrome Traded', 'Topps Chrome Traded & Rookies'],
    player: ['Ichiro Suzuki', 'Ichiro', 'ICHIRO SUZUKI'],
    num: 'T266',
    rc: true,
    team: 'Mariners',
    raw: 30,
    grades: { 'PSA 10': 15, 'PSA 9': 3, 'BGS 9.5': 7 },
    parallels: ['Retrofractor', 'Refractor'],
    mates: [['Albert Pujols', 'T247']],
    other: [
      '2001 Topps Ichiro Suzuki #726',
      '2001 Bowman Chrome Ichiro #351',
      '2001 Upper Deck Ichiro #271 Star Rookie',
    ],
  },
  {
    sport: 'basketball',
    year: '2003-04',
    set: ['Topps', 'TOPPS'],
    player: ['LeBron James', 'LEBRON JAMES', 'Lebron James'],
    num: '221',
    rc: true,
    team: 'Cavaliers',
    raw: 180,
    grades: { 'PSA 10': 18, 'PSA 9': 3, 'PSA 8': 1.6, 'BGS 9.5': 7, 'SGC 10': 8 },
    parallels: ['Chrome Refractor', 'Chrome Black Refractor', "Collector's Chest"],
    mates: [
      ['Carmelo Anthony', '223'],
      ['Dwyane Wade', '225'],
    ],
    other: [
      '2003-04 Topps Chrome LeBron James #111',
      '2003-04 Upper Deck LeBron James #301',
      '2003-04 Fleer Tradition LeBron James #286',
    ],
  },
  {
    sport: 'basketball',
    year: '1986-87',
    set: ['Fleer', 'FLEER'],
    player: ['Michael Jordan', 'MICHAEL JORDAN', 'Jordan'],
    num: '57',
    rc: true,
    team: 'Bulls',
    raw: 3000,
    grades: { 'PSA 8': 3, 'PSA 7': 1.8, 'PSA 6': 1.3, 'BGS 8': 2.5 },
    parallels: [],
    mates: [
      ['Patrick Ewing', '32'],
      ['Karl Malone', '68'],
    ],
    other: [
      '1986-87 Fleer Michael Jordan Sticker #8',
      '1987-88 Fleer Michael Jordan #59',
      '1988-89 Fleer Michael Jordan #17',
    ],
  },
  {
    sport: 'basketball',
    year: '2018-19',
    set: ['Panini Prizm', 'Prizm', 'PANINI PRIZM'],
    player: ['Luka Doncic', 'LUKA DONCIC', 'Luka Dončić'],
    num: '280',
    rc: true,
    team: 'Mavericks',
    raw: 160,
    grades: { 'PSA 10': 4.5, 'PSA 9': 1.7, 'BGS 9.5': 2.6, 'SGC 10': 2.5 },
    parallels: [
      'Silver Prizm',
      'Red White Blue Prizm',
      'Green Prizm',
      'Red Ice Prizm',
      'Blue Wave Prizm /199',
      'Gold Prizm /10',
    ],
    mates: [
      ['Trae Young', '78'],
      ['Deandre Ayton', '279'],
      ['Jaren Jackson Jr.', '278'],
    ],
    other: [
      '2018-19 Donruss Optic Luka Doncic #177 Rated Rookie',
      '2018-19 Panini Donruss Luka Doncic #177 Rated Rookie',
      '2018-19 Panini Mosaic Luka Doncic #? ',
    ],
  },
  {
    sport: 'basketball',
    year: '2019-20',
    set: ['Panini Prizm', 'Prizm'],
    player: ['Zion Williamson', 'ZION WILLIAMSON', 'Zion'],
    num: '248',
    rc: true,
    team: 'Pelicans',
    raw: 35,
    grades: { 'PSA 10': 4, 'PSA 9': 1.6, 'BGS 9.5': 2.4 },
    parallels: ['Silver Prizm', 'Red White Blue', 'Orange Ice', 'Hyper Prizm', 'Gold Prizm /10'],
    mates: [
      ['Ja Morant', '249'],
      ['RJ Barrett', '250'],
    ],
    other: [
      '2019-20 Donruss Optic Zion Williamson #156',
      '2019-20 Panini Mosaic Zion Williamson #209',
      '2019-20 Panini Select Zion Williamson #1 Concourse',
    ],
  },
  {
    sport: 'basketball',
    year: '2009-10',
    set: ['Topps', 'TOPPS'],
    player: ['Stephen Curry', 'STEPHEN CURRY', 'Steph Curry'],
    num: '321',
    rc: true,
    team: 'Golden State Warriors',
    raw: 220,
    grades: { 'PSA 10': 12, 'PSA 9': 2.8, 'PSA 8': 1.5, 'BGS 9.5': 5 },
    parallels: ['Black /50', 'Gold /2009', 'Chrome Refractor'],
    mates: [
      ['James Harden', '318'],
      ['Blake Griffin', '311'],
    ],
    other: [
      '2009-10 Panini Stephen Curry #307',
      '2009-10 Upper Deck Stephen Curry #234',
      '2009-10 Topps Chrome Stephen Curry #101',
    ],
  },
  {
    sport: 'basketball',
    year: '2020-21',
    set: ['Panini Prizm', 'Prizm'],
    player: ['Anthony Edwards', 'ANTHONY EDWARDS', 'Ant Edwards'],
    num: '258',
    rc: true,
    team: 'Timberwolves',
    raw: 45,
    grades: { 'PSA 10': 4.5, 'PSA 9': 1.6 },
    parallels: ['Silver Prizm', 'Red White Blue', 'Green Prizm', 'Fast Break Purple /75'],
    mates: [
      ['LaMelo Ball', '278'],
      ['Tyrese Haliburton', '266'],
    ],
    other: [
      '2020-21 Donruss Optic Anthony Edwards #151',
      '2020-21 Panini Mosaic Anthony Edwards #201',
      '2020-21 Donruss Anthony Edwards #201 Rated Rookie',
    ],
  },
  {
    sport: 'football',
    year: '2017',
    set: ['Panini Prizm', 'Prizm'],
    player: ['Patrick Mahomes II', 'Patrick Mahomes', 'PATRICK MAHOMES II', 'Mahomes'],
    num: '269',
    rc: true,
    team: 'Chiefs',
    raw: 280,
    grades: { 'PSA 10': 4, 'PSA 9': 1.5, 'BGS 9.5': 2.4, 'SGC 10': 2.3 },
    parallels: ['Silver Prizm', 'Red White Blue', 'Orange /199', 'Purple /99'],
    mates: [
      ['Deshaun Watson', '233'],
      ['Christian McCaffrey', '242'],
    ],
    other: [
      '2017 Donruss Optic Patrick Mahomes #177',
      '2017 Donruss Patrick Mahomes #327 Rated Rookie',
      '2017 Panini Select Patrick Mahomes #41',
    ],
  },
  {
    sport: 'football',
    year: '2020',
    set: ['Panini Prizm', 'Prizm'],
    player: ['Justin Herbert', 'JUSTIN HERBERT', 'Herbert'],
    num: '325',
    rc: true,
    team: 'Chargers',
    raw: 35,
    grades: { 'PSA 10': 5, 'PSA 9': 1.7 },
    parallels: ['Silver Prizm', 'Red White Blue', 'Green Scope', 'Blue /199'],
    mates: [
      ['Joe Burrow', '307'],
      ['Tua Tagovailoa', '325'],
    ],
    other: [
      '2020 Donruss Optic Justin Herbert #152',
      '2020 Panini Mosaic Justin Herbert #205',
      '2020 Donruss Justin Herbert #303 Rated Rookie',
    ],
  },
  {
    sport: 'football',
    year: '2018',
    set: ['Panini Prizm', 'Prizm'],
    player: ['Josh Allen', 'JOSH ALLEN'],
    num: '205',
    rc: true,
    team: 'Bills',
    raw: 60,
    grades: { 'PSA 10': 5, 'PSA 9': 1.6, 'BGS 9.5': 3 },
    parallels: ['Silver Prizm', 'Red White Blue', 'Orange /249', 'Blue Wave'],
    mates: [
      ['Baker Mayfield', '201'],
      ['Lamar Jackson', '212'],
      ['Sam Darnold', '210'],
    ],
    other: [
      '2018 Donruss Optic Josh Allen #152',
      '2018 Panini Select Josh Allen #17',
      '2018 Donruss Josh Allen #305 Rated Rookie',
    ],
  },
  {
    sport: 'football',
    year: '2023',
    set: ['Panini Prizm', 'Prizm'],
    player: ['C.J. Stroud', 'CJ Stroud', 'C.J. STROUD'],
    num: '339',
    rc: true,
    team: 'Texans',
    raw: 18,
    grades: { 'PSA 10': 5, 'PSA 9': 1.8 },
    parallels: ['Silver Prizm', 'Red White Blue', 'Orange Lazer', 'Green /5'],
    mates: [
      ['Bryce Young', '341'],
      ['Anthony Richardson', '343'],
    ],
    other: [
      '2023 Donruss Optic C.J. Stroud #250',
      '2023 Donruss C.J. Stroud #339 Rated Rookie',
      '2023 Panini Mosaic C.J. Stroud #340',
    ],
  },
  {
    sport: 'football',
    year: '1981',
    set: ['Topps', 'TOPPS'],
    player: ['Joe Montana', 'JOE MONTANA', 'Montana'],
    num: '216',
    rc: true,
    team: '49ers',
    raw: 110,
    grades: { 'PSA 8': 4, 'PSA 7': 2, 'PSA 9': 25, 'SGC 8': 3 },
    parallels: [],
    mates: [
      ['Art Monk', '194'],
      ['Kellen Winslow', '150'],
    ],
    other: [
      '1982 Topps Joe Montana #488',
      '1982 Topps Joe Montana In Action #489',
      '1983 Topps Joe Montana #169',
    ],
  },
  {
    sport: 'football',
    year: '2000',
    set: ['Bowman', 'BOWMAN'],
    player: ['Tom Brady', 'TOM BRADY', 'Brady'],
    num: '236',
    rc: true,
    team: 'Patriots',
    raw: 450,
    grades: { 'PSA 9': 4, 'PSA 8': 1.8, 'BGS 9': 2.6 },
    parallels: ['Gold', 'Chrome Refractor'],
    mates: [
      ['Chad Pennington', '216'],
      ['Shaun Alexander', '235'],
    ],
    other: [
      '2000 Upper Deck Tom Brady #408',
      '2000 Fleer Tradition Tom Brady #?',
      '2000 Pacific Tom Brady #407',
    ],
  },
  {
    sport: 'hockey',
    year: '2015-16',
    set: ['Upper Deck Young Guns', 'UD Young Guns', 'Upper Deck Series 1 Young Guns'],
    player: ['Connor McDavid', 'CONNOR MCDAVID', 'McDavid'],
    num: '201',
    rc: true,
    team: 'Oilers',
    raw: 420,
    grades: { 'PSA 10': 5, 'PSA 9': 1.6, 'BGS 9.5': 2.8 },
    parallels: ['Exclusives /100', 'High Gloss /10', 'Clear Cut'],
    mates: [
      ['Jack Eichel', '215'],
      ['Artemi Panarin', '211'],
    ],
    other: [
      '2015-16 O-Pee-Chee Connor McDavid #?',
      '2015-16 Upper Deck Canvas Connor McDavid #C91',
      '2015-16 SP Authentic Future Watch Connor McDavid #151',
    ],
  },
  {
    sport: 'hockey',
    year: '2005-06',
    set: ['Upper Deck Young Guns', 'UD Young Guns'],
    player: ['Sidney Crosby', 'SIDNEY CROSBY', 'Crosby'],
    num: '201',
    rc: true,
    team: 'Penguins',
    raw: 350,
    grades: { 'PSA 10': 12, 'PSA 9': 2.2, 'BGS 9.5': 4 },
    parallels: ['Exclusives /100', 'High Gloss /10'],
    mates: [
      ['Alexander Ovechkin', '443'],
      ['Dion Phaneuf', '210'],
    ],
    other: [
      '2005-06 O-Pee-Chee Sidney Crosby #?',
      '2005-06 Upper Deck Victory Sidney Crosby #285',
      '2005-06 Parkhurst Sidney Crosby #657',
    ],
  },
  {
    sport: 'hockey',
    year: '1979-80',
    set: ['Topps', 'TOPPS'],
    player: ['Wayne Gretzky', 'WAYNE GRETZKY', 'Gretzky'],
    num: '18',
    rc: true,
    team: 'Oilers',
    raw: 550,
    grades: { 'PSA 7': 2.8, 'PSA 6': 1.6, 'PSA 8': 7, 'SGC 7': 2.2 },
    parallels: [],
    mates: [['Mark Messier', '?']],
    other: [
      '1979-80 O-Pee-Chee Wayne Gretzky #18',
      '1980-81 Topps Wayne Gretzky #250',
      '1980-81 O-Pee-Chee Wayne Gretzky #250',
    ],
  },
  {
    sport: 'soccer',
    year: '2018',
    set: ['Panini Prizm World Cup', 'Prizm World Cup'],
    player: ['Kylian Mbappe', 'KYLIAN MBAPPE', 'Kylian Mbappé'],
    num: '80',
    rc: true,
    team: 'France',
    raw: 35,
    grades: { 'PSA 10': 7, 'PSA 9': 2 },
    parallels: ['Silver Prizm', 'Blue Prizm /199', 'Red Lazer'],
    mates: [
      ['Luka Modric', '?'],
      ['Christian Pulisic', '?'],
    ],
    other: [
      '2017-18 Panini Select Kylian Mbappe #?',
      '2018 Panini Donruss World Cup Kylian Mbappe #?',
      '2017 Panini Adrenalyn Kylian Mbappe',
    ],
  },
  {
    sport: 'baseball',
    year: '2011',
    set: ['Bowman Chrome Draft', 'Bowman Draft Chrome', 'Bowman Chrome Draft Picks'],
    player: ['Mookie Betts', 'MOOKIE BETTS'],
    num: 'BDPP64',
    rc: false,
    team: 'Red Sox',
    raw: 25,
    grades: { 'PSA 10': 8, 'PSA 9': 2 },
    parallels: ['Refractor', 'Blue Refractor /250', 'Gold Refractor /50'],
    mates: [['Javier Baez', 'BDPP1']],
    other: [
      '2014 Topps Update Mookie Betts #US26',
      '2014 Bowman Chrome Mookie Betts #?',
      '2015 Topps Mookie Betts #',
    ],
  },
];
// clean up placeholder numbers in "other" stems
for (const c of CARDS) c.other = c.other.map((s) => s.replace(/ #\?? ?$/, '').replace(/ #\?/, ''));

const NOW = Date.parse('2025-06-30T00:00:00Z');
const DAY = 86400000;

type Kind =
  | 'genuine'
  | 'outlier'
  | 'lot'
  | 'reprint'
  | 'other_grade'
  | 'parallel'
  | 'auto'
  | 'other_player'
  | 'speculative'
  | 'custom'
  | 'break'
  | 'sealed'
  | 'other_card'
  | 'damaged'
  | 'relic';
interface Item {
  title: string;
  price: number;
  shipping?: number;
  soldAt?: string;
  auction?: boolean;
  bids?: number;
  bestOffer?: boolean;
  url?: string;
}
interface Labeled {
  item: Item;
  kind: Kind;
  paid: number;
  note?: string;
}

const FLUFF = [
  '🔥',
  '🔥🔥',
  'HOT',
  'INVEST',
  'L@@K',
  'Sharp',
  'Clean',
  'Nice',
  'Centered',
  'Look!',
  'Iconic',
  'HOF',
  'Must See',
  'Free Shipping',
  '💎',
  'Rare',
  'Key Card',
  'Beautiful',
];
const RAW_COND = ['NM-MT', 'NM', 'Near Mint', 'Mint', 'Raw', 'Ungraded', 'EX-MT', 'NM/MT', ''];
function gradeText(g: string): string {
  const [grader, num] = g.split(' ');
  const n = Number(num);
  if (grader === 'PSA') {
    const lbl: Record<number, string[]> = {
      10: ['GEM MINT', 'Gem Mint', 'GEM MT', ''],
      9: ['MINT', 'Mint', ''],
      8: ['NM-MT', 'NM-MT', ''],
      7: ['NM', 'Near Mint', ''],
      6: ['EX-MT', ''],
    };
    const form = pick([`PSA ${n}`, `PSA ${n}`, `PSA${n}`, `Psa ${n}`]);
    return `${form} ${pick(lbl[n] ?? [''])}`.trim();
  }
  if (grader === 'BGS') {
    if (n === 9.5)
      return pick([
        'BGS 9.5',
        'BGS 9.5 GEM MINT',
        'Beckett 9.5 Gem Mint',
        'BGS 9.5 Gem Mint',
        'BGS 9.5 (9.5/9.5/9/10)',
      ]);
    return pick([`BGS ${n}`, `Beckett ${n} MINT`, `BGS ${n} Mint`]);
  }
  if (grader === 'SGC') return pick([`SGC ${n}`, `SGC ${n}`, n === 10 ? 'SGC 10 GEM MINT' : `SGC ${n} NM`]);
  if (grader === 'CGC') return pick([`CGC ${n}`, `CGC ${n} Gem Mint`]);
  return g;
}
function yearText(c: Card) {
  if (c.year.includes('-')) {
    const [a, b] = c.year.split('-');
    return pick([c.year, c.year, a!, `${a}-${b}`, `${a}/${b}`]);
  }
  return c.year;
}
function cardTitle(
  c: Card,
  opts: {
    grade?: string;
    extra?: string[];
    lead?: string[];
    player?: string;
    num?: string | null;
    set?: string;
  },
): string {
  const year = yearText(c);
  const set = opts.set ?? pick(c.set);
  const player = opts.player ?? pick(c.player);
  const num =
    opts.num === null
      ? ''
      : chance(0.72)
        ? pick([
            `#${opts.num ?? c.num}`,
            `#${opts.num ?? c.num}`,
            `No. ${opts.num ?? c.num}`,
            `${opts.num ?? c.num}`,
          ])
        : '';
  const rc = c.rc && chance(0.7) ? pick(['RC', 'Rookie', 'Rookie Card', 'ROOKIE RC', 'RC Rookie']) : '';
  const team = chance(0.3) ? c.team : '';
  const grade = opts.grade ? gradeText(opts.grade) : chance(0.5) ? pick(RAW_COND) : '';
  const fluff = chance(0.35) ? pick(FLUFF) : '';
  const extra = (opts.extra ?? []).join(' ');
  const lead = (opts.lead ?? []).join(' ');
  const t = Math.floor(rnd() * 5);
  let parts: string[];
  if (t === 0) parts = [lead, year, set, player, extra, rc, num, team, grade, fluff];
  else if (t === 1) parts = [lead, player, year, set, extra, rc, num, grade, fluff, team];
  else if (t === 2 && opts.grade) parts = [lead, grade, year, set, player, extra, num, rc, team, fluff];
  else if (t === 3) parts = [lead, fluff, year, set, extra, player, num, rc, grade];
  else parts = [lead, year, set, player, rc, num, extra, grade, team, fluff];
  // eBay's 80-character limit: sellers drop fluff, team, RC words first (never the grade or the noise words)
  const join = (xs: string[]) => xs.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  for (const drop of [fluff, team, rc]) {
    if (join(parts).length <= 80) break;
    parts = parts.map((x) => (x === drop ? '' : x));
  }
  if (join(parts).length > 80) {
    const short = [...c.set].sort((a, b) => a.length - b.length)[0]!;
    parts = parts.map((x) => (x === set ? short : x));
  }
  let s = join(parts);
  if (chance(0.12)) s = s.toUpperCase();
  return s;
}

// ---------- market ----------
interface Market {
  id: number;
  card: Card;
  target: string;
  trueValue: number;
  drift: number;
  nGenuine: number;
  noiseFrac: number;
  tiny: boolean;
  query: string;
  filters?: CompsFilters;
  sold: Labeled[];
  active: Labeled[];
  sigma: number;
}
function money(x: number, auction: boolean) {
  if (auction) return Math.max(0.99, Math.round(x * 100) / 100);
  if (x < 20) return Math.max(0.99, Math.round(x) - 0.01 + (chance(0.3) ? 0.01 : 0));
  if (x < 200) return chance(0.6) ? Math.round(x) - 0.01 : Math.round(x);
  return chance(0.5) ? Math.round(x / 5) * 5 : Math.round(x) - 0.01;
}
function presentSale(
  paidAllIn: number,
  graded: boolean,
  daysAgo: number | null,
  allowBO = true,
): { item: Omit<Item, 'title'>; paid: number } {
  const auction = chance(0.45);
  let shipping: number | undefined;
  if (chance(0.6))
    shipping = graded ? pick([0, 0, 4.99, 5.99, 6.5, 8.25]) : pick([0, 0, 1.05, 1.25, 4.99, 4.5, 5.25]);
  if (shipping !== undefined && paidAllIn - shipping < paidAllIn * 0.5) shipping = 0;
  let price = money(paidAllIn - (shipping ?? 0), auction);
  const paid = price + (shipping ?? 0);
  let bestOffer = false;
  if (!auction && allowBO && chance(0.18)) {
    bestOffer = true;
    const d = U(0.05, 0.3); // accepted offer this much below the list price (our own assumption, mean 17.5%)
    price = money(price / (1 - d), false);
  }
  const item: Omit<Item, 'title'> = { price };
  if (shipping !== undefined) item.shipping = shipping;
  if (daysAgo !== null) {
    const d = new Date(NOW - daysAgo * DAY - I(0, 20) * 3600000);
    item.soldAt = chance(0.5) ? d.toISOString() : d.toISOString().slice(0, 10);
  }
  if (auction) {
    item.auction = true;
    item.bids = Math.max(1, Math.round(Math.exp(U(0, 3.6))));
  }
  if (bestOffer) item.bestOffer = true;
  return { item, paid };
}

function genMarket(id: number, tiny: boolean): Market {
  const card = pick(CARDS);
  const gradeKeys = Object.keys(card.grades);
  const target = chance(0.35) ? 'raw' : pick(gradeKeys);
  const gv = (g: string) =>
    card.raw * (g === 'raw' ? 1 : (card.grades[g] ?? (g.startsWith('PSA 10') ? 10 : 1.5)));
  const mf = Math.exp(U(-0.25, 0.25)); // this market's level vs catalogue
  const trueValue = gv(target) * mf; // all-in value at NOW
  const drifting = chance(0.45);
  const drift = drifting ? pick([-1, 1]) * U(0.05, 0.15) : 0; // total change over the last 90 days
  const valueAt = (daysAgo: number) => trueValue * Math.exp(-Math.log(1 + drift) * (daysAgo / 90));
  const graded = target !== 'raw';
  const sigma = graded ? U(0.07, 0.2) : U(0.14, 0.32);
  const nGenuine = tiny
    ? I(3, 6)
    : Math.min(120, Math.max(5, Math.round(Math.exp(Math.log(24) + 0.65 * normal()))));
  const noiseFrac = U(0.2, 0.55);
  // query
  const qPlayer = card.player[0];
  const qNum = chance(0.8) ? ` #${card.num}` : '';
  const qGrade = graded ? ` ${target}` : '';
  const qSet = card.set[0];
  const qYear = card.year;
  const query = pick([
    `${qYear} ${qSet} ${qPlayer}${qNum}${qGrade}`,
    `${qPlayer} ${qYear} ${qSet}${qNum}${qGrade}`,
    `${qYear} ${qSet} ${qPlayer}${card.rc ? ' RC' : ''}${qNum}${qGrade}`,
  ]);
  const filters = !graded && chance(0.4) ? { rawOnly: true } : undefined;

  const sold: Labeled[] = [];
  const days = () => (chance(0.15) ? U(0, 14) : U(0, 90));
  for (let i = 0; i < nGenuine; i++) {
    const d = days();
    const allIn = valueAt(d) * Math.exp(sigma * normal());
    const { item, paid } = presentSale(allIn, graded, d);
    sold.push({
      item: { title: cardTitle(card, { grade: graded ? target : undefined }), ...item },
      kind: 'genuine',
      paid,
    });
  }
  const nNoise = Math.round((nGenuine * noiseFrac) / (1 - noiseFrac));
  const noise = (daysAgo: number | null): Labeled => {
    const kinds: Record<Kind, number> = {
      genuine: 0,
      outlier: 0.06,
      lot: 0.11,
      reprint: 0.07,
      other_grade: 0.2,
      parallel: card.parallels.length ? 0.14 : 0,
      auto: 0.06,
      other_player: 0.09,
      speculative: 0.08,
      custom: 0.03,
      break: 0.04,
      sealed: 0.02,
      other_card: 0.08,
      damaged: graded ? 0 : 0.05,
      relic: 0.02,
    };
    const kind = wpick(kinds);
    const v = daysAgo === null ? trueValue : valueAt(daysAgo);
    const ln = () => Math.exp(0.2 * normal());
    let title = '';
    let val = v;
    let note = '';
    switch (kind) {
      case 'outlier': {
        const hi = chance(0.5);
        val = v * (hi ? U(2.5, 4) : U(0.25, 0.4));
        note = hi ? 'high' : 'low';
        title = cardTitle(card, { grade: graded ? target : undefined });
        break;
      }
      case 'lot': {
        const k = I(2, 10);
        const f = pick([`Lot of ${k}`, `LOT (${k})`, `(${k})`, `x${k}`, `${k} card lot`, `Lot of ${k} -`]);
        const lotGraded = graded && chance(0.3);
        val = (lotGraded ? gv(target) : gv('raw')) * mf * k * U(0.6, 0.95);
        if (chance(0.5)) title = cardTitle(card, { lead: [f], grade: lotGraded ? target : undefined });
        else
          title = cardTitle(card, {
            extra: [pick([`lot of ${k}`, `(${k}) card lot`, `${k}x lot`, 'Bundle', `x${k} Investor Lot`])],
            grade: lotGraded ? target : undefined,
          });
        note = `k=${k}`;
        break;
      }
      case 'reprint': {
        val = U(1.5, 9);
        title = cardTitle(card, {
          extra: [pick(['Reprint', 'RP', 'REPRINT', 'Reprint Card', 'RP Rookie', 'Facsimile'])],
        });
        break;
      }
      case 'other_grade': {
        const opts = ['raw', ...gradeKeys, 'CGC 9', 'SGC 9', 'BGS 9', 'PSA 8', 'PSA 9', 'PSA 10'].filter(
          (g) => g !== target,
        );
        const g = pick(opts);
        val = gv(g) * mf * ln();
        title = cardTitle(card, { grade: g === 'raw' ? undefined : g });
        note = g;
        break;
      }
      case 'parallel': {
        const p = pick(card.parallels);
        val = v * U(1.8, 12);
        title = cardTitle(card, { extra: [p], grade: graded && chance(0.7) ? target : undefined });
        note = p;
        break;
      }
      case 'auto': {
        val = v * U(2, 8);
        title = cardTitle(card, {
          extra: [
            pick([
              'Auto',
              'Autograph',
              'Signed Auto JSA',
              'Signed w/ Beckett BAS COA',
              'On-Card Auto',
              'Signed',
            ]),
          ],
          grade: graded && chance(0.5) ? target : undefined,
        });
        break;
      }
      case 'other_player': {
        const [nm, no] = pick(card.mates);
        const q = chance(0.4)
          ? pick([
              ` (${card.player[card.player.length - 1]}?)`,
              ` not ${card.player[card.player.length - 1]}`,
              ` ${card.player[0]!.split(' ').slice(-1)[0]} class`,
            ])
          : '';
        val = v * U(0.1, 1.2);
        title =
          cardTitle(card, { player: nm, num: no === '?' ? null : no, grade: graded ? target : undefined }) +
          q;
        note = nm;
        break;
      }
      case 'speculative': {
        val = gv('raw') * mf * U(1.0, 1.6);
        const s = pick([
          'PSA 10?',
          'PSA 10 ?',
          'PSA 9 or 10?',
          'Gem Mint?',
          'PSA 10 Candidate',
          'Potential PSA 10',
          'Should Grade 10',
          'PSA Ready',
          'Gem? 10?',
          'BGS 9.5?',
        ]);
        title = cardTitle(card, { extra: [s] });
        note = s;
        break;
      }
      case 'custom': {
        val = U(3, 15);
        title = cardTitle(card, {
          extra: [pick(['Custom ACEO', 'Custom Art Card', 'Fan Made', 'Proxy', 'ACEO 1/1 Art'])],
        });
        break;
      }
      case 'break': {
        val = U(15, 150);
        title = pick([
          `${card.year} ${card.set[0]} ${card.sport === 'soccer' ? '' : card.sport} Hobby Box Break #${I(100, 999)} - ${card.team} Random Team`,
          `${card.player[0]} ${card.team} PYT Case Break Spot ${card.year} ${card.set[0]}`,
          `${card.year} ${card.set[0]} Live Break Random Team ${card.team} (${card.player[0]!.split(' ').slice(-1)[0]}!)`,
        ]).replace(/\s+/g, ' ');
        break;
      }
      case 'sealed': {
        val = U(80, 2500);
        title =
          `${card.year} ${card.set[0]} ${card.sport} ${pick(['Hobby Box Factory Sealed', 'Sealed Pack', 'Blaster Box Sealed', 'Wax Pack Unopened'])} ${card.player[0]} RC Year`.replace(
            /\s+/g,
            ' ',
          );
        break;
      }
      case 'other_card': {
        const stem = pick(card.other);
        val = v * U(0.2, 1.5);
        title =
          `${stem}${card.rc && chance(0.5) ? ' RC' : ''} ${graded ? gradeText(target) : pick(RAW_COND)}`.trim();
        note = stem;
        break;
      }
      case 'damaged': {
        val = v * U(0.2, 0.5);
        title = cardTitle(card, {
          extra: [
            pick(['Creased', 'CREASE', 'Poor Condition', 'Damaged', 'Water Damage', 'Miscut', 'Trimmed?']),
          ],
        });
        break;
      }
      case 'relic': {
        val = v * U(1.5, 6);
        title = cardTitle(card, {
          extra: [pick(['Jersey Relic', 'Patch', 'Game Used Bat', 'Rookie Patch'])],
        });
        break;
      }
      default:
        break;
    }
    const g = /PSA|BGS|SGC|CGC|Beckett/i.test(title) && !/\?|candidate|ready|potential|should/i.test(title);
    const { item, paid } = presentSale(val, g, daysAgo, daysAgo !== null);
    return { item: { title, ...item }, kind, paid, note };
  };
  for (let i = 0; i < nNoise; i++) sold.push(noise(days()));
  // shuffle as a search result (eBay sorts by recency, but order should not matter)
  sold.sort((a, b) => (b.item.soldAt ?? '').localeCompare(a.item.soldAt ?? ''));
  // active
  const active: Labeled[] = [];
  if (chance(0.6)) {
    const ng = I(1, Math.max(2, Math.round(nGenuine / 5)));
    for (let i = 0; i < ng; i++) {
      const ask = trueValue * Math.exp(0.1 + 0.15 * normal());
      const shipping = chance(0.6) ? pick([0, 1.25, 4.99, 5.99]) : undefined;
      const item: Item = {
        title: cardTitle(card, { grade: graded ? target : undefined }),
        price: money(ask - (shipping ?? 0), false),
      };
      if (shipping !== undefined) item.shipping = shipping;
      active.push({ item, kind: 'genuine', paid: ask });
    }
    const nn = I(0, ng * 2);
    for (let i = 0; i < nn; i++) {
      const l = noise(null);
      delete l.item.soldAt;
      delete l.item.auction;
      delete l.item.bids;
      delete l.item.bestOffer;
      active.push(l);
    }
  }
  return {
    id,
    card,
    target,
    trueValue,
    drift,
    nGenuine,
    noiseFrac,
    tiny,
    query,
    filters,
    sold,
    active,
    sigma,
  };
}

// ---------- evaluation ----------
const args = process.argv.slice(2);
const arg = (k: string, d: number) => {
  const i = args.indexOf(k);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const N = arg('--markets', 600),
  NT = arg('--tiny', 200),
  SEED = arg('--seed', 20250630),
  WORST = arg('--worst', 15);
rnd = mulberry32(SEED);
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const q = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

interface Row {
  m: Market;
  res: CompsResult;
  err: number;
  errOracle: number;
  oracleMV: number | null;
  floor: number;
  floorPaid: number;
  holds: boolean;
  insuf: boolean;
  tp: number;
  fp: number;
  fn: number;
  fnOutlier: number;
}
const rows: Row[] = [];
let tEngine = 0;
for (let i = 0; i < N + NT; i++) {
  const m = genMarket(i, i >= N);
  const doc: CompsInput = {
    query: m.query,
    sold: m.sold.map((l) => l.item),
    active: m.active.map((l) => l.item),
    now: new Date(NOW).toISOString(),
  };
  if (m.filters) doc.filters = m.filters;
  const t0 = performance.now();
  const res = computeComps(doc);
  tEngine += performance.now() - t0;
  const gen = m.sold.filter((l) => l.kind === 'genuine');
  // oracle: the same engine fed only the genuine listings (separates matching errors from pricing errors)
  const od: CompsInput = {
    ...doc,
    sold: gen.map((l) => l.item),
    active: m.active.filter((l) => l.kind === 'genuine').map((l) => l.item),
  };
  const ores = computeComps(od);
  const oracleMV = ores.insufficientData ? null : ores.marketValue;
  const errOracle = oracleMV == null ? NaN : Math.abs(oracleMV / m.trueValue - 1);
  const floor = Math.abs(median(gen.map((l) => l.item.price + (l.item.shipping ?? 0))) / m.trueValue - 1);
  const floorPaid = Math.abs(median(gen.map((l) => l.paid)) / m.trueValue - 1);
  const insuf = !!res.insufficientData || res.marketValue == null;
  const err = insuf ? NaN : Math.abs(res.marketValue! / m.trueValue - 1);
  const holds = !insuf && res.discount! <= m.trueValue && m.trueValue <= res.premium!;
  let tp = 0,
    fp = 0,
    fn = 0,
    fnOutlier = 0;
  for (const L of res.listings.filter((x) => x.kind === 'sold')) {
    const lab = m.sold[L.index]!;
    const isG = lab.kind === 'genuine';
    const ex = L.status === 'exact';
    if (ex && isG) tp++;
    else if (ex && !isG) fp++;
    else if (!ex && isG) {
      fn++;
      if (L.reasons.length === 1 && L.reasons[0] === 'price_outlier') fnOutlier++;
    }
  }
  rows.push({ m, res, err, errOracle, oracleMV, floor, floorPaid, holds, insuf, tp, fp, fn, fnOutlier });
}

function summarize(name: string, rs: Row[]) {
  const ok = rs.filter((r) => !r.insuf);
  const errs = ok.map((r) => r.err);
  const tp = rs.reduce((s, r) => s + r.tp, 0),
    fp = rs.reduce((s, r) => s + r.fp, 0),
    fn = rs.reduce((s, r) => s + r.fn, 0),
    fno = rs.reduce((s, r) => s + r.fnOutlier, 0);
  const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(2) : '—').padStart(7);
  console.log(
    name.padEnd(20) +
      String(rs.length).padStart(5) +
      pct(median(errs)) +
      pct(q(errs, 0.9)) +
      pct(median(rs.map((r) => r.errOracle).filter(Number.isFinite))) +
      pct(median(rs.map((r) => r.floor))) +
      pct(median(rs.map((r) => r.floorPaid))) +
      pct(ok.filter((r) => r.holds).length / Math.max(1, ok.length)) +
      pct(rs.filter((r) => r.insuf).length / rs.length) +
      pct(tp / (tp + fp)) +
      pct(tp / (tp + fn)) +
      pct((tp + fno) / (tp + fn)) +
      pct(ok.filter((r) => r.err <= r.floor).length / Math.max(1, ok.length)) +
      pct(ok.filter((r) => r.res.trend?.applied).length / Math.max(1, ok.length)),
  );
}
const main = rows.filter((r) => !r.m.tiny),
  tiny = rows.filter((r) => r.m.tiny);
console.log(
  `markets: ${N} main + ${NT} tiny (3–6 genuine); seed ${SEED}; engine time ${(tEngine / 1000).toFixed(2)} s`,
);
console.log(
  'slice'.padEnd(20) +
    '    n' +
    ' medErr' +
    ' p90Err' +
    ' orcErr' +
    ' floor%' +
    ' flrPd%' +
    ' range%' +
    ' insuf%' +
    '  prec%' +
    ' recall' +
    ' rec+ol',
);
summarize('all (main)', main);
summarize(
  'stationary',
  main.filter((r) => r.m.drift === 0),
);
summarize(
  'drifting',
  main.filter((r) => r.m.drift !== 0),
);
summarize(
  'drift ≥ +10%',
  main.filter((r) => r.m.drift >= 0.1),
);
summarize(
  'drift ≤ −10%',
  main.filter((r) => r.m.drift <= -0.1),
);
summarize(
  'n<8 genuine',
  main.filter((r) => r.m.nGenuine < 8),
);
summarize(
  'n≥8 genuine',
  main.filter((r) => r.m.nGenuine >= 8),
);
summarize(
  'noise ≥ 40%',
  main.filter((r) => r.m.noiseFrac >= 0.4),
);
summarize(
  'raw',
  main.filter((r) => r.m.target === 'raw'),
);
summarize(
  'graded',
  main.filter((r) => r.m.target !== 'raw'),
);
summarize('tiny (3–6)', tiny);
summarize(
  'tiny raw',
  tiny.filter((r) => r.m.target === 'raw'),
);
summarize(
  'tiny graded',
  tiny.filter((r) => r.m.target !== 'raw'),
);
console.log(
  '(floor% = |median genuine displayed all-in / true − 1|; flrPd% = same with actually-paid prices; rec+ol = recall counting price_outlier-only exclusions as matched; orcErr = median error of the engine fed only the genuine listings; ≤floor = markets where the engine beats the genuine median; trend% = trend.applied)',
);

// trend diagnostics
{
  const dr = main.filter((r) => r.m.drift !== 0 && !r.insuf);
  const truePer30 = (r: Row) => 100 * (Math.exp((Math.log(1 + r.m.drift) * 30) / 90) - 1);
  const fitErr = dr
    .filter((r) => r.res.trend?.pctPer30Days != null)
    .map((r) => Math.abs(r.res.trend.pctPer30Days! - truePer30(r)));
  const st = main.filter((r) => r.m.drift === 0 && !r.insuf);
  const stApplied = st.filter((r) => r.res.trend?.applied);
  console.log(
    `\ntrend: stationary markets with trend applied ${stApplied.length}/${st.length}, their median err ${(100 * median(stApplied.map((r) => r.err))).toFixed(2)}% vs ${(100 * median(st.filter((r) => !r.res.trend?.applied).map((r) => r.err))).toFixed(2)}% without;` +
      ` drifting: applied ${dr.filter((r) => r.res.trend?.applied).length}/${dr.length}, median |fitted − true| ${median(fitErr).toFixed(2)} pct-points per 30 d`,
  );
  const sgn = (xs: Row[]) => median(xs.map((r) => r.res.marketValue! / r.m.trueValue - 1));
  console.log(
    `signed median error: stationary ${(100 * sgn(st)).toFixed(2)}%, rising ${(100 * sgn(dr.filter((r) => r.m.drift > 0))).toFixed(2)}%, falling ${(100 * sgn(dr.filter((r) => r.m.drift < 0))).toFixed(2)}%`,
  );
}

// per-card matching quality
console.log('\nper card: prec / recall (main+tiny)');
const byCard = new Map<string, Row[]>();
for (const r of rows) {
  const k = `${r.m.card.year} ${r.m.card.set[0]} ${r.m.card.player[0]}`;
  byCard.set(k, [...(byCard.get(k) ?? []), r]);
}
for (const [k, rs] of [...byCard].sort()) {
  const tp = rs.reduce((s, r) => s + r.tp, 0),
    fp = rs.reduce((s, r) => s + r.fp, 0),
    fn = rs.reduce((s, r) => s + r.fn, 0);
  const errs = rs.filter((r) => !r.insuf).map((r) => r.err);
  console.log(
    `  ${k.padEnd(52)} n=${String(rs.length).padStart(3)} prec ${((100 * tp) / (tp + fp)).toFixed(1).padStart(5)} rec ${((100 * tp) / (tp + fn)).toFixed(1).padStart(5)} medErr ${(100 * median(errs)).toFixed(2)}`,
  );
}

// reasons on genuine listings, and kinds let in
const genReasons = new Map<string, number>(),
  fpKinds = new Map<string, number>();
const fnEx = new Map<string, string[]>(),
  fpEx = new Map<string, string[]>();
for (const r of rows) {
  for (const L of r.res.listings.filter((x) => x.kind === 'sold')) {
    const lab = r.m.sold[L.index]!;
    if (lab.kind === 'genuine' && L.status !== 'exact') {
      const k = L.reasons.join('+');
      genReasons.set(k, (genReasons.get(k) ?? 0) + 1);
      if (k !== 'price_outlier') {
        const a = fnEx.get(k) ?? [];
        if (a.length < 6) a.push(`[q: ${r.m.query}${r.m.filters ? ' rawOnly' : ''}] ${L.title}`);
        fnEx.set(k, a);
      }
    }
    if (lab.kind !== 'genuine' && L.status === 'exact') {
      const k = lab.kind;
      fpKinds.set(k, (fpKinds.get(k) ?? 0) + 1);
      const a = fpEx.get(k) ?? [];
      if (a.length < 8) a.push(`[q: ${r.m.query}] ${L.title}  $${L.allInPrice} (${lab.note ?? ''})`);
      fpEx.set(k, a);
    }
  }
}
console.log(
  '\ngenuine sold listings not exact, by reasons:',
  Object.fromEntries([...genReasons].sort((a, b) => b[1] - a[1])),
);
for (const [k, a] of fnEx) {
  console.log(`  -- ${k}`);
  for (const t of a) console.log(`     ${t}`);
}
{
  const tot = new Map<string, number>();
  for (const r of rows)
    for (const l of r.m.sold) if (l.kind !== 'genuine') tot.set(l.kind, (tot.get(l.kind) ?? 0) + 1);
  console.log(
    '\nnoise let-in rate by kind:',
    [...tot]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${fpKinds.get(k) ?? 0}/${n}`)
      .join(', '),
  );
  const mt = new Map<string, number>();
  for (const r of rows)
    for (const L of r.res.listings)
      if (L.kind === 'sold' && r.m.sold[L.index]!.kind === 'genuine' && L.reasons.includes('missing_terms'))
        mt.set(r.m.card.player[0]!, (mt.get(r.m.card.player[0]!) ?? 0) + 1);
  console.log('genuine missing_terms by player:', Object.fromEntries(mt));
}
console.log(
  '\nnoise sold listings marked exact, by kind:',
  Object.fromEntries([...fpKinds].sort((a, b) => b[1] - a[1])),
);
for (const [k, a] of fpEx) {
  console.log(`  -- ${k}`);
  for (const t of a) console.log(`     ${t}`);
}

// worst markets
const worstMain = main
  .filter((r) => !r.insuf)
  .sort((a, b) => b.err - a.err)
  .slice(0, WORST);
const worstTiny = tiny
  .filter((r) => !r.insuf)
  .sort((a, b) => b.err - b.floor - (a.err - a.floor))
  .slice(0, 5);
const show = (r: Row) => {
  const m = r.m,
    res = r.res;
  console.log(
    `\n#${m.id}${m.tiny ? ' [tiny]' : ''} q="${m.query}"${m.filters ? ' rawOnly' : ''}  true=${m.trueValue.toFixed(2)} MV=${res.marketValue} (err ${(100 * r.err).toFixed(1)}%, floor ${(100 * r.floor).toFixed(1)}%) range ${res.discount}–${res.premium} ${r.holds ? 'holds' : 'MISSES'}; oracle MV ${r.oracleMV} (err ${(100 * r.errOracle).toFixed(1)}%)`,
  );
  console.log(
    `   drift ${(100 * m.drift).toFixed(1)}% / 90d, sigma ${m.sigma.toFixed(2)}, genuine ${m.nGenuine}, noise ${(100 * m.noiseFrac).toFixed(0)}%, engine n=${res.n}, tp ${r.tp} fp ${r.fp} fn ${r.fn} (outlier-only ${r.fnOutlier}); trend applied=${res.trend?.applied} pct/30d=${res.trend?.pctPer30Days}; askBlend=${res.askBlend?.applied}; BO=${res.bestOfferCount}; MVnoBO=${res.marketValueWithoutBestOffer}`,
  );
  const gen = m.sold.filter((l) => l.kind === 'genuine');
  console.log(
    `   genuine displayed all-in median ${median(gen.map((l) => l.item.price + (l.item.shipping ?? 0))).toFixed(2)}, paid median ${median(gen.map((l) => l.paid)).toFixed(2)}`,
  );
  for (const L of res.listings.filter((x) => x.kind === 'sold')) {
    const lab = m.sold[L.index]!;
    const isG = lab.kind === 'genuine';
    if (isG && L.status !== 'exact')
      console.log(
        `   MISSED  $${L.allInPrice} ${L.soldAt?.slice(0, 10)} [${L.reasons.join(',')}] ${L.title}`,
      );
    if (!isG && L.status === 'exact')
      console.log(
        `   LET IN  $${L.allInPrice} ${L.soldAt?.slice(0, 10)} <${lab.kind} ${lab.note ?? ''}> ${L.title}`,
      );
  }
  if (m.tiny || r.tp <= 8)
    for (const l of gen)
      console.log(
        `   genuine $${(l.item.price + (l.item.shipping ?? 0)).toFixed(2)} paid ${l.paid.toFixed(2)} ${l.item.soldAt?.slice(0, 10)}${l.item.bestOffer ? ' BO' : ''}${l.item.auction ? ' auc' : ''}`,
      );
  const asks = res.listings.filter((x) => x.kind === 'active' && x.status === 'exact');
  if (asks.length) console.log(`   exact asks: ${asks.map((x) => x.allInPrice).join(', ')}`);
};
console.log(`\n===== worst ${WORST} main markets by error =====`);
worstMain.forEach(show);
console.log('\n===== worst 5 tiny markets by error − floor =====');
worstTiny.forEach(show);
