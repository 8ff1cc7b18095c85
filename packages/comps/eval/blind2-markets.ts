/**
 * Blind synthetic-market evaluation of the comps engine's FMV (written without reading the engine's
 * source, its evals or the provider simulator).
 *
 * Every market: a real card, a target grade, a collector-typed query, a known true value (the all-in
 * clearing price at `now`), genuine sold listings (dispersion, optional drift, auctions, best-offer
 * sales shown at the ask, shipping) and 20–55 % noise listings (lots, reprints, customs, other grades,
 * parallels, autographs, other cards, other players, speculative grades, damaged copies, shill
 * outliers, break spots, sealed product), plus active asks.
 *
 *   npx tsx packages/comps/eval/blind2-markets.ts --seed 1 --markets 600 --worst 15 [--dump 5]
 */
import type { CompItem, CompsInput, CompsResult } from '@kuya/shared/comps';
import { computeComps } from '../src/index.ts';

// ---------------------------------------------------------------- PRNG (sfc32 seeded by splitmix32)
function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number, stream: number) {
    const sm = splitmix32((seed * 1_000_003) ^ (stream * 7919) ^ 0x5bd1e995);
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 15; i++) this.next();
  }
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  uni(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.next() * xs.length)];
    if (x === undefined) throw new Error('pick from empty list');
    return x;
  }
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    const last = xs[xs.length - 1];
    if (!last) throw new Error('weighted from empty list');
    return last[0];
  }
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  ln(sigma: number): number {
    return Math.exp(sigma * this.normal());
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = xs[i] as T;
      xs[i] = xs[j] as T;
      xs[j] = t;
    }
    return xs;
  }
}

// ---------------------------------------------------------------- cards
interface OtherCard {
  year: string;
  set: string;
  number: string;
  rel: readonly [number, number]; // price relative to the target card at the same grade
  sameSet?: boolean;
  extra?: string;
}
interface Mate {
  player: string;
  number: string;
  rel: readonly [number, number];
}
interface Parallel {
  name: string;
  mult: readonly [number, number];
}
interface Card {
  sport: 'baseball' | 'basketball' | 'football' | 'hockey' | 'soccer';
  year: string;
  sets: readonly string[]; // title spellings, first is canonical
  querySets: readonly string[]; // what a collector types
  player: string;
  playerAlts: readonly string[];
  last: string;
  number: string;
  team: string;
  rookie: boolean;
  rookieWords?: readonly string[];
  raw: number; // typical raw value in $
  vintage: boolean;
  parallels: readonly Parallel[];
  autos: readonly string[];
  others: readonly OtherCard[];
  mates: readonly Mate[];
  sealed: readonly string[];
}

const CHROME_PARALLELS: Parallel[] = [
  { name: 'Refractor', mult: [1.6, 3] },
  { name: 'Prism Refractor', mult: [1.8, 3.5] },
  { name: 'X-Fractor', mult: [2, 4] },
  { name: 'Gold Refractor /50', mult: [6, 15] },
  { name: 'Orange Refractor /25', mult: [8, 20] },
  { name: 'Blue Refractor /150', mult: [3, 6] },
  { name: 'Sepia Refractor', mult: [1.6, 3] },
  { name: 'Pink Refractor', mult: [1.6, 3] },
];
const PRIZM_PARALLELS: Parallel[] = [
  { name: 'Silver Prizm', mult: [2, 4] },
  { name: 'Silver', mult: [2, 4] },
  { name: 'Red White Blue Prizm', mult: [1.5, 2.5] },
  { name: 'Hyper Prizm', mult: [1.5, 3] },
  { name: 'Green Prizm', mult: [1.8, 3.5] },
  { name: 'Red Prizm /299', mult: [2.5, 5] },
  { name: 'Blue Wave', mult: [2, 4] },
  { name: 'Orange Prizm /49', mult: [6, 14] },
  { name: 'Gold Prizm /10', mult: [20, 40] },
  { name: 'Mojo', mult: [3, 8] },
  { name: 'Purple Prizm /49', mult: [6, 12] },
];
const TOPPS_PARALLELS: Parallel[] = [
  { name: 'Gold /2018', mult: [3, 6] },
  { name: 'Rainbow Foil', mult: [1.5, 3] },
  { name: 'Vintage Stock /99', mult: [6, 12] },
  { name: 'Black /67', mult: [8, 15] },
  { name: 'Independence Day /76', mult: [5, 10] },
  { name: 'SP Image Variation', mult: [4, 12] },
  { name: 'Gold Foil', mult: [1.5, 2.5] },
];
const YG_PARALLELS: Parallel[] = [
  { name: 'UD Exclusives /100', mult: [4, 9] },
  { name: 'High Gloss /10', mult: [15, 30] },
  { name: 'Clear Cut', mult: [2, 4] },
];

