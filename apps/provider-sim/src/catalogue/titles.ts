/**
 * Listing titles as eBay sellers write them: word order varies, sets and names get abbreviated,
 * grades are spelled three ways, and noise listings (lots, reprints, breaks, …) borrow the card's
 * words so that keyword search returns them, exactly as it does on eBay.
 */
import type { Rng } from '../random.ts';
import type { CatalogueEntry } from './catalogue.ts';
import type { GradeBucket } from './grades.ts';

/** Noise that never counts as a comp; "card" is a genuine single. */
export type ListingKind =
  | 'card'
  | 'lot'
  | 'you_pick'
  | 'reprint'
  | 'custom'
  | 'digital'
  | 'break'
  | 'sealed'
  | 'speculative';

export const TITLE_MAX = 80;

interface Part {
  text: string;
  /** Dropped lowest first when the title is too long. */
  keep: number;
}

function assemble(parts: (Part | null)[], max: number): string {
  const live = parts.filter((p): p is Part => p !== null && p.text.length > 0);
  const length = () => live.reduce((n, p) => n + p.text.length, 0) + live.length - 1;
  while (length() > max) {
    let lowest = -1;
    for (let i = 0; i < live.length; i++) {
      const p = live[i];
      const current = live[lowest];
      if (p && p.keep < 10 && (!current || p.keep < current.keep)) lowest = i;
    }
    if (lowest < 0) break;
    live.splice(lowest, 1);
  }
  let title = live.map((p) => p.text).join(' ');
  if (title.length > max) title = title.slice(0, title.lastIndexOf(' ', max));
  return title;
}

const part = (text: string | null | undefined, keep: number): Part | null => (text ? { text, keep } : null);

const SPORT_WORD = {
  baseball: 'Baseball',
  basketball: 'Basketball',
  football: 'Football',
  hockey: 'Hockey',
  soccer: 'Soccer',
} as const;

const FLUFF = ['🔥', '🔥🔥', 'HOT', 'Invest', '📈', 'Must See', 'Look!', 'Sharp Corners', '💎', 'Nice'];
const RAW_MARKERS = ['Raw', 'NM-MT', 'Mint', 'Sharp', 'Centered', 'Ungraded', 'NM', 'Near Mint'];

function yearText(rng: Rng, entry: CatalogueEntry): string {
  const { year } = entry.card;
  if (year.includes('-') && rng.chance(0.1)) return year.slice(0, 4);
  return year;
}

function setText(rng: Rng, entry: CatalogueEntry): string {
  const aliases = entry.card.setAliases;
  return rng.chance(0.7) ? entry.card.set : rng.pick(aliases);
}

function playerText(rng: Rng, entry: CatalogueEntry): string {
  return rng.chance(0.8) ? entry.card.player : rng.pick(entry.card.playerAliases);
}

function numberText(rng: Rng, number: string): string | null {
  const r = rng.next();
  if (r < 0.75) return `#${number}`;
  if (r < 0.85) return number;
  return null;
}

const ROOKIE_WORDS = { RC: 55, Rookie: 20, 'Rookie Card': 8, 'RC Rookie': 7, '': 10 };
const TEMPLATES = { a: 40, b: 25, c: 15, d: 20 } as const;

function rookieText(rng: Rng, entry: CatalogueEntry): string | null {
  if (entry.card.firstBowman) return rng.chance(0.85) ? '1st Bowman' : null;
  if (!entry.card.rookie) return null;
  return rng.weighted(ROOKIE_WORDS) || null;
}

function teamText(rng: Rng, entry: CatalogueEntry): string | null {
  const r = rng.next();
  if (r < 0.45) return entry.card.teamName;
  if (r < 0.65) return entry.identity.team;
  return null;
}

function parallelText(rng: Rng, name: string): string {
  if (name.endsWith(' Refractor') && rng.chance(0.1)) return name.replace(' Refractor', ' Ref');
  if (name.endsWith(' Prizm') && rng.chance(0.3)) return name.replace(' Prizm', '');
  if (name === 'Silver Prizm' && rng.chance(0.2)) return 'Prizm Silver';
  return name;
}

function serialText(rng: Rng, serial: number): string {
  if (serial === 1) return '1/1';
  const r = rng.next();
  if (r < 0.45) return `/${serial}`;
  if (r < 0.65) return `#/${serial}`;
  if (r < 0.75) return `#'d /${serial}`;
  if (r < 0.95) return `${rng.int(1, serial)}/${serial}`;
  return `Numbered /${serial}`;
}