const CARDS: Card[] = [
  {
    sport: 'baseball',
    year: '2018',
    sets: ['Topps Update', 'Topps Update Series', 'TOPPS UPDATE'],
    querySets: ['Topps Update', 'Update'],
    player: 'Shohei Ohtani',
    playerAlts: ['Shohei Ohtani', 'SHOHEI OHTANI'],
    last: 'Ohtani',
    number: 'US1',
    team: 'Angels',
    rookie: true,
    raw: 40,
    vintage: false,
    parallels: TOPPS_PARALLELS.map((p) => ({ ...p, name: p.name.replace('2018', '2018') })),
    autos: ['Auto', 'Autograph'],
    others: [
      {
        year: '2018',
        set: 'Topps Update',
        number: 'US285',
        rel: [0.3, 0.7],
        sameSet: true,
        extra: 'Rookie Debut',
      },
      { year: '2018', set: 'Topps Chrome', number: '150', rel: [1.2, 2] },
      { year: '2018', set: 'Bowman', number: '49', rel: [0.4, 0.9] },
      { year: '2019', set: 'Topps', number: '250', rel: [0.1, 0.3] },
    ],
    mates: [
      { player: 'Ronald Acuna Jr.', number: 'US250', rel: [0.6, 1.4] },
      { player: 'Juan Soto', number: 'US300', rel: [0.4, 0.9] },
      { player: 'Gleyber Torres', number: 'US99', rel: [0.1, 0.3] },
    ],
    sealed: [
      '2018 Topps Update Series Hobby Box',
      '2018 Topps Update Jumbo Box',
      '2018 Topps Update Blaster Box',
    ],
  },
  {
    sport: 'baseball',
    year: '2011',
    sets: ['Topps Update', 'Topps Update Series'],
    querySets: ['Topps Update', 'Update'],
    player: 'Mike Trout',
    playerAlts: ['Mike Trout', 'MIKE TROUT'],
    last: 'Trout',
    number: 'US175',
    team: 'Angels',
    rookie: true,
    raw: 150,
    vintage: false,
    parallels: [
      { name: 'Gold /2011', mult: [3, 6] },
      { name: 'Diamond Anniversary', mult: [1.5, 3] },
      { name: 'Cognac Diamond', mult: [2, 4] },
      { name: 'Black /60', mult: [10, 20] },
    ],
    autos: ['Auto'],
    others: [
      {
        year: '2011',
        set: 'Topps Update',
        number: 'US55',
        rel: [0.2, 0.5],
        sameSet: true,
        extra: 'All-Star',
      },
      { year: '2009', set: 'Bowman Chrome Draft', number: 'BDPP89', rel: [0.8, 1.5] },
      { year: '2012', set: 'Topps', number: '446', rel: [0.1, 0.3] },
      {
        year: '2011',
        set: 'Topps Update',
        number: 'US175',
        rel: [0.2, 0.4],
        extra: 'Diamond Anniversary Insert',
      },
    ],
    mates: [
      { player: 'Paul Goldschmidt', number: 'US198', rel: [0.05, 0.15] },
      { player: 'Jose Altuve', number: 'US132', rel: [0.1, 0.25] },
    ],
    sealed: ['2011 Topps Update Hobby Box', '2011 Topps Update Rack Pack'],
  },
  {
    sport: 'baseball',
    year: '2018',
    sets: ['Topps Chrome', 'TOPPS CHROME'],
    querySets: ['Topps Chrome', 'Chrome'],
    player: 'Shohei Ohtani',
    playerAlts: ['Shohei Ohtani', 'Ohtani Shohei'],
    last: 'Ohtani',
    number: '150',
    team: 'Angels',
    rookie: true,
    raw: 60,
    vintage: false,
    parallels: CHROME_PARALLELS,
    autos: ['Rookie Auto', 'Autograph'],
    others: [
      { year: '2018', set: 'Topps Update', number: 'US1', rel: [0.5, 0.8] },
      { year: '2018', set: 'Topps Chrome Update', number: 'HMT1', rel: [0.3, 0.7] },
      { year: '2018', set: 'Bowman Chrome', number: '1', rel: [0.8, 1.5] },
    ],
    mates: [
      { player: 'Juan Soto', number: '200', rel: [0.3, 0.8] },
      { player: 'Rafael Devers', number: '147', rel: [0.05, 0.2] },
    ],
    sealed: ['2018 Topps Chrome Hobby Box', '2018 Topps Chrome Blaster Box'],
  },
  {
    sport: 'baseball',
    year: '2009',
    sets: ['Bowman Chrome Draft Prospects', 'Bowman Chrome Draft', 'Bowman Chrome'],
    querySets: ['Bowman Chrome Draft', 'Bowman Chrome'],
    player: 'Mike Trout',
    playerAlts: ['Mike Trout'],
    last: 'Trout',
    number: 'BDPP89',
    team: 'Angels',
    rookie: false,
    rookieWords: ['1st Bowman', '1st Bowman Chrome', 'Prospect'],
    raw: 150,
    vintage: false,
    parallels: [
      { name: 'Refractor', mult: [2.5, 5] },
      { name: 'Blue Refractor /150', mult: [5, 10] },
      { name: 'Gold Refractor /50', mult: [15, 30] },
    ],
    autos: ['Auto', 'Chrome Auto', 'Autograph'],
    others: [
      { year: '2011', set: 'Topps Update', number: 'US175', rel: [0.6, 1.2] },
      { year: '2009', set: 'Bowman Draft', number: 'BDPP89', rel: [0.3, 0.6] },
    ],
    mates: [
      { player: 'Stephen Strasburg', number: 'BDPP1', rel: [0.02, 0.06] },
      { player: 'Nolan Arenado', number: 'BDPP71', rel: [0.05, 0.15] },
    ],
    sealed: ['2009 Bowman Draft Picks & Prospects Hobby Box'],
  },
  {
    sport: 'baseball',
    year: '1989',
    sets: ['Upper Deck', 'UPPER DECK', 'UD'],
    querySets: ['Upper Deck', 'UD'],
    player: 'Ken Griffey Jr.',
    playerAlts: ['Ken Griffey Jr.', 'Ken Griffey Jr', 'KEN GRIFFEY JR'],
    last: 'Griffey',
    number: '1',
    team: 'Mariners',
    rookie: true,
    rookieWords: ['Star Rookie', 'RC', 'Rookie'],
    raw: 45,
    vintage: true,
    parallels: [],
    autos: ['Signed', 'Autographed'],
    others: [
      { year: '1989', set: 'Topps Traded', number: '41T', rel: [0.1, 0.3] },
      { year: '1989', set: 'Donruss', number: '33', rel: [0.1, 0.3] },
      { year: '1989', set: 'Bowman', number: '220', rel: [0.1, 0.3] },
      { year: '1989', set: 'Fleer', number: '548', rel: [0.1, 0.3] },
    ],
    mates: [
      { player: 'Randy Johnson', number: '25', rel: [0.05, 0.15] },
      { player: 'Gary Sheffield', number: '13', rel: [0.02, 0.08] },
    ],
    sealed: ['1989 Upper Deck Low Series Wax Box', '1989 Upper Deck Factory Set'],
  },
  {
    sport: 'baseball',
    year: '2019',
    sets: ['Topps Chrome'],
    querySets: ['Topps Chrome', 'Chrome'],
    player: 'Fernando Tatis Jr.',
    playerAlts: ['Fernando Tatis Jr.', 'Fernando Tatis Jr', 'Tatis Jr.'],
    last: 'Tatis',
    number: '203',
    team: 'Padres',
    rookie: true,
    raw: 15,
    vintage: false,
    parallels: CHROME_PARALLELS,
    autos: ['Rookie Auto'],
    others: [
      { year: '2019', set: 'Topps Update', number: 'US100', rel: [0.5, 1] },
      { year: '2019', set: 'Bowman Chrome', number: '50', rel: [0.3, 0.8] },
    ],
    mates: [
      { player: 'Pete Alonso', number: '202', rel: [0.2, 0.5] },
      { player: 'Eloy Jimenez', number: '205', rel: [0.1, 0.3] },
    ],
    sealed: ['2019 Topps Chrome Hobby Box'],
  },
  {
    sport: 'baseball',
    year: '2022',
    sets: ['Topps Update', 'Topps Update Series'],
    querySets: ['Topps Update', 'Update'],
    player: 'Julio Rodriguez',
    playerAlts: ['Julio Rodriguez', 'Julio Rodríguez', 'J-Rod Julio Rodriguez'],
    last: 'Rodriguez',
    number: 'US44',
    team: 'Mariners',
    rookie: true,
    raw: 10,
    vintage: false,
    parallels: TOPPS_PARALLELS.map((p) => ({ ...p, name: p.name.replace('2018', '2022') })),
    autos: ['Auto'],
    others: [
      { year: '2022', set: 'Topps Chrome Update', number: 'USC150', rel: [0.8, 1.6] },
      { year: '2022', set: 'Bowman Chrome', number: '1', rel: [0.5, 1] },
    ],
    mates: [
      { player: 'Bobby Witt Jr.', number: 'US65', rel: [0.5, 1.2] },
      { player: 'Spencer Strider', number: 'US1', rel: [0.1, 0.3] },
    ],
    sealed: ['2022 Topps Update Hobby Box', '2022 Topps Update Blaster Box'],
  },
  {
    sport: 'baseball',
    year: '2001',
    sets: ['Topps Chrome Traded', 'Topps Chrome Traded & Rookies'],
    querySets: ['Topps Chrome Traded', 'Chrome Traded'],
    player: 'Albert Pujols',
    playerAlts: ['Albert Pujols', 'ALBERT PUJOLS'],
    last: 'Pujols',
    number: 'T247',
    team: 'Cardinals',
    rookie: true,
    raw: 100,
    vintage: false,
    parallels: [{ name: 'Refractor', mult: [3, 6] }],
    autos: ['Signed'],
    others: [
      { year: '2001', set: 'Topps Traded', number: 'T247', rel: [0.1, 0.25] },
      { year: '2001', set: 'Bowman', number: '264', rel: [0.2, 0.5] },
      { year: '2001', set: 'Upper Deck', number: '295', rel: [0.1, 0.3] },
    ],
    mates: [{ player: 'Ichiro Suzuki', number: 'T266', rel: [0.4, 0.8] }],
    sealed: ['2001 Topps Chrome Traded Hobby Box'],
  },
  {
    sport: 'baseball',
    year: '1993',
    sets: ['SP', 'Upper Deck SP', 'SP Foil'],
    querySets: ['SP', 'Upper Deck SP'],
    player: 'Derek Jeter',
    playerAlts: ['Derek Jeter', 'DEREK JETER'],
    last: 'Jeter',
    number: '279',
    team: 'Yankees',
    rookie: true,
    rookieWords: ['RC', 'Rookie', 'Foil RC'],
    raw: 150,
    vintage: true,
    parallels: [],
    autos: ['Signed', 'Autographed'],
    others: [
      { year: '1993', set: 'Upper Deck', number: '449', rel: [0.05, 0.15] },
      { year: '1993', set: 'Bowman', number: '511', rel: [0.1, 0.3] },
      { year: '1993', set: 'Topps', number: '98', rel: [0.05, 0.15] },
    ],
    mates: [{ player: 'Alex Rodriguez', number: '4', rel: [0.1, 0.3] }],
    sealed: ['1993 SP Baseball Hobby Box'],
  },
  {
    sport: 'baseball',
    year: '2018',
    sets: ['Topps Update'],
    querySets: ['Topps Update', 'Update'],
    player: 'Juan Soto',
    playerAlts: ['Juan Soto', 'JUAN SOTO'],
    last: 'Soto',
    number: 'US300',
    team: 'Nationals',
    rookie: true,
    raw: 15,
    vintage: false,
    parallels: TOPPS_PARALLELS,
    autos: ['Auto'],
    others: [
      { year: '2018', set: 'Topps Chrome Update', number: 'HMT25', rel: [0.5, 1.2] },
      { year: '2018', set: 'Bowman Chrome', number: '31', rel: [0.8, 1.5] },
    ],
    mates: [{ player: 'Shohei Ohtani', number: 'US1', rel: [1.5, 3] }],
    sealed: ['2018 Topps Update Series Hobby Box'],
  },
  {
    sport: 'baseball',
    year: '2018',
    sets: ['Topps Update', 'Topps Update Series'],
    querySets: ['Topps Update', 'Update'],
    player: 'Ronald Acuna Jr.',
    playerAlts: ['Ronald Acuna Jr.', 'Ronald Acuña Jr.', 'Ronald Acuna Jr', 'RONALD ACUNA JR'],
    last: 'Acuna',
    number: 'US250',
    team: 'Braves',
    rookie: true,
    raw: 20,
    vintage: false,
    parallels: TOPPS_PARALLELS,
    autos: ['Auto'],
    others: [
      { year: '2018', set: 'Topps Chrome Update', number: 'HMT50', rel: [0.8, 1.5] },
      { year: '2018', set: 'Bowman', number: '1', rel: [0.3, 0.7] },
    ],
    mates: [{ player: 'Shohei Ohtani', number: 'US1', rel: [1.2, 2.5] }],
    sealed: ['2018 Topps Update Series Hobby Box'],
  },
  {
    sport: 'baseball',
    year: '2012',
    sets: ['Topps Update', 'Topps Update Series'],
    querySets: ['Topps Update', 'Update'],
    player: 'Bryce Harper',
    playerAlts: ['Bryce Harper', 'BRYCE HARPER'],
    last: 'Harper',
    number: 'US183',
    team: 'Nationals',
    rookie: true,
    raw: 25,
    vintage: false,
    parallels: [
      { name: 'Gold /2012', mult: [3, 6] },
      { name: 'Purple', mult: [1.5, 3] },
      { name: 'Black /61', mult: [10, 20] },
    ],
    autos: ['Auto'],
    others: [
      { year: '2012', set: 'Bowman Chrome', number: '209', rel: [0.3, 0.8] },
      {
        year: '2012',
        set: 'Topps Update',
        number: 'US299',
        rel: [0.2, 0.5],
        sameSet: true,
        extra: 'All-Star',
      },
    ],
    mates: [{ player: 'Yu Darvish', number: 'US95', rel: [0.05, 0.2] }],
    sealed: ['2012 Topps Update Hobby Box'],
  },
  {
    sport: 'baseball',
    year: '2014',
    sets: ['Topps Update'],
    querySets: ['Topps Update', 'Update'],
    player: 'Mookie Betts',
    playerAlts: ['Mookie Betts', 'MOOKIE BETTS'],
    last: 'Betts',
    number: 'US26',
    team: 'Red Sox',
    rookie: true,
    raw: 15,
    vintage: false,
    parallels: [
      { name: 'Gold /2014', mult: [3, 6] },
      { name: 'Black /63', mult: [10, 20] },
      { name: 'Red Sparkle', mult: [6, 12] },
    ],
    autos: ['Auto'],
    others: [
      { year: '2014', set: 'Bowman Chrome', number: '15', rel: [0.3, 0.8] },
      { year: '2015', set: 'Topps', number: '60', rel: [0.05, 0.15] },
    ],
    mates: [{ player: 'Jacob deGrom', number: 'US164', rel: [0.6, 1.2] }],
    sealed: ['2014 Topps Update Hobby Box'],
  },
  {
    sport: 'baseball',
    year: '2019',
    sets: ['Topps Chrome'],
    querySets: ['Topps Chrome', 'Chrome'],
    player: 'Vladimir Guerrero Jr.',
    playerAlts: ['Vladimir Guerrero Jr.', 'Vladimir Guerrero Jr', 'Vlad Guerrero Jr.'],
    last: 'Guerrero',
    number: '14',
    team: 'Blue Jays',
    rookie: true,
    raw: 10,
    vintage: false,
    parallels: CHROME_PARALLELS,
    autos: ['Rookie Auto'],
    others: [
      { year: '2019', set: 'Topps Update', number: 'US180', rel: [0.4, 1] },
      { year: '2019', set: 'Bowman Chrome', number: '1', rel: [0.5, 1] },
    ],
    mates: [{ player: 'Fernando Tatis Jr.', number: '203', rel: [1.2, 2.5] }],
    sealed: ['2019 Topps Chrome Hobby Box'],
  },
  // ---------------- basketball
  {
    sport: 'basketball',
    year: '1986-87',
    sets: ['Fleer', 'FLEER'],
    querySets: ['Fleer'],
    player: 'Michael Jordan',
    playerAlts: ['Michael Jordan', 'MICHAEL JORDAN'],
    last: 'Jordan',
    number: '57',
    team: 'Bulls',
    rookie: true,
    raw: 2500,
    vintage: true,
    parallels: [],
    autos: ['Signed', 'Autographed'],
    others: [
      { year: '1986-87', set: 'Fleer Stickers', number: '8', rel: [0.2, 0.35] },
      { year: '1987-88', set: 'Fleer', number: '59', rel: [0.08, 0.15] },
      { year: '1988-89', set: 'Fleer', number: '17', rel: [0.03, 0.06] },
    ],
    mates: [
      { player: 'Charles Barkley', number: '7', rel: [0.01, 0.03] },
      { player: 'Patrick Ewing', number: '32', rel: [0.01, 0.03] },
    ],
    sealed: ['1986-87 Fleer Basketball Wax Pack'],
  },
  {
    sport: 'basketball',
    year: '2003-04',
    sets: ['Topps Chrome'],
    querySets: ['Topps Chrome', 'Chrome'],
    player: 'LeBron James',
    playerAlts: ['LeBron James', 'Lebron James', 'LEBRON JAMES'],
    last: 'James',
    number: '111',
    team: 'Cavaliers',
    rookie: true,
    raw: 400,
    vintage: false,
    parallels: [
      { name: 'Refractor', mult: [2, 4] },
      { name: 'X-Fractor /250', mult: [3, 6] },
      { name: 'Gold Refractor /99', mult: [6, 12] },
    ],
    autos: ['Signed'],
    others: [
      { year: '2003-04', set: 'Topps', number: '221', rel: [0.2, 0.4] },
      { year: '2003-04', set: 'Upper Deck', number: '301', rel: [0.3, 0.6] },
      { year: '2003-04', set: 'Bowman', number: '123', rel: [0.2, 0.4] },
    ],
    mates: [
      { player: 'Carmelo Anthony', number: '113', rel: [0.03, 0.1] },
      { player: 'Dwyane Wade', number: '115', rel: [0.1, 0.25] },
    ],
    sealed: ['2003-04 Topps Chrome Basketball Hobby Box'],
  },
  {
    sport: 'basketball',
    year: '2018-19',
    sets: ['Panini Prizm', 'Prizm'],
    querySets: ['Prizm', 'Panini Prizm'],
    player: 'Luka Doncic',
    playerAlts: ['Luka Doncic', 'Luka Dončić', 'LUKA DONCIC'],
    last: 'Doncic',
    number: '280',
    team: 'Mavericks',
    rookie: true,
    raw: 80,
    vintage: false,
    parallels: PRIZM_PARALLELS,
    autos: ['Rookie Signatures Auto'],
    others: [
      { year: '2018-19', set: 'Donruss Optic', number: '177', rel: [0.4, 0.9] },
      { year: '2018-19', set: 'Donruss', number: '177', rel: [0.2, 0.5], extra: 'Rated Rookie' },
      { year: '2019-20', set: 'Panini Prizm', number: '78', rel: [0.05, 0.15] },
    ],
    mates: [
      { player: 'Trae Young', number: '78', rel: [0.1, 0.3] },
      { player: 'Shai Gilgeous-Alexander', number: '190', rel: [0.4, 1] },
    ],
    sealed: ['2018-19 Panini Prizm Basketball Hobby Box', '2018-19 Prizm Blaster Box'],
  },
  {
    sport: 'basketball',
    year: '2019-20',
    sets: ['Panini Prizm', 'Prizm'],
    querySets: ['Prizm', 'Panini Prizm'],
    player: 'Zion Williamson',
    playerAlts: ['Zion Williamson', 'ZION WILLIAMSON', 'Zion'],
    last: 'Williamson',
    number: '248',
    team: 'Pelicans',
    rookie: true,
    raw: 15,
    vintage: false,
    parallels: PRIZM_PARALLELS,
    autos: ['Rookie Signatures Auto'],
    others: [
      { year: '2019-20', set: 'Donruss Optic', number: '155', rel: [0.4, 1] },
      {
        year: '2019-20',
        set: 'Panini Prizm',
        number: '258',
        rel: [0.1, 0.3],
        sameSet: true,
        extra: 'Rookie Class',
      },
    ],
    mates: [
      { player: 'Ja Morant', number: '249', rel: [0.6, 1.4] },
      { player: 'RJ Barrett', number: '250', rel: [0.1, 0.3] },
    ],
    sealed: ['2019-20 Panini Prizm Basketball Hobby Box'],
  },
  {
    sport: 'basketball',
    year: '2009-10',
    sets: ['Topps', 'TOPPS'],
    querySets: ['Topps'],
    player: 'Stephen Curry',
    playerAlts: ['Stephen Curry', 'Steph Curry', 'STEPHEN CURRY'],
    last: 'Curry',
    number: '321',
    team: 'Warriors',
    rookie: true,
    raw: 250,
    vintage: false,
    parallels: [
      { name: 'Gold /2009', mult: [3, 6] },
      { name: 'Black /50', mult: [10, 20] },
    ],
    autos: ['Auto'],
    others: [
      { year: '2009-10', set: 'Topps Chrome', number: '101', rel: [1.5, 3] },
      { year: '2009-10', set: 'Panini Threads', number: '107', rel: [0.1, 0.3] },
      { year: '2009-10', set: 'Upper Deck', number: '234', rel: [0.2, 0.5] },
    ],
    mates: [
      { player: 'James Harden', number: '313', rel: [0.1, 0.3] },
      { player: 'Blake Griffin', number: '311', rel: [0.02, 0.06] },
    ],
    sealed: ['2009-10 Topps Basketball Hobby Box'],
  },
  {
    sport: 'basketball',
    year: '2023-24',
    sets: ['Panini Prizm', 'Prizm'],
    querySets: ['Prizm', 'Panini Prizm'],
    player: 'Victor Wembanyama',
    playerAlts: ['Victor Wembanyama', 'Wemby Victor Wembanyama', 'VICTOR WEMBANYAMA'],
    last: 'Wembanyama',
    number: '136',
    team: 'Spurs',
    rookie: true,
    raw: 40,
    vintage: false,
    parallels: PRIZM_PARALLELS,
    autos: ['Rookie Signatures Auto'],
    others: [
      { year: '2023-24', set: 'Donruss Optic', number: '1', rel: [0.5, 1] },
      {
        year: '2023-24',
        set: 'Panini Prizm',
        number: '2',
        rel: [0.1, 0.3],
        sameSet: true,
        extra: 'Rookie Ticket',
      },
    ],
    mates: [
      { player: 'Chet Holmgren', number: '157', rel: [0.1, 0.3] },
      { player: 'Brandon Miller', number: '130', rel: [0.1, 0.3] },
    ],
    sealed: ['2023-24 Panini Prizm Basketball Hobby Box', '2023-24 Prizm Retail Blaster'],
  },
  {
    sport: 'basketball',
    year: '1996-97',
    sets: ['Topps Chrome'],
    querySets: ['Topps Chrome', 'Chrome'],
    player: 'Kobe Bryant',
    playerAlts: ['Kobe Bryant', 'KOBE BRYANT'],
    last: 'Bryant',
    number: '138',
    team: 'Lakers',
    rookie: true,
    raw: 300,
    vintage: false,
    parallels: [{ name: 'Refractor', mult: [5, 10] }],
    autos: ['Signed'],
    others: [
      { year: '1996-97', set: 'Topps', number: '138', rel: [0.1, 0.3] },
      { year: '1996-97', set: 'Bowmans Best', number: 'R23', rel: [0.2, 0.5] },
      { year: '1996-97', set: 'Fleer', number: '203', rel: [0.05, 0.15] },
    ],
    mates: [
      { player: 'Allen Iverson', number: '171', rel: [0.1, 0.3] },
      { player: 'Steve Nash', number: '182', rel: [0.05, 0.15] },
    ],
    sealed: ['1996-97 Topps Chrome Basketball Pack'],
  },
  {
    sport: 'basketball',
    year: '2019-20',
    sets: ['Panini Prizm', 'Prizm'],
    querySets: ['Prizm', 'Panini Prizm'],
    player: 'Ja Morant',
    playerAlts: ['Ja Morant', 'JA MORANT'],
    last: 'Morant',
    number: '249',
    team: 'Grizzlies',
    rookie: true,
    raw: 10,
    vintage: false,
    parallels: PRIZM_PARALLELS,
    autos: ['Rookie Signatures Auto'],
    others: [{ year: '2019-20', set: 'Donruss Optic', number: '158', rel: [0.4, 1] }],
    mates: [{ player: 'Zion Williamson', number: '248', rel: [0.8, 1.6] }],
    sealed: ['2019-20 Panini Prizm Basketball Hobby Box'],
  },
  // ---------------- football
  {
    sport: 'football',
    year: '2020',
    sets: ['Panini Prizm', 'Prizm'],
    querySets: ['Prizm', 'Panini Prizm'],
    player: 'Justin Herbert',
    playerAlts: ['Justin Herbert', 'JUSTIN HERBERT'],
    last: 'Herbert',
    number: '325',
    team: 'Chargers',
    rookie: true,
    raw: 12,
    vintage: false,
    parallels: PRIZM_PARALLELS,
    autos: ['Rookie Autographs'],
    others: [
      { year: '2020', set: 'Donruss Optic', number: '151', rel: [0.4, 1] },
      { year: '2020', set: 'Panini Mosaic', number: '204', rel: [0.3, 0.7] },
    ],
    mates: [
      { player: 'Joe Burrow', number: '307', rel: [1.2, 2.5] },
      { player: 'Tua Tagovailoa', number: '325', rel: [0.2, 0.6] },
    ],
    sealed: ['2020 Panini Prizm Football Hobby Box', '2020 Prizm Football Blaster'],
  },
  {
    sport: 'football',
    year: '2017',
    sets: ['Panini Prizm', 'Prizm'],
    querySets: ['Prizm', 'Panini Prizm'],
    player: 'Patrick Mahomes II',
    playerAlts: ['Patrick Mahomes II', 'Patrick Mahomes', 'PATRICK MAHOMES'],
    last: 'Mahomes',
    number: '269',
    team: 'Chiefs',
    rookie: true,
    raw: 250,
    vintage: false,
    parallels: PRIZM_PARALLELS,
    autos: ['Rookie Autographs'],
    others: [
      { year: '2017', set: 'Donruss Optic', number: '177', rel: [0.5, 1] },
      { year: '2017', set: 'Donruss', number: '327', rel: [0.2, 0.4], extra: 'Rated Rookie' },
    ],
    mates: [
      { player: 'Deshaun Watson', number: '229', rel: [0.03, 0.1] },
      { player: 'Christian McCaffrey', number: '228', rel: [0.05, 0.15] },
    ],
    sealed: ['2017 Panini Prizm Football Hobby Box'],
  },
  {
    sport: 'football',
    year: '2000',
    sets: ['Bowman Chrome'],
    querySets: ['Bowman Chrome'],
    player: 'Tom Brady',
    playerAlts: ['Tom Brady', 'TOM BRADY'],
    last: 'Brady',
    number: '236',
    team: 'Patriots',
    rookie: true,
    raw: 800,
    vintage: false,
    parallels: [{ name: 'Refractor', mult: [3, 6] }],
    autos: ['Signed'],
    others: [
      { year: '2000', set: 'Bowman', number: '236', rel: [0.3, 0.6] },
      { year: '2000', set: 'Topps', number: '340', rel: [0.3, 0.6] },
      { year: '2000', set: 'Fleer Tradition', number: '400', rel: [0.1, 0.3] },
    ],
    mates: [{ player: 'Chad Pennington', number: '169', rel: [0.002, 0.01] }],
    sealed: ['2000 Bowman Chrome Football Hobby Box'],
  },
  {
    sport: 'football',
    year: '2020',
    sets: ['Panini Prizm', 'Prizm'],
    querySets: ['Prizm', 'Panini Prizm'],
    player: 'Joe Burrow',
    playerAlts: ['Joe Burrow', 'JOE BURROW'],
    last: 'Burrow',
    number: '307',
    team: 'Bengals',
    rookie: true,
    raw: 25,
    vintage: false,
    parallels: PRIZM_PARALLELS,
    autos: ['Rookie Autographs'],
    others: [
      { year: '2020', set: 'Donruss Optic', number: '101', rel: [0.4, 1] },
      { year: '2020', set: 'Panini Mosaic', number: '201', rel: [0.3, 0.6] },
    ],
    mates: [{ player: 'Justin Herbert', number: '325', rel: [0.4, 0.9] }],
    sealed: ['2020 Panini Prizm Football Hobby Box'],
  },
  {
    sport: 'football',
    year: '2018',
    sets: ['Panini Prizm', 'Prizm'],
    querySets: ['Prizm', 'Panini Prizm'],
    player: 'Josh Allen',
    playerAlts: ['Josh Allen', 'JOSH ALLEN'],
    last: 'Allen',
    number: '205',
    team: 'Bills',
    rookie: true,
    raw: 60,
    vintage: false,
    parallels: PRIZM_PARALLELS,
    autos: ['Rookie Autographs'],
    others: [{ year: '2018', set: 'Donruss Optic', number: '152', rel: [0.4, 0.9] }],
    mates: [
      { player: 'Lamar Jackson', number: '212', rel: [0.6, 1.2] },
      { player: 'Baker Mayfield', number: '201', rel: [0.05, 0.15] },
    ],
    sealed: ['2018 Panini Prizm Football Hobby Box'],
  },
  {
    sport: 'football',
    year: '1981',
    sets: ['Topps', 'TOPPS'],
    querySets: ['Topps'],
    player: 'Joe Montana',
    playerAlts: ['Joe Montana', 'JOE MONTANA'],
    last: 'Montana',
    number: '216',
    team: '49ers',
    rookie: true,
    raw: 80,
    vintage: true,
    parallels: [],
    autos: ['Signed', 'Autographed'],
    others: [
      { year: '1982', set: 'Topps', number: '488', rel: [0.1, 0.25] },
      { year: '1981', set: 'Topps', number: '526', rel: [0.05, 0.15], sameSet: true, extra: 'Super Action' },
    ],
    mates: [{ player: 'Kellen Winslow', number: '150', rel: [0.01, 0.05] }],
    sealed: ['1981 Topps Football Wax Pack'],
  },
  // ---------------- hockey
  {
    sport: 'hockey',
    year: '2015-16',
    sets: ['Upper Deck Young Guns', 'UD Young Guns', 'Upper Deck Series 1 Young Guns'],
    querySets: ['Upper Deck Young Guns', 'Young Guns', 'UD YG'],
    player: 'Connor McDavid',
    playerAlts: ['Connor McDavid', 'CONNOR MCDAVID', 'Mcdavid'],
    last: 'McDavid',
    number: '201',
    team: 'Oilers',
    rookie: true,
    rookieWords: ['YG', 'RC', 'Rookie'],
    raw: 400,
    vintage: false,
    parallels: YG_PARALLELS,
    autos: ['Auto'],
    others: [
      { year: '2015-16', set: 'O-Pee-Chee', number: '93', rel: [0.05, 0.15] },
      { year: '2015-16', set: 'Upper Deck Young Guns Canvas', number: 'C91', rel: [0.5, 1.2] },
      { year: '2015-16', set: 'SP Authentic Future Watch', number: '151', rel: [0.5, 1.5] },
    ],
    mates: [
      { player: 'Jack Eichel', number: '211', rel: [0.02, 0.08] },
      { player: 'Artemi Panarin', number: '228', rel: [0.03, 0.1] },
    ],
    sealed: ['2015-16 Upper Deck Series 1 Hobby Box'],
  },
  {
    sport: 'hockey',
    year: '2005-06',
    sets: ['Upper Deck Young Guns', 'Upper Deck'],
    querySets: ['Upper Deck Young Guns', 'Young Guns'],
    player: 'Sidney Crosby',
    playerAlts: ['Sidney Crosby', 'SIDNEY CROSBY'],
    last: 'Crosby',
    number: '201',
    team: 'Penguins',
    rookie: true,
    rookieWords: ['YG', 'RC', 'Rookie'],
    raw: 500,
    vintage: false,
    parallels: [
      { name: 'UD Exclusives /100', mult: [5, 10] },
      { name: 'High Gloss /10', mult: [15, 30] },
    ],
    autos: ['Auto'],
    others: [
      { year: '2005-06', set: 'O-Pee-Chee', number: '?', rel: [0.1, 0.2] },
      { year: '2005-06', set: 'SP Authentic', number: '181', rel: [1, 3] },
    ],
    mates: [{ player: 'Alex Ovechkin', number: '443', rel: [0.5, 1.1] }],
    sealed: ['2005-06 Upper Deck Series 1 Hobby Box'],
  },
  {
    sport: 'hockey',
    year: '1979-80',
    sets: ['O-Pee-Chee', 'OPC', 'O Pee Chee'],
    querySets: ['O-Pee-Chee', 'OPC'],
    player: 'Wayne Gretzky',
    playerAlts: ['Wayne Gretzky', 'WAYNE GRETZKY'],
    last: 'Gretzky',
    number: '18',
    team: 'Oilers',
    rookie: true,
    raw: 1200,
    vintage: true,
    parallels: [],
    autos: ['Signed', 'Autographed'],
    others: [
      { year: '1979-80', set: 'Topps', number: '18', rel: [0.3, 0.5] },
      { year: '1980-81', set: 'O-Pee-Chee', number: '250', rel: [0.05, 0.12] },
    ],
    mates: [{ player: 'Mike Bossy', number: '1', rel: [0.01, 0.03] }],
    sealed: ['1979-80 O-Pee-Chee Hockey Wax Pack'],
  },
  {
    sport: 'hockey',
    year: '2016-17',
    sets: ['Upper Deck Young Guns', 'UD Young Guns'],
    querySets: ['Young Guns', 'Upper Deck Young Guns'],
    player: 'Auston Matthews',
    playerAlts: ['Auston Matthews', 'AUSTON MATTHEWS'],
    last: 'Matthews',
    number: '201',
    team: 'Maple Leafs',
    rookie: true,
    rookieWords: ['YG', 'RC', 'Rookie'],
    raw: 80,
    vintage: false,
    parallels: YG_PARALLELS,
    autos: ['Auto'],
    others: [
      { year: '2016-17', set: 'O-Pee-Chee', number: '500', rel: [0.05, 0.15] },
      { year: '2016-17', set: 'Upper Deck Young Guns Canvas', number: 'C91', rel: [0.4, 1] },
    ],
    mates: [
      { player: 'Patrik Laine', number: '208', rel: [0.05, 0.15] },
      { player: 'Mitch Marner', number: '229', rel: [0.2, 0.5] },
    ],
    sealed: ['2016-17 Upper Deck Series 1 Hobby Box'],
  },
  // ---------------- soccer
  {
    sport: 'soccer',
    year: '2018',
    sets: ['Panini Prizm World Cup', 'Prizm World Cup'],
    querySets: ['Prizm World Cup', 'Panini Prizm World Cup'],
    player: 'Kylian Mbappe',
    playerAlts: ['Kylian Mbappe', 'Kylian Mbappé', 'MBAPPE'],
    last: 'Mbappe',
    number: '80',
    team: 'France',
    rookie: true,
    raw: 60,
    vintage: false,
    parallels: PRIZM_PARALLELS.filter((p) => !p.name.includes('Mojo')),
    autos: ['Signatures Auto'],
    others: [
      { year: '2017-18', set: 'Panini Select', number: '12', rel: [0.2, 0.6] },
      { year: '2022', set: 'Panini Prizm World Cup', number: '93', rel: [0.05, 0.15] },
    ],
    mates: [
      { player: 'Antoine Griezmann', number: '79', rel: [0.02, 0.08] },
      { player: 'Luka Modric', number: '52', rel: [0.03, 0.1] },
    ],
    sealed: ['2018 Panini Prizm World Cup Hobby Box'],
  },
  {
    sport: 'soccer',
    year: '2014',
    sets: ['Panini Prizm World Cup', 'Prizm World Cup'],
    querySets: ['Prizm World Cup', 'Panini Prizm World Cup'],
    player: 'Lionel Messi',
    playerAlts: ['Lionel Messi', 'Leo Messi', 'LIONEL MESSI'],
    last: 'Messi',
    number: '12',
    team: 'Argentina',
    rookie: false,
    raw: 120,
    vintage: false,
    parallels: PRIZM_PARALLELS.filter((p) => !p.name.includes('Mojo')),
    autos: ['Signatures Auto'],
    others: [
      { year: '2018', set: 'Panini Prizm World Cup', number: '8', rel: [0.1, 0.3] },
      { year: '2022', set: 'Panini Prizm World Cup', number: '16', rel: [0.05, 0.15] },
    ],
    mates: [
      { player: 'Cristiano Ronaldo', number: '153', rel: [0.4, 1] },
      { player: 'Neymar Jr', number: '24', rel: [0.1, 0.3] },
    ],
    sealed: ['2014 Panini Prizm World Cup Hobby Box'],
  },
];

// ---------------------------------------------------------------- grades
type Grade =
  | 'raw'
  | 'PSA 10'
  | 'PSA 9'
  | 'PSA 8'
  | 'PSA 7'
  | 'BGS 10'
  | 'BGS 9.5'
  | 'BGS 9'
  | 'SGC 10'
  | 'SGC 9.5'
  | 'SGC 9'
  | 'CGC 10'
  | 'CGC 9.5';
const MODERN_MULT: Record<Grade, number> = {
  raw: 1,
  'PSA 7': 0.8,
  'PSA 8': 1.1,
  'PSA 9': 1.8,
  'PSA 10': 5,
  'BGS 9': 1.5,
  'BGS 9.5': 3.2,
  'BGS 10': 12,
  'SGC 9': 1.4,
  'SGC 9.5': 2.2,
  'SGC 10': 3.5,
  'CGC 9.5': 1.8,
  'CGC 10': 3,
};
const VINTAGE_MULT: Record<Grade, number> = {
  raw: 1,
  'PSA 7': 2,
  'PSA 8': 4,
  'PSA 9': 12,
  'PSA 10': 60,
  'BGS 9': 8,
  'BGS 9.5': 25,
  'BGS 10': 100,
  'SGC 9': 8,
  'SGC 9.5': 18,
  'SGC 10': 40,
  'CGC 9.5': 10,
  'CGC 10': 30,
};
const mult = (c: Card, g: Grade): number => (c.vintage ? VINTAGE_MULT : MODERN_MULT)[g];