function gradeText(rng: Rng, grade: GradeBucket): string | null {
  if (grade === 'raw') return rng.chance(0.35) ? rng.pick(RAW_MARKERS) : null;
  const [grader, value] = grade.split(' ') as [string, string];
  const label = value === '10' ? 'GEM MINT' : value === '9.5' ? 'Gem Mint' : value === '9' ? 'MINT' : 'NM-MT';
  const r = rng.next();
  if (grader === 'BGS' && r < 0.06) return `Beckett ${value}`;
  if (grader === 'PSA' && r < 0.04) return `PSA${value}`;
  if (r < 0.5) return `${grader} ${value}`;
  if (r < 0.85) return `${grader} ${value} ${label}`;
  return `${grader} ${value} ${label.charAt(0)}${label.slice(1).toLowerCase()}`;
}

const SPECULATIVE = [
  'PSA 10?',
  'PSA 10 Candidate',
  'Gem Mint? PSA Ready',
  'Should Grade PSA 10',
  'PSA 9 or 10?',
  'Potential PSA 10',
  'PSA 10 Ready',
  'BGS 9.5?',
];

/** The autograph wording and the product it belongs to. */
function autoWords(rng: Rng, entry: CatalogueEntry): { product: string; words: string } {
  const auto = entry.auto;
  if (!auto) return { product: setText(rng, entry), words: '' };
  const base = entry.card.set;
  const product = auto.set.startsWith(base) ? setText(rng, entry) : auto.set.split(' ').slice(0, 2).join(' ');
  const insert = auto.set.startsWith(base)
    ? auto.set.slice(base.length).trim()
    : auto.set.split(' ').slice(2).join(' ');
  if (auto.relic) {
    return {
      product,
      words: rng.pick(['RPA', 'Rookie Patch Auto RPA', 'RPA Patch Auto', 'Rookie Patch Auto']),
    };
  }
  const rookie = entry.card.rookie ? 'Rookie Auto' : 'Auto';
  return {
    product,
    words: rng.weighted({ [insert]: 30, Auto: 30, [rookie]: 15, 'On Card Auto': 10, Autograph: 15 }),
  };
}

/** A genuine single: the identity in the given grade (or raw, written as a speculative grade). */
export function cardTitle(rng: Rng, entry: CatalogueEntry, grade: GradeBucket, speculative = false): string {
  const id = entry.identity;
  const auto = autoWords(rng, entry);
  const year = part(yearText(rng, entry), 9);
  const set = part(auto.product, 10);
  const player = part(playerText(rng, entry), 10);
  const number = part(numberText(rng, id.cardNumber), 7);
  const parallel = part(id.parallel ? parallelText(rng, id.parallel) : null, 10);
  const serial = part(id.serial ? serialText(rng, id.serial) : null, 10);
  const autoPart = part(auto.words, 10);
  const rookie = part(rookieText(rng, entry), 5);
  const team = part(teamText(rng, entry), 3);
  const gradePart = speculative
    ? part(rng.pick(SPECULATIVE), 10)
    : part(gradeText(rng, grade), grade === 'raw' ? 2 : 10);
  const fluff = part(rng.chance(0.2) ? rng.pick(FLUFF) : null, 1);
  const sport = part(rng.chance(0.12) ? SPORT_WORD[entry.card.sport] : null, 2);
  const nonAuto = part(!id.autograph && id.parallel && rng.chance(0.05) ? 'Non-Auto' : null, 4);

  const template = rng.weighted(TEMPLATES);
  const order =
    template === 'a'
      ? [
          year,
          set,
          sport,
          player,
          number,
          parallel,
          serial,
          autoPart,
          nonAuto,
          rookie,
          team,
          gradePart,
          fluff,
        ]
      : template === 'b'
        ? [player, year, set, parallel, serial, autoPart, number, rookie, gradePart, team, fluff]
        : template === 'c'
          ? [gradePart, year, set, player, parallel, serial, autoPart, rookie, number, sport]
          : [fluff, year, player, set, number, parallel, serial, autoPart, rookie, team, gradePart];
  const title = assemble(order, TITLE_MAX);
  return rng.chance(0.12) ? title.toUpperCase() : title;
}

/** Words that make a noise listing come back for the card's own query. */
function core(rng: Rng, entry: CatalogueEntry, withNumber: boolean): Part[] {
  const parts = [
    part(yearText(rng, entry), 9),
    part(setText(rng, entry), 10),
    part(playerText(rng, entry), 10),
    withNumber ? part(numberText(rng, entry.card.number), 6) : null,
  ];
  return parts.filter((p): p is Part => p !== null);
}

const OTHER_PLAYERS: Record<string, string[]> = {
  baseball: ['Ohtani', 'Judge', 'Skenes', 'Soto', 'Trout', 'Carroll', 'Henderson'],
  basketball: ['Wembanyama', 'Luka', 'Edwards', 'Tatum', 'Curry', 'LeBron'],
  football: ['Mahomes', 'Burrow', 'Stroud', 'Allen', 'Daniels', 'Jefferson'],
  hockey: ['McDavid', 'Bedard', 'Matthews', 'Crosby', 'Celebrini', 'Makar'],
  soccer: ['Messi', 'Haaland', 'Yamal', 'Bellingham', 'Mbappe', 'Ronaldo'],
};