const TARGET_GRADES: [Grade, number][] = [
  ['raw', 30],
  ['PSA 10', 24],
  ['PSA 9', 15],
  ['PSA 8', 7],
  ['BGS 9.5', 10],
  ['SGC 10', 7],
  ['BGS 9', 3],
  ['CGC 9.5', 2],
  ['SGC 9.5', 2],
];

const GRADE_TITLE: Record<Exclude<Grade, 'raw'>, [string, number][]> = {
  'PSA 10': [
    ['PSA 10', 5],
    ['PSA 10 GEM MINT', 4],
    ['PSA 10 GEM MT', 2],
    ['PSA10', 2],
    ['Gem Mint PSA 10', 1],
    ['psa 10 gem mt', 1],
    ['PSA GEM MT 10', 1],
  ],
  'PSA 9': [
    ['PSA 9', 5],
    ['PSA 9 MINT', 4],
    ['PSA9', 2],
    ['Mint PSA 9', 1],
    ['PSA MINT 9', 1],
  ],
  'PSA 8': [
    ['PSA 8', 5],
    ['PSA 8 NM-MT', 3],
    ['PSA8', 1],
    ['PSA NM-MT 8', 1],
  ],
  'PSA 7': [
    ['PSA 7', 3],
    ['PSA 7 NM', 2],
  ],
  'BGS 10': [
    ['BGS 10 Pristine', 2],
    ['BGS 10', 2],
  ],
  'BGS 9.5': [
    ['BGS 9.5', 5],
    ['BGS 9.5 GEM MINT', 4],
    ['Beckett 9.5', 1],
    ['BGS 9.5 (9.5/9.5/9/10)', 1],
    ['BGS 9.5 Gem Mint 10/9.5/9.5/9.5', 1],
    ['Beckett Gem Mint 9.5', 1],
  ],
  'BGS 9': [
    ['BGS 9', 4],
    ['BGS 9 MINT', 3],
    ['Beckett BGS 9 Mint', 1],
  ],
  'SGC 10': [
    ['SGC 10', 5],
    ['SGC 10 GEM MINT', 3],
    ['SGC 10 Gem', 1],
    ['SGC GEM MINT 10', 1],
  ],
  'SGC 9.5': [
    ['SGC 9.5', 3],
    ['SGC 9.5 Mint+', 2],
  ],
  'SGC 9': [
    ['SGC 9 Mint', 2],
    ['SGC 9', 3],
  ],
  'CGC 10': [
    ['CGC 10 Gem Mint', 2],
    ['CGC 10', 2],
  ],
  'CGC 9.5': [
    ['CGC 9.5', 3],
    ['CGC 9.5 Mint+', 2],
  ],
};
const QUERY_GRADE: Record<Exclude<Grade, 'raw'>, string[]> = {
  'PSA 10': ['PSA 10', 'PSA 10', 'psa 10', 'PSA10'],
  'PSA 9': ['PSA 9', 'psa 9', 'PSA9'],
  'PSA 8': ['PSA 8', 'psa 8'],
  'PSA 7': ['PSA 7'],
  'BGS 10': ['BGS 10'],
  'BGS 9.5': ['BGS 9.5', 'bgs 9.5'],
  'BGS 9': ['BGS 9'],
  'SGC 10': ['SGC 10', 'sgc 10'],
  'SGC 9.5': ['SGC 9.5'],
  'SGC 9': ['SGC 9'],
  'CGC 10': ['CGC 10'],
  'CGC 9.5': ['CGC 9.5'],
};

// ---------------------------------------------------------------- title writing
interface TitleOpts {
  grade: Grade;
  gradeText?: string; // overrides the grade words
  year?: string;
  set?: string;
  number?: string | null;
  player?: string;
  parallel?: string;
  insert?: string; // words placed after the card identity (auto, damage, reprint, …)
  prefix?: string;
  suffix?: string;
  noRookie?: boolean;
  extra?: string;
}