/** A noise listing of the given kind, built around the card's words. */
export function noiseTitle(rng: Rng, entry: CatalogueEntry, kind: Exclude<ListingKind, 'card'>): string {
  const sport = SPORT_WORD[entry.card.sport];
  const team = entry.card.teamName;
  const surname = entry.card.player.split(' ').at(-1) ?? '';
  const others = (OTHER_PLAYERS[entry.card.sport] ?? []).filter((p) => p !== surname);
  const [first, second] = [rng.int(0, others.length - 1), rng.int(0, others.length - 2)];
  const picks = [others[first], others.filter((_, i) => i !== first)[second]];
  const other = () => part(picks.shift(), 3);
  const rc = part(entry.card.rookie ? rng.pick(['RC', 'Rookie', 'Rookies']) : null, 4);
  switch (kind) {
    case 'lot': {
      const n = rng.pick([2, 3, 4, 5, 10]);
      const lot = rng.pick([`Lot (${n})`, `Lot of ${n}`, `(${n}) Card Lot`, `x${n} Lot`, `${n} Card Lot`]);
      return assemble(
        rng.chance(0.5)
          ? [part(lot, 10), ...core(rng, entry, true), rc, part(team, 3)]
          : [
              ...core(rng, entry, rng.chance(0.5)),
              rc,
              part(lot, 10),
              part(rng.pick(['Base', 'Bulk', 'Invest']), 2),
            ],
        TITLE_MAX,
      );
    }
    case 'you_pick': {
      const pick = rng.pick([
        'You Pick',
        'U Pick',
        'PYP',
        'Pick Your Card',
        'Choose Your Card',
        'You Choose',
      ]);
      return assemble(
        [...core(rng, entry, false), part(sport, 3), part(pick, 10), part('Base', 4), rc, other(), other()],
        TITLE_MAX,
      );
    }
    case 'reprint': {
      const rp = rng.pick(['RP', 'Reprint', 'RP Reprint', 'Reprint RP', 'Reprint Card']);
      return assemble([...core(rng, entry, true), rc, part(rp, 10), part(team, 3)], TITLE_MAX);
    }
    case 'custom': {
      const custom = rng.pick([
        'Custom Card',
        'Custom',
        'Custom ACEO',
        'Fan Made Custom',
        'Custom Art Card 1/1',
      ]);
      return assemble(
        [part(custom, 10), ...core(rng, entry, false), rc, part(team, 3), part('Art', 2)],
        TITLE_MAX,
      );
    }
    case 'digital': {
      const digital = rng.pick([
        'Topps Bunt Digital',
        'Digital Card',
        'Topps Digital',
        'NFT Digital',
        'Digital',
      ]);
      const parallel = rng.chance(0.4)
        ? part(rng.pick(['Gold /50', 'Blue /99', 'Red /5', 'Orange /25']), 4)
        : null;
      return assemble([...core(rng, entry, false), part(digital, 10), parallel, rc], TITLE_MAX);
    }
    case 'break': {
      const spot = rng.pick(['Random Team Break', 'PYT Break Spot', 'Case Break', 'Box Break Spot', 'Break']);
      return assemble(
        [
          ...core(rng, entry, false),
          part(sport, 4),
          part('Hobby', 3),
          part(spot, 10),
          part(team, 5),
          part(`#${rng.int(1, 999)}`, 1),
        ],
        TITLE_MAX,
      );
    }
    case 'sealed': {
      const box = rng.pick([
        'Hobby Pack',
        'Hobby Box',
        'Blaster Box',
        'Sealed Pack',
        'Hanger Box',
        'Mega Box',
      ]);
      return assemble(
        [
          part(yearText(rng, entry), 9),
          part(setText(rng, entry), 10),
          part(sport, 4),
          part(box, 10),
          part('Factory Sealed', 8),
          part(playerText(rng, entry), 9),
          part(rng.pick(['Chase', 'RC Hunt', 'Auto?', 'Hot']), 3),
        ],
        TITLE_MAX,
      );
    }
    case 'speculative':
      return cardTitle(rng, entry, 'raw', true);
  }
}

const HTML_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<b>',
  '<a href="javascript:alert(1)">',
];

/** Now and then a seller's title carries markup; every client must render it as text. */
export function withHtml(rng: Rng, title: string): string {
  const payload = rng.pick(HTML_PAYLOADS);
  const room = TITLE_MAX - payload.length - 1;
  const trimmed = title.length > room ? title.slice(0, title.lastIndexOf(' ', room)) : title;
  return rng.chance(0.5) ? `${trimmed} ${payload}` : `${payload} ${trimmed}`;
}