function yearText(year: string, r: Rng): string {
  const m = /^(\d{4})-(\d{2})$/.exec(year);
  if (!m) return r.chance(0.04) ? `'${year.slice(2)}` : year;
  const [, a, b] = m;
  return r.weighted([
    [`${a}-${b}`, 50],
    [`${a}-20${b}`, 10],
    [`${a}`, 25],
    [`${a?.slice(2)}-${b}`, 8],
    [`${a}/${b}`, 7],
  ] as const);
}
function numberText(num: string, r: Rng): string | null {
  const letters = /^[A-Z]+\d+$/.test(num);
  return r.weighted([
    [`#${num}`, 55],
    [num, letters ? 15 : 6],
    [`#${letters ? num.replace(/^([A-Z]+)(\d+)$/, '$1-$2') : num}`, letters ? 4 : 0],
    [`No. ${num}`, letters ? 0 : 3],
    [null, 20],
  ] as const);
}
const GENERIC_EXTRAS: [string, number][] = [
  ['🔥', 6],
  ['🔥🔥🔥', 2],
  ['📈', 2],
  ['HOF', 1],
  ['Invest', 2],
  ['L@@K', 2],
  ['Nice', 1],
  ['Hot', 1],
  ['$$$', 1],
  ['🐐', 1],
  ['Base', 2],
  ['Centered', 1],
  ['MVP', 1],
  ['Must See', 1],
];
const RAW_EXTRAS: [string, number][] = [
  ['Pack Fresh', 3],
  ['NM', 2],
  ['Near Mint', 2],
  ['NM-MT', 2],
  ['Sharp', 2],
  ['Raw', 2],
  ['Ungraded', 1],
  ['Clean', 1],
  ['Mint', 1],
];

function writeTitle(c: Card, r: Rng, o: TitleOpts): string {
  const Y = o.year ?? yearText(c.year, r);
  const S = o.set ?? r.pick(c.sets);
  const P = o.player ?? (r.chance(0.08) ? c.last : r.pick(c.playerAlts));
  const N = o.number === undefined ? numberText(c.number, r) : o.number;
  const G = o.gradeText ?? (o.grade === 'raw' ? null : r.weighted(GRADE_TITLE[o.grade]));
  const X: string[] = [];
  if (c.rookie && !o.noRookie && r.chance(0.75))
    X.push(r.pick(c.rookieWords ?? ['RC', 'RC', 'Rookie', 'Rookie Card', 'ROOKIE RC', 'Rookie RC']));
  if (!c.rookie && c.rookieWords && !o.noRookie && r.chance(0.6)) X.push(r.pick(c.rookieWords));
  if (r.chance(0.35)) X.push(c.team);
  const nx = r.weighted([
    [0, 5],
    [1, 4],
    [2, 2],
  ] as const);
  for (let i = 0; i < nx; i++) X.push(r.weighted(GENERIC_EXTRAS));
  if (o.grade === 'raw' && !o.gradeText && r.chance(0.3)) X.push(r.weighted(RAW_EXTRAS));
  if (o.grade !== 'raw' && r.chance(0.03)) X.push(`Cert ${r.int(40000000, 99999999)}`);
  if (o.extra) X.unshift(o.extra);
  r.shuffle(X);
  const ident = [Y, S, ...(o.parallel ? [o.parallel] : []), P, ...(N ? [N] : [])];
  const ins = o.insert ? [o.insert] : [];
  const layout = r.weighted([
    ['A', 40],
    ['B', 18],
    ['C', 16],
    ['D', 14],
    ['E', 12],
  ] as const);
  let parts: string[];
  const g = G ? [G] : [];
  switch (layout) {
    case 'A':
      parts = [...ident, ...ins, ...X, ...g];
      break;
    case 'B':
      parts = [...g, ...ident, ...ins, ...X];
      break;
    case 'C':
      parts = [P, Y, S, ...(o.parallel ? [o.parallel] : []), ...(N ? [N] : []), ...ins, ...X, ...g];
      break;
    case 'D':
      parts = [...ident.slice(0, -1), ...X, ...(N ? [N] : []), ...ins, ...g];
      if (!N) parts = [...ident, ...X, ...ins, ...g];
      break;
    default:
      parts = [Y, P, S, ...(o.parallel ? [o.parallel] : []), ...(N ? [N] : []), ...g, ...ins, ...X];
  }
  if (o.prefix) parts.unshift(o.prefix);
  if (o.suffix) parts.push(o.suffix);
  let title = r.chance(0.08) ? parts.join(' - ') : parts.join(' ');
  // keep eBay's 80 characters by dropping decorative extras first
  while (title.length > 80 && X.length > 0) {
    const drop = X.pop() as string;
    title = title.replace(` ${drop}`, '').replace(`${drop} `, '');
  }
  const cs = r.next();
  if (cs < 0.18) title = title.toUpperCase();
  else if (cs < 0.22) title = title.toLowerCase();
  return title.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- markets
type NoiseKind =
  | 'other_grade'
  | 'raw_copy'
  | 'graded_copy'
  | 'speculative'
  | 'parallel'
  | 'autograph'
  | 'other_card'
  | 'other_player'
  | 'lot'
  | 'reprint'
  | 'custom'
  | 'damaged'
  | 'authentic'
  | 'qualifier'
  | 'outlier_low'
  | 'outlier_high'
  | 'break'
  | 'sealed'
  | 'you_pick'
  | 'digital';

interface Gen {
  item: CompItem;
  genuine: boolean;
  kind: NoiseKind | 'genuine';
  paid: number; // all-in actually paid (best offer: below the shown price)
  ageDays: number;
}
interface Market {
  id: number;
  card: Card;
  grade: Grade;
  query: string;
  filters?: CompsInput['filters'];
  trueValue: number;
  drift: number; // total drift over 90 days (0 = stationary)
  sigma: number;
  sold: Gen[];
  active: Gen[];
  now: Date;
}

const DAY = 86_400_000;
const round2 = (x: number): number => Math.round(x * 100) / 100;

function priceAndShipping(
  allIn: number,
  r: Rng,
  graded: boolean,
  isAuction: boolean,
): { price: number; shipping?: number } {
  let shipping: number | undefined;
  if (r.chance(0.55)) {
    if (r.chance(0.35)) shipping = 0;
    else if (allIn < 20 && !graded)
      shipping = r.chance(0.5) ? r.pick([0.99, 1.25, 1.5]) : r.pick([3.99, 4.5, 4.99]);
    else if (allIn < 300) shipping = r.pick([3.99, 4.5, 4.99, 5.5, 5.99, 6.99]);
    else shipping = r.pick([6.99, 8.5, 9.99, 12.99, 15]);
  }
  let price = allIn - (shipping ?? 0);
  if (price < 0.99) {
    price = Math.max(0.99, allIn);
    shipping = undefined;
  }
  if (!isAuction && r.chance(0.4) && price > 3) price = Math.round(price) - 0.01;
  return shipping === undefined ? { price: round2(price) } : { price: round2(price), shipping };
}

function makeQuery(c: Card, g: Grade, r: Rng, withNumber: boolean): string {
  const m = /^(\d{4})-(\d{2})$/.exec(c.year);
  const year = m ? (r.chance(0.6) ? m[1] : c.year) : c.year;
  const set = r.pick(c.querySets);
  const player = r.chance(0.5) ? c.last : c.player.replace(/\.$/, '');
  const num = withNumber ? (r.chance(0.6) ? `#${c.number}` : c.number) : null;
  const grade = g === 'raw' ? (r.chance(0.2) ? 'raw' : null) : r.pick(QUERY_GRADE[g]);
  const parts = r.chance(0.75) ? [year, set, player, num, grade] : [player, year, set, num, grade];
  const q = parts.filter((x): x is string => !!x).join(' ');
  return r.chance(0.15) ? q.toLowerCase() : q;
}

function buildMarket(seed: number, id: number): Market {
  const r = new Rng(seed, id);
  const card = r.pick(CARDS);
  // target grade whose value is plausible within $5–$20,000
  let grade: Grade = 'raw';
  let trueValue = 0;
  for (let tries = 0; tries < 40; tries++) {
    grade = r.weighted(TARGET_GRADES);
    trueValue = card.raw * mult(card, grade) * r.ln(0.6);
    if (trueValue >= 5 && trueValue <= 20_000) break;
  }
  trueValue = round2(Math.min(20_000, Math.max(5, trueValue)));
  const graded = grade !== 'raw';
  const rawValue = trueValue / mult(card, grade);
  const withNumber = r.chance(0.8);
  const query = makeQuery(card, grade, r, withNumber);
  let filters: CompsInput['filters'] | undefined;
  if (grade === 'raw' && r.chance(0.2)) filters = { rawOnly: true };

  const drift = r.chance(1 / 3) ? (r.chance(0.5) ? 1 : -1) * r.uni(0.05, 0.2) : 0;
  const cheap = trueValue < 30;
  const sigma =
    graded && !cheap
      ? r.uni(0.08, 0.22)
      : graded
        ? r.uni(0.12, 0.28)
        : cheap
          ? r.uni(0.18, 0.3)
          : r.uni(0.14, 0.3);
  const nGenuine = r.weighted([
    [() => r.int(3, 8), 15],
    [() => r.int(10, 60), 70],
    [() => r.int(61, 150), 15],
  ] as const)();
  const now = new Date(Date.UTC(2025, 0, 15) + r.int(0, 240) * DAY);
  const valueAt = (ageDays: number): number => trueValue * (1 + drift) ** (-ageDays / 90);

  const sold: Gen[] = [];
  for (let i = 0; i < nGenuine; i++) {
    const ageDays = r.uni(0, 90);
    const paid = valueAt(ageDays) * r.ln(sigma);
    const auction = r.chance(0.5);
    const bestOffer = !auction && r.chance(0.25);
    const shownAllIn = bestOffer ? paid * r.uni(1.05, 1.3) : paid;
    const ps = priceAndShipping(shownAllIn, r, graded, auction);
    const item: CompItem = {
      title: writeTitle(card, r, { grade }),
      ...ps,
      soldAt: new Date(now.getTime() - ageDays * DAY).toISOString(),
      auction,
      ...(auction ? { bids: r.int(1, 40) } : {}),
      ...(bestOffer ? { bestOffer: true } : {}),
      url: `https://www.ebay.com/itm/${r.int(100000000000, 399999999999)}`,
    };
    sold.push({
      item,
      genuine: true,
      kind: 'genuine',
      paid: ps.price + (ps.shipping ?? 0) - (shownAllIn - paid),
      ageDays,
    });
  }

  const f = r.uni(0.2, 0.55);
  const nNoise = Math.max(1, Math.round((nGenuine * f) / (1 - f)));
  for (let i = 0; i < nNoise; i++) {
    const ageDays = r.uni(0, 90);
    const n = makeNoise(card, grade, trueValue, rawValue, valueAt(ageDays), r, withNumber);
    const auction = r.chance(0.45);
    const ps = priceAndShipping(n.price, r, graded, auction);
    sold.push({
      item: {
        title: n.title,
        ...ps,
        soldAt: new Date(now.getTime() - ageDays * DAY).toISOString(),
        auction,
        ...(auction ? { bids: r.int(1, 25) } : {}),
        ...(!auction && r.chance(0.15) ? { bestOffer: true } : {}),
        url: `https://www.ebay.com/itm/${r.int(100000000000, 399999999999)}`,
      },
      genuine: false,
      kind: n.kind,
      paid: n.price,
      ageDays,
    });
  }
  r.shuffle(sold);

  // active asks: genuine asks sit at or a little above the value; plus some noise
  const active: Gen[] = [];
  const nAsk = Math.min(25, Math.round(nGenuine * r.uni(0.1, 0.5)));
  for (let i = 0; i < nAsk; i++) {
    const liveAuction = r.chance(0.15);
    const ask = liveAuction ? trueValue * r.uni(0.3, 0.9) : trueValue * r.ln(0.12) * r.uni(1.0, 1.3);
    const ps = priceAndShipping(ask, r, graded, liveAuction);
    active.push({
      item: {
        title: writeTitle(card, r, { grade }),
        ...ps,
        auction: liveAuction,
        ...(liveAuction
          ? { bids: r.int(0, 8), endsAt: new Date(now.getTime() + r.uni(0.1, 6) * DAY).toISOString() }
          : {}),
        seller: `seller${r.int(1, 500)}`,
      },
      genuine: true,
      kind: 'genuine',
      paid: ask,
      ageDays: 0,
    });
  }
  const nAskNoise = Math.round(nAsk * r.uni(0.2, 0.8));
  for (let i = 0; i < nAskNoise; i++) {
    const n = makeNoise(card, grade, trueValue, rawValue, trueValue, r, withNumber);
    if (n.kind === 'outlier_low' || n.kind === 'outlier_high') continue;
    const ps = priceAndShipping(n.price * r.uni(1, 1.3), r, graded, false);
    active.push({
      item: { title: n.title, ...ps, auction: false, seller: `seller${r.int(1, 500)}` },
      genuine: false,
      kind: n.kind,
      paid: n.price,
      ageDays: 0,
    });
  }
  r.shuffle(active);
  return {
    id,
    card,
    grade,
    query,
    ...(filters ? { filters } : {}),
    trueValue,
    drift,
    sigma,
    sold,
    active,
    now,
  };
}

function otherGrades(c: Card, g: Grade): Grade[] {
  const all: Grade[] = [
    'PSA 10',
    'PSA 9',
    'PSA 8',
    'PSA 7',
    'BGS 10',
    'BGS 9.5',
    'BGS 9',
    'SGC 10',
    'SGC 9.5',
    'SGC 9',
    'CGC 10',
    'CGC 9.5',
  ];
  const grader = g.split(' ')[0];
  // same grader weighted more (the realistic confusion), others still present
  const out: Grade[] = [];
  for (const x of all) {
    if (x === g) continue;
    out.push(x);
    if (x.startsWith(grader ?? '-')) out.push(x, x);
  }
  void c;
  return out;
}

function makeNoise(
  c: Card,
  g: Grade,
  V: number,
  rawValue: number,
  Vt: number,
  r: Rng,
  queryHasNumber: boolean,
): { kind: NoiseKind; title: string; price: number } {
  const graded = g !== 'raw';
  const weights: [NoiseKind, number][] = graded
    ? [
        ['other_grade', 22],
        ['raw_copy', 8],
        ['speculative', 8],
        ['parallel', c.parallels.length ? 11 : 0],
        ['autograph', 5],
        ['other_card', 8],
        ['other_player', 5],
        ['lot', 6],
        ['reprint', 5],
        ['custom', 3],
        ['authentic', 3],
        ['qualifier', g.startsWith('PSA') && g !== 'PSA 10' ? 3 : 0],
        ['outlier_low', 3],
        ['outlier_high', 3],
        ['break', 3],
        ['sealed', 3],
        ['you_pick', 1],
        ['digital', 1],
      ]
    : [
        ['graded_copy', 22],
        ['parallel', c.parallels.length ? 14 : 0],
        ['autograph', 6],
        ['other_card', 10],
        ['other_player', 6],
        ['lot', 10],
        ['reprint', 7],
        ['custom', 3],
        ['damaged', 8],
        ['outlier_low', 3],
        ['outlier_high', 3],
        ['break', 2],
        ['sealed', 2],
        ['you_pick', 3],
        ['digital', 1],
      ];
  const kind = r.weighted(weights);
  const sameGradeVal = Vt * r.ln(0.2);
  switch (kind) {
    case 'other_grade': {
      const og = r.pick(otherGrades(c, g));
      return {
        kind,
        title: writeTitle(c, r, { grade: og }),
        price: ((Vt * mult(c, og)) / mult(c, g)) * r.ln(0.2),
      };
    }
    case 'raw_copy':
      return { kind, title: writeTitle(c, r, { grade: 'raw' }), price: (Vt / mult(c, g)) * r.ln(0.25) };
    case 'graded_copy': {
      const og = r.pick(otherGrades(c, 'PSA 10').concat(['PSA 10']));
      return { kind, title: writeTitle(c, r, { grade: og }), price: Vt * mult(c, og) * r.ln(0.2) };
    }
    case 'speculative': {
      const phrase = r.weighted([
        ['PSA 10?', 6],
        ['PSA 10 ??', 2],
        ['Gem Mint 10?', 2],
        ['PSA 10 Candidate', 3],
        ['10 candidate', 2],
        ['PSA 9 or 10?', 2],
        ['Should grade PSA 10', 2],
        ['PSA Ready 💎', 2],
        ['Potential PSA 10', 1],
        ['PSA 10 comp', 1],
        ['Gem Mint', 2],
      ] as const);
      return {
        kind,
        title: writeTitle(c, r, { grade: 'raw', gradeText: phrase }),
        price: rawValue * r.uni(0.9, 1.6),
      };
    }
    case 'parallel': {
      const p = r.pick(c.parallels);
      return {
        kind,
        title: writeTitle(c, r, { grade: g, parallel: p.name }),
        price: sameGradeVal * r.uni(p.mult[0], p.mult[1]),
      };
    }
    case 'autograph': {
      const a = r.pick(c.autos);
      const withSerial = !c.vintage && r.chance(0.5) ? ` /${r.pick([25, 50, 75, 99, 150, 199])}` : '';
      const cert = c.vintage || a === 'Signed' ? r.pick([' PSA/DNA', ' JSA', ' Beckett COA', '']) : '';
      return {
        kind,
        title: writeTitle(c, r, { grade: g, insert: `${a}${withSerial}${cert}` }),
        price: sameGradeVal * r.uni(3, 20),
      };
    }
    case 'other_card': {
      const pool = c.others.filter((o) => !o.sameSet || queryHasNumber);
      const o = r.pick(pool.length ? pool : c.others);
      return {
        kind,
        title: writeTitle(c, r, {
          grade: g,
          year: o.year,
          set: o.set,
          number: o.number === '?' ? null : r.chance(0.85) ? `#${o.number}` : null,
          ...(o.extra ? { extra: o.extra } : {}),
        }),
        price: sameGradeVal * r.uni(o.rel[0], o.rel[1]),
      };
    }
    case 'other_player': {
      const m = r.pick(c.mates);
      return {
        kind,
        title: writeTitle(c, r, {
          grade: g,
          player: m.player,
          number: r.chance(0.8) ? `#${m.number}` : null,
          noRookie: r.chance(0.3),
        }),
        price: sameGradeVal * r.uni(m.rel[0], m.rel[1]),
      };
    }
    case 'lot': {
      const k = r.pick([2, 3, 3, 4, 5, 5, 6, 10]);
      const form = r.weighted([
        ['pre_lot_of', 4],
        ['pre_paren', 2],
        ['suf_x', 3],
        ['suf_lot', 2],
        ['card_lot', 2],
        ['bundle', 1],
        ['pre_x', 1],
      ] as const);
      const lotGrade: Grade = graded && r.chance(0.35) ? g : 'raw';
      const unit = lotGrade === 'raw' ? rawValue : V;
      const opts: TitleOpts = { grade: lotGrade };
      if (form === 'pre_lot_of') opts.prefix = r.pick([`Lot of ${k}`, `LOT OF ${k}`, `Lot (${k})`]);
      else if (form === 'pre_paren') opts.prefix = `(${k})`;
      else if (form === 'suf_x') opts.suffix = r.pick([`x${k}`, `X${k}`, `x ${k}`]);
      else if (form === 'suf_lot') opts.suffix = `${k} Card Lot`;
      else if (form === 'card_lot') {
        opts.suffix = r.pick(['Lot', 'LOT', 'Investment Lot']);
        opts.prefix = `${k}x`;
      } else if (form === 'bundle') opts.suffix = `Bundle of ${k}`;
      else opts.prefix = `${k} x`;
      return { kind, title: writeTitle(c, r, opts), price: k * unit * r.uni(0.7, 1.0) };
    }
    case 'reprint': {
      const w = r.weighted([
        ['REPRINT', 4],
        ['Reprint', 3],
        ['RP', 2],
        ['Facsimile', 1],
        ['Novelty', 1],
        ['Replica', 1],
      ] as const);
      const slab = graded && r.chance(0.3) ? g : 'raw';
      return { kind, title: writeTitle(c, r, { grade: slab, insert: w }), price: r.uni(1.5, 6) };
    }
    case 'custom': {
      const t = r.weighted([
        [`${c.player} Custom Art Card ACEO 1/1`, 2],
        [`Custom ${c.year} ${c.sets[0]} ${c.player} Refractor Card`, 2],
        [`${c.player} ${c.year} ${c.sets[0]} #${c.number} Fan Made Custom Rookie`, 2],
        [`${c.year} ${c.sets[0]} ${c.player} #${c.number} custom proxy card`, 1],
      ] as const);
      return { kind, title: t, price: r.uni(3, 20) };
    }
    case 'damaged': {
      const w = r.pick([
        'Creased',
        'Crease',
        'Damaged',
        'Poor Condition',
        'Heavy Crease',
        'Writing on Back',
        'Paper Loss',
        'Water Damage',
        'Bent Corner',
      ]);
      return {
        kind,
        title: writeTitle(c, r, { grade: 'raw', insert: w }),
        price: rawValue * r.uni(0.15, 0.45),
      };
    }
    case 'authentic': {
      const w = r.pick([
        'PSA Authentic',
        'PSA AUTHENTIC Altered',
        'PSA Auth',
        'PSA A (Authentic)',
        'BGS Authentic',
      ]);
      return {
        kind,
        title: writeTitle(c, r, { grade: 'raw', gradeText: w }),
        price: rawValue * r.uni(0.3, 0.7),
      };
    }
    case 'qualifier': {
      const q = r.pick(['OC', '(OC)', 'MK', '(ST)', 'OC Off Center']);
      return {
        kind,
        title: writeTitle(c, r, { grade: g, gradeText: `${g} ${q}` }),
        price: Vt * r.uni(0.35, 0.6),
      };
    }
    case 'outlier_low':
      return { kind, title: writeTitle(c, r, { grade: g }), price: Vt * r.uni(0.2, 0.4) };
    case 'outlier_high':
      return { kind, title: writeTitle(c, r, { grade: g }), price: Vt * r.uni(3, 5) };
    case 'break': {
      const t = r.weighted([
        [`${c.year} ${c.sets[0]} Hobby Box Break - ${c.team} Random Team`, 2],
        [`PYT ${c.team} ${c.year} ${c.sets[0]} 1 Case Break Spot`, 2],
        [`${c.player} ${c.team} ${c.sets[0]} Break Spot 🔥 live break`, 1],
        [`${c.team} - ${c.year} ${c.sets[0]} 12 Box Case Break #${r.int(100, 999)}`, 1],
      ] as const);
      return { kind, title: t, price: r.uni(10, 150) };
    }
    case 'sealed': {
      const t = r.pick(c.sealed);
      const suffix = r.pick(['Factory Sealed', 'SEALED', 'New Sealed', 'Sealed 🔥', `${c.player} RC Chase`]);
      const box = /box|set/i.test(t);
      return {
        kind,
        title: `${t} ${suffix}`,
        price: box ? r.uni(60, 900) * (c.vintage ? 5 : 1) : r.uni(5, 60) * (c.vintage ? 10 : 1),
      };
    }
    case 'you_pick': {
      const m = c.mates[0]?.player ?? 'Base';
      const t = r.weighted([
        [`${c.year} ${c.sets[0]} Base Rookies You Pick - ${c.player} ${m}`, 2],
        [`${c.year} ${c.sets[0]} PYP Complete Your Set ${c.last} #${c.number}`, 1],
        [`${c.year} ${c.sets[0]} - Choose Your Card - ${c.player} RC`, 1],
      ] as const);
      return { kind, title: t, price: r.uni(0.99, 6) };
    }
    case 'digital': {
      const t = r.pick([
        `${c.player} Topps Bunt Digital Card ${c.year} ${c.sets[0]}`,
        `${c.year} ${c.sets[0]} ${c.player} NFT digital`,
        `${c.player} ${c.year} ${c.sets[0]} #${c.number} Code Card (digital)`,
      ]);
      return { kind, title: t, price: r.uni(0.5, 4) };
    }
    default:
      throw new Error(`unhandled ${kind}`);
  }
}

// ---------------------------------------------------------------- floors
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}
const allIn = (it: CompItem): number => it.price + (it.shipping ?? 0);

/** Plain median of the genuine sales as listed (best-offer sales at their shown price). Drifting markets:
 *  only the last 30 days (if ≥ 3 sales there) — the window trades a third of the drift bias for noise. */
function floorMedian(m: Market): number {
  const g = m.sold.filter((s) => s.genuine);
  const recent = g.filter((s) => s.ageDays <= 30);
  const use = m.drift !== 0 && recent.length >= 3 ? recent : g;
  return median(use.map((s) => allIn(s.item)));
}
/** Same window as floorMedian, but with the prices actually paid (best-offer sales at their accepted price). */
function floorPaid(m: Market): number {
  const g = m.sold.filter((s) => s.genuine);
  const recent = g.filter((s) => s.ageDays <= 30);
  const use = m.drift !== 0 && recent.length >= 3 ? recent : g;
  return median(use.map((s) => s.paid));
}
/** Theil–Sen on log price vs age of the genuine sales, intercept at today (the ideal trend-aware floor). */
function floorTheilSen(m: Market): number {
  const g = m.sold.filter((s) => s.genuine);
  const xs = g.map((s) => s.ageDays);
  const ys = g.map((s) => Math.log(allIn(s.item)));
  if (g.length < 4) return Math.exp(median(ys));
  const slopes: number[] = [];
  for (let i = 0; i < g.length; i++)
    for (let j = i + 1; j < g.length; j++) {
      const dx = (xs[j] as number) - (xs[i] as number);
      if (Math.abs(dx) > 1) slopes.push(((ys[j] as number) - (ys[i] as number)) / dx);
    }
  const b = median(slopes);
  return Math.exp(median(ys.map((y, i) => y - b * (xs[i] as number))));
}

// ---------------------------------------------------------------- run
interface Row {
  m: Market;
  res: CompsResult;
  oracle: CompsResult;
  err: number | null;
  oerr: number | null;
  naerr: number | null;
  width: number | null;
  signed: number | null;
  covered: boolean | null;
  ocovered: boolean | null;
  ferr: number;
  tserr: number;
  perr: number;
  keptGenuine: number;
  keptNoise: number;
  nGenuine: number;
  nNoise: number;
}

function run(m: Market): Row {
  const input: CompsInput = {
    query: m.query,
    ...(m.filters ? { filters: m.filters } : {}),
    sold: m.sold.map((s) => s.item),
    active: m.active.map((s) => s.item),
    now: m.now.toISOString(),
  };
  const res = computeComps(input);
  const oracle = computeComps({
    ...input,
    sold: m.sold.filter((s) => s.genuine).map((s) => s.item),
    active: m.active.filter((s) => s.genuine).map((s) => s.item),
  });
  const noAsk = computeComps({ ...input, active: [] });
  const V = m.trueValue;
  const e = (x: CompsResult): number | null =>
    x.insufficientData || x.marketValue == null ? null : Math.abs(x.marketValue / V - 1);
  const cov = (x: CompsResult): boolean | null =>
    x.insufficientData || x.discount == null || x.premium == null ? null : x.discount <= V && V <= x.premium;
  let keptGenuine = 0;
  let keptNoise = 0;
  for (const l of res.listings) {
    if (l.kind !== 'sold' || l.status !== 'exact') continue;
    const s = m.sold[l.index];
    if (!s) continue;
    if (s.genuine) keptGenuine++;
    else keptNoise++;
  }
  const nGenuine = m.sold.filter((s) => s.genuine).length;
  return {
    m,
    res,
    oracle,
    err: e(res),
    oerr: e(oracle),
    naerr: e(noAsk),
    width:
      res.discount != null && res.premium != null && res.marketValue
        ? (res.premium - res.discount) / res.marketValue
        : null,
    signed: res.marketValue == null || res.insufficientData ? null : res.marketValue / V - 1,
    covered: cov(res),
    ocovered: cov(oracle),
    ferr: Math.abs(floorMedian(m) / V - 1),
    tserr: Math.abs(floorTheilSen(m) / V - 1),
    perr: Math.abs(floorPaid(m) / V - 1),
    keptGenuine,
    keptNoise,
    nGenuine,
    nNoise: m.sold.length - nGenuine,
  };
}

const pct = (x: number, d = 1): string => (Number.isFinite(x) ? `${(x * 100).toFixed(d)}%` : '—');
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function summary(label: string, rows: Row[]): string {
  const errs = rows.map((r) => r.err).filter((x): x is number => x != null);
  const oerrs = rows.map((r) => r.oerr).filter((x): x is number => x != null);
  const signed = rows.map((r) => r.signed).filter((x): x is number => x != null);
  const cov = rows.filter((r) => r.covered != null);
  const ocov = rows.filter((r) => r.ocovered != null);
  const ferr = rows.map((r) => r.ferr);
  const ts = rows.map((r) => r.tserr);
  const insuff = rows.filter((r) => r.err == null).length;
  const oinsuff = rows.filter((r) => r.oerr == null).length;
  const cells = [
    pad(label, 16),
    lpad(String(rows.length), 4),
    lpad(pct(median(errs)), 7),
    lpad(pct(quantile(errs, 0.75)), 7),
    lpad(pct(quantile(errs, 0.9)), 7),
    lpad(pct(median(signed)), 7),
    lpad(pct(cov.filter((r) => r.covered).length / cov.length, 0), 5),
    lpad(pct(median(rows.map((r) => r.width).filter((x): x is number => x != null)), 0), 5),
    lpad(String(insuff), 4),
    lpad(pct(median(ferr)), 7),
    lpad(pct(quantile(ferr, 0.9)), 7),
    lpad(pct(median(ts)), 7),
    lpad(pct(median(rows.map((r) => r.perr))), 7),
    lpad(pct(median(oerrs)), 7),
    lpad(pct(quantile(oerrs, 0.9)), 7),
    lpad(pct(ocov.filter((r) => r.ocovered).length / ocov.length, 0), 5),
    lpad(String(oinsuff), 4),
    lpad(pct(median(rows.map((r) => r.naerr).filter((x): x is number => x != null))), 7),
  ];
  return cells.join(' ');
}
const HEADER = [
  pad('slice', 16),
  lpad('n', 4),
  lpad('med', 7),
  lpad('p75', 7),
  lpad('p90', 7),
  lpad('bias', 7),
  lpad('cov', 5),
  lpad('width', 5),
  lpad('ins', 4),
  lpad('flMed', 7),
  lpad('flP90', 7),
  lpad('flTS', 7),
  lpad('flPaid', 7),
  lpad('orMed', 7),
  lpad('orP90', 7),
  lpad('oCov', 5),
  lpad('oIns', 4),
  lpad('noAsk', 7),
].join(' ');

function main(): void {
  const argv = process.argv.slice(2);
  const arg = (name: string, dflt: number): number => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : dflt;
  };
  const seed = arg('seed', 1);
  const nMarkets = arg('markets', 600);
  const nWorst = arg('worst', 15);
  const nDump = arg('dump', 0);
  const nEx = arg('examples', 2);
  const showIdx = argv.indexOf('--show');
  const show = showIdx >= 0 ? (argv[showIdx + 1] ?? '').toLowerCase() : null;
  const t0 = Date.now();
  const rows: Row[] = [];
  for (let i = 0; i < nMarkets; i++) rows.push(run(buildMarket(seed, i)));
  const ms = Date.now() - t0;

  const out: string[] = [];
  out.push(`blind2-markets seed=${seed} markets=${nMarkets} (${ms} ms)`);
  out.push(
    'err = |FMV/true−1| over markets with a value; bias = median signed error; cov = Discount ≤ true ≤ Premium;',
  );
  out.push(
    'ins = insufficientData; fl* = floors from genuine sales only (flMed: plain median, last 30 d if drifting; flTS: Theil–Sen at today; flPaid: flMed with best-offer sales at the price paid); or* = engine on genuine listings only; width = (Premium−Discount)/FMV; noAsk = engine, all sold, no active listings',
  );
  out.push(HEADER);
  const slices: [string, (r: Row) => boolean][] = [
    ['all', () => true],
    ['stationary', (r) => r.m.drift === 0],
    ['drifting', (r) => r.m.drift !== 0],
    ['drift up', (r) => r.m.drift > 0],
    ['drift down', (r) => r.m.drift < 0],
    ['thin (≤8)', (r) => r.nGenuine <= 8],
    ['not thin', (r) => r.nGenuine > 8],
    ['raw', (r) => r.m.grade === 'raw'],
    ['graded', (r) => r.m.grade !== 'raw'],
    ['vintage', (r) => r.m.card.vintage],
    ['value<$30', (r) => r.m.trueValue < 30],
    ['value≥$1000', (r) => r.m.trueValue >= 1000],
  ];
  for (const [label, f] of slices) out.push(summary(label, rows.filter(f)));

  // matching: leak rate per noise kind, loss rate per reason for genuine
  let G = 0;
  let GK = 0;
  let N = 0;
  let NK = 0;
  const leak = new Map<string, { n: number; kept: number; ex: string[] }>();
  const lost = new Map<string, { n: number; ex: string[] }>();
  for (const row of rows) {
    for (const l of row.res.listings) {
      if (l.kind !== 'sold') continue;
      const s = row.m.sold[l.index];
      if (!s) continue;
      if (s.genuine) {
        G++;
        if (l.status === 'exact') GK++;
        else {
          const key = l.reasons.join('+') || '(none)';
          const e = lost.get(key) ?? { n: 0, ex: [] };
          e.n++;
          if (e.ex.length < Math.max(4, nEx))
            e.ex.push(`[${row.m.query}] ${l.title} @${(allIn(s.item) / row.m.trueValue).toFixed(2)}×`);
          lost.set(key, e);
        }
      } else {
        N++;
        const e = leak.get(s.kind) ?? { n: 0, kept: 0, ex: [] };
        e.n++;
        if (l.status === 'exact') {
          NK++;
          e.kept++;
          if (e.ex.length < Math.max(4, nEx))
            e.ex.push(`[${row.m.query}] ${l.title} @${(allIn(s.item) / row.m.trueValue).toFixed(2)}×`);
        }
        leak.set(s.kind, e);
      }
    }
  }
  out.push('');
  out.push(
    `matching (sold): precision ${pct(GK / (GK + NK))} (${NK} noise kept of ${N}), recall ${pct(GK / G)} (${G - GK} genuine excluded of ${G})`,
  );
  out.push('noise kind       listings  kept-as-exact');
  for (const [k, v] of [...leak.entries()].sort((a, b) => b[1].kept - a[1].kept))
    out.push(
      `${pad(k, 16)} ${lpad(String(v.n), 8)}  ${lpad(String(v.kept), 5)} ${lpad(pct(v.kept / v.n), 6)}`,
    );
  out.push('genuine sales excluded, by reason:');
  for (const [k, v] of [...lost.entries()].sort((a, b) => b[1].n - a[1].n))
    out.push(`  ${pad(k, 40)} ${v.n}`);

  // where the error comes from
  const both = rows.filter((r) => r.err != null && r.oerr != null);
  const matchDriven = both.filter((r) => (r.err as number) - (r.oerr as number) > 0.02).length;
  const bigErr = both.filter((r) => (r.err as number) > 0.05);
  const bigOracle = bigErr.filter((r) => (r.oerr as number) > 0.05).length;
  out.push('');
  out.push(
    `engine worse than oracle by >2 pts: ${matchDriven}/${both.length} markets; of ${bigErr.length} markets with err>5 %, ${bigOracle} also have oracle err>5 % (pricing), ${bigErr.length - bigOracle} do not (matching)`,
  );
  const insuffBoth = rows.filter((r) => r.err == null);
  out.push(
    `insufficientData: engine ${insuffBoth.length} (genuine counts: ${insuffBoth.map((r) => `${r.nGenuine}g/${r.keptGenuine}k`).join(' ')}), oracle ${rows.filter((r) => r.oerr == null).length}`,
  );

  const worst = rows
    .filter((r) => r.err != null)
    .sort((a, b) => (b.err as number) - (a.err as number))
    .slice(0, nWorst);
  out.push('');
  out.push(
    `worst ${nWorst}: query | true | FMV | oracle | floor | drift | gen/noise | kept gen/noise | prec | rec`,
  );
  for (const r of worst) {
    const prec = r.keptGenuine + r.keptNoise ? r.keptGenuine / (r.keptGenuine + r.keptNoise) : Number.NaN;
    out.push(
      `${pad(r.m.query, 44)} ${lpad(`$${r.m.trueValue.toFixed(2)}`, 10)} ${lpad(`$${(r.res.marketValue as number).toFixed(2)}`, 10)} ${lpad(r.oracle.marketValue == null ? 'insuf' : `$${r.oracle.marketValue.toFixed(2)}`, 10)} ${lpad(`${pct(r.ferr, 0)}`, 4)} ${lpad(r.m.drift ? `${r.m.drift > 0 ? '+' : ''}${Math.round(r.m.drift * 100)}%` : '0', 4)} ${lpad(`${r.nGenuine}/${r.nNoise}`, 7)} ${lpad(`${r.keptGenuine}/${r.keptNoise}`, 7)} ${lpad(pct(prec, 0), 5)} ${lpad(pct(r.keptGenuine / r.nGenuine, 0), 5)}  err ${pct(r.err as number)}`,
    );
  }
  for (const r of worst.slice(0, nDump)) {
    out.push('');
    out.push(
      `--- ${r.m.query} ${JSON.stringify(r.m.filters ?? {})} true $${r.m.trueValue} FMV ${r.res.marketValue} n=${r.res.n} trend ${JSON.stringify(r.res.trend)} blend ${JSON.stringify(r.res.askBlend)}`,
    );
    for (const l of r.res.listings) {
      const s = l.kind === 'sold' ? r.m.sold[l.index] : r.m.active[l.index];
      if (!s) continue;
      const wrong = (s.genuine && l.status !== 'exact') || (!s.genuine && l.status === 'exact');
      if (!wrong && !(s.genuine && l.status === 'exact' && l.kind === 'sold' && r.res.n < 12)) continue;
      out.push(
        `  ${wrong ? 'WRONG' : 'ok   '} ${l.kind} ${s.kind} ${l.status} [${l.reasons.join(',')}] ${(allIn(s.item) / r.m.trueValue).toFixed(2)}× ${l.title}`,
      );
    }
  }
  out.push('');
  out.push('examples of noise kept as exact:');
  for (const [k, v] of leak) for (const ex of v.ex.slice(0, nEx)) out.push(`  ${pad(k, 14)} ${ex}`);
  out.push('examples of genuine excluded:');
  for (const [k, v] of lost) for (const ex of v.ex.slice(0, nEx)) out.push(`  ${pad(k, 22)} ${ex}`);
  // pricing diagnostics: trend use, best-offer share
  const drifting = rows.filter((r) => r.m.drift !== 0 && r.signed != null);
  const stationary = rows.filter((r) => r.m.drift === 0 && r.signed != null);
  const sgn = (rs: Row[]): string =>
    `${rs.length} mkts, med err ${pct(median(rs.map((r) => r.err as number)))}, bias ${pct(median(rs.map((r) => r.signed as number)))}, oracle ${pct(median(rs.map((r) => r.oerr ?? Number.NaN)))}, flPaid ${pct(median(rs.map((r) => r.perr)))}, flTS ${pct(median(rs.map((r) => r.tserr)))}, noAsk ${pct(median(rs.map((r) => r.naerr ?? Number.NaN)))}`;
  out.push('');
  out.push('trend: drifting & applied   ' + sgn(drifting.filter((r) => r.res.trend.applied)));
  out.push('       drifting & not       ' + sgn(drifting.filter((r) => !r.res.trend.applied)));
  out.push('       stationary & applied ' + sgn(stationary.filter((r) => r.res.trend.applied)));
  out.push('       stationary & not     ' + sgn(stationary.filter((r) => !r.res.trend.applied)));
  const stApplied = stationary.filter((r) => r.res.trend.applied);
  const absZ = (rs: Row[]): number[] => rs.map((r) => Math.abs(r.res.trend.strength ?? 0));
  out.push(
    `       stationary: |z|≥2 in ${stationary.filter((r) => Math.abs(r.res.trend.strength ?? 0) >= 2).length}/${stationary.length}; applied ones: min |z| ${Math.min(...absZ(stApplied)).toFixed(2)}, median |z| ${median(absZ(stApplied)).toFixed(2)}, median |pct/30d| ${median(stApplied.map((r) => Math.abs(r.res.trend.pctPer30Days ?? 0))).toFixed(1)}`,
  );
  const drApplied = drifting.filter((r) => r.res.trend.applied);
  out.push(
    `       drifting applied: median |pct/30d| ${median(drApplied.map((r) => Math.abs(r.res.trend.pctPer30Days ?? 0))).toFixed(1)} vs true median |drift/30d| ${median(drApplied.map((r) => Math.abs((1 + r.m.drift) ** (1 / 3) - 1) * 100)).toFixed(1)}; not applied: median |z| ${median(absZ(drifting.filter((r) => !r.res.trend.applied))).toFixed(2)}`,
  );
  const lag = drifting.map((r) => (r.signed as number) * Math.sign(r.m.drift));
  out.push(
    `       drifting: median signed error × sign(drift) = ${pct(median(lag))} (negative = lags the move), |drift| median ${pct(median(drifting.map((r) => Math.abs(r.m.drift))))}`,
  );
  const blend = rows.filter((r) => r.signed != null);
  out.push('asks:  blend applied        ' + sgn(blend.filter((r) => r.res.askBlend.applied)));
  out.push('       blend not applied    ' + sgn(blend.filter((r) => !r.res.askBlend.applied)));
  const woBo = blend.filter((r) => r.res.marketValueWithoutBestOffer != null);
  out.push(
    `best offer: med |marketValueWithoutBestOffer/true−1| ${pct(median(woBo.map((r) => Math.abs((r.res.marketValueWithoutBestOffer as number) / r.m.trueValue - 1))))}, bias ${pct(median(woBo.map((r) => (r.res.marketValueWithoutBestOffer as number) / r.m.trueValue - 1)))}`,
  );
  if (show) {
    for (const r of rows.filter((x) => x.m.query.toLowerCase().includes(show)).slice(0, 3)) {
      out.push('');
      out.push(
        `=== ${r.m.query} true $${r.m.trueValue} drift ${r.m.drift.toFixed(3)} sigma ${r.m.sigma.toFixed(2)} FMV ${r.res.marketValue} n=${r.res.n} outliers ${r.res.outliersRemoved} trend ${JSON.stringify(r.res.trend)}`,
      );
      for (const l of r.res.listings) {
        if (l.kind !== 'sold') continue;
        const s = r.m.sold[l.index];
        if (!s || (!s.genuine && l.status !== 'exact')) continue;
        out.push(
          `  ${s.kind} ${l.status} [${l.reasons.join(',')}] age ${s.ageDays.toFixed(0)}d ${(allIn(s.item) / r.m.trueValue).toFixed(2)}× adj ${l.adjustedPrice == null ? '-' : (l.adjustedPrice / r.m.trueValue).toFixed(2)} w ${l.weight?.toFixed(2) ?? '-'} ${s.item.bestOffer ? 'BO ' : ''}${l.title}`,
        );
      }
    }
  }
  const nInf = arg('influence', 0);
  if (nInf > 0) out.push('', ...influence(seed, nInf));
  console.log(out.join('\n'));
}

/**
 * Influence of one shill sale (spec §3: a sale at 0.3× or 3× FMV moves it < 3 % when n ≥ 8): the genuine
 * sales of a market alone, then the same plus one sale with a genuine-looking title at 3× (or 0.3×) that
 * FMV, sold on a random day of the window. No active listings, so only the sold side is measured.
 */
function influence(seed: number, nMarkets: number): string[] {
  const buckets: [string, number, number][] = [
    ['n 3–4', 3, 4],
    ['n 5–7', 5, 7],
    ['n 8–15', 8, 15],
    ['n 16–40', 16, 40],
    ['n 41+', 41, 1e9],
  ];
  const shifts = new Map<string, number[]>();
  const notes: string[] = [];
  for (let i = 0; i < nMarkets; i++) {
    const m = buildMarket(seed + 1000, i);
    const r = new Rng(seed + 2000, i);
    const genuine = m.sold.filter((s) => s.genuine).map((s) => s.item);
    const base = computeComps({
      query: m.query,
      ...(m.filters ? { filters: m.filters } : {}),
      sold: genuine,
      now: m.now.toISOString(),
    });
    if (base.marketValue == null || base.insufficientData) continue;
    for (const factor of [3, 0.3]) {
      const donor = r.pick(genuine);
      const shill: CompItem = {
        title: donor.title,
        price: round2(base.marketValue * factor),
        soldAt: new Date(m.now.getTime() - r.uni(0, 90) * DAY).toISOString(),
        auction: r.chance(0.5),
      };
      const withShill = computeComps({
        query: m.query,
        ...(m.filters ? { filters: m.filters } : {}),
        sold: [...genuine, shill],
        now: m.now.toISOString(),
      });
      if (withShill.marketValue == null) continue;
      const b = buckets.find(([, lo, hi]) => base.n >= lo && base.n <= hi);
      if (!b) continue;
      const key = `${b[0]} ${factor === 3 ? '3×' : '0.3×'}`;
      const xs = shifts.get(key) ?? [];
      const shift = Math.abs(withShill.marketValue / base.marketValue - 1);
      xs.push(shift);
      shifts.set(key, xs);
      if (base.n >= 8 && shift > 0.2)
        notes.push(
          `    prices/FMV (age d, weight): ${withShill.listings
            .filter((l) => l.kind === 'sold')
            .map(
              (l) =>
                `${(l.allInPrice / (base.marketValue as number)).toFixed(2)}(${((m.now.getTime() - Date.parse(l.soldAt ?? '')) / DAY) | 0}d,${l.weight?.toFixed(2) ?? l.reasons.join('/')}${l.bestOffer ? ',BO' : ''})`,
            )
            .join(' ')}`,
        );
      if (base.n >= 8 && shift > 0.03)
        notes.push(
          `  n=${base.n} ${factor}× shill ${((m.now.getTime() - Date.parse(shill.soldAt as string)) / DAY) | 0}d old: FMV ${base.marketValue} → ${withShill.marketValue} (${pct(shift)}); trend ${base.trend.applied ? `on ${base.trend.pctPer30Days}%` : 'off'} → ${withShill.trend.applied ? `on ${withShill.trend.pctPer30Days}%` : 'off'}, outliers ${base.outliersRemoved} → ${withShill.outliersRemoved}  [${m.query}]`,
        );
    }
  }
  const out = [
    'influence of one shill sale (genuine sales only, bucketed by the engine n; |FMV with shill / FMV without − 1|):',
  ];
  out.push('bucket          markets  median     p90     max  share>3%');
  for (const [label] of buckets)
    for (const f of ['3×', '0.3×']) {
      const xs = shifts.get(`${label} ${f}`) ?? [];
      if (!xs.length) continue;
      out.push(
        `${pad(`${label} ${f}`, 15)} ${lpad(String(xs.length), 7)} ${lpad(pct(median(xs)), 7)} ${lpad(pct(quantile(xs, 0.9)), 7)} ${lpad(pct(Math.max(...xs)), 7)} ${lpad(pct(xs.filter((x) => x > 0.03).length / xs.length, 0), 9)}`,
      );
    }
  out.push('n ≥ 8 cases moving FMV > 3 %:', ...notes.slice(0, 12));
  return out;
}

main();
