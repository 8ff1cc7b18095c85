/**
 * The card identities the simulator knows, each with its true market value per grade bucket.
 * Built deterministically from BASE_CARDS and the seed: same seed, same catalogue.
 */
import { tokenize } from '../keywords.ts';
import { Rng } from '../random.ts';
import { type AutoSpec, BASE_CARDS, type BaseCard, PARALLEL_FAMILIES, type Sport } from './cards.ts';
import { type GradeBucket, gradeLadder } from './grades.ts';

export interface CardIdentity {
  /** Stable slug, e.g. `2011-topps-update-us175-mike-trout`. */
  id: string;
  sport: Sport;
  year: string;
  set: string;
  cardNumber: string;
  player: string;
  team: string;
  rookie: boolean;
  /** Parallel name ("Gold Refractor"); null for the base card. */
  parallel: string | null;
  /** Print run (/N); null when unnumbered. */
  serial: number | null;
  autograph: boolean;
  relic: boolean;
  /** How sellers would title it at its plainest. */
  canonicalTitle: string;
  /** True market value (USD) per grade bucket at the data's "now". */
  values: Record<GradeBucket, number>;
  /** Log-price drift over the 90 days before "now" (0.1 ≈ +10 %); sold prices follow it. */
  trend90d: number;
  /** Sold listings per 90 days. */
  salesVolume: number;
  /** Vintage cards sell mostly graded. */
  vintage: boolean;
  /** The base card this identity is a parallel or autograph of (itself for a base card). */
  baseId: string;
}

/** Internals the listing generator needs alongside the public identity. */
export interface CatalogueEntry {
  identity: CardIdentity;
  card: BaseCard;
  auto: AutoSpec | null;
}

function slug(text: string): string {
  return tokenize(text).join('-');
}

function teamOf(card: BaseCard): string {
  return card.teamCity ? `${card.teamCity} ${card.teamName}` : card.teamName;
}

function baseVolume(card: BaseCard): number {
  const byPopularity = [0, 35, 60, 100, 150, 220][card.popularity] ?? 60;
  return Math.round(byPopularity * (card.raw > 1000 ? 0.5 : card.raw > 300 ? 0.75 : 1));
}

function canonical(parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');
}

export function buildCatalogue(seed: number): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const card of BASE_CARDS) {
    const rng = new Rng(`${seed}:card:${card.year}:${card.set}:${card.number}:${card.player}`);
    const vintage = Number.parseInt(card.year, 10) < 2005;
    const baseId = slug(`${card.year} ${card.set} ${card.number} ${card.player}`);
    const trend = () => Math.round(rng.uniform(-0.12, 0.15) * 1000) / 1000;
    const common = {
      sport: card.sport,
      year: card.year,
      player: card.player,
      team: teamOf(card),
      rookie: card.rookie,
      vintage,
      baseId,
    };
    /** The base card or one of its parallels: the base card's set and number, no autograph. */
    const printing = (
      variant: Pick<CardIdentity, 'id' | 'parallel' | 'serial'>,
      titleTail: (string | null | false | undefined)[],
      market: Pick<CardIdentity, 'values' | 'trend90d' | 'salesVolume'>,
    ): CatalogueEntry => ({
      card,
      auto: null,
      identity: {
        ...common,
        id: variant.id,
        set: card.set,
        cardNumber: card.number,
        parallel: variant.parallel,
        serial: variant.serial,
        autograph: false,
        relic: false,
        canonicalTitle: canonical([card.year, card.set, card.player, `#${card.number}`, ...titleTail]),
        ...market,
      },
    });
    entries.push(
      printing(
        { id: baseId, parallel: null, serial: null },
        [card.rookie && 'RC', card.firstBowman && '1st Bowman'],
        {
          values: gradeLadder(card.raw, card.gem),
          trend90d: card.popularity === 5 ? Math.round(rng.uniform(0.05, 0.25) * 1000) / 1000 : trend(),
          salesVolume: baseVolume(card),
        },
      ),
    );

    const family = PARALLEL_FAMILIES[card.family];
    if (family.length > 0) {
      const wanted = Math.min(family.length, [0, 1, 1, 2, 3, 3][card.popularity] ?? 1);
      const chosen = new Set([0]);
      while (chosen.size < wanted) chosen.add(rng.int(1, family.length - 1));
      for (const index of [...chosen].sort((a, b) => a - b)) {
        const spec = family[index];
        if (!spec) continue;
        const serial = spec.serial === 0 ? Number.parseInt(card.year, 10) : spec.serial;
        const raw = Math.round(card.raw * spec.multiple * rng.uniform(0.85, 1.15) * 100) / 100;
        const gem = 1 + (card.gem - 1) * 0.7;
        const volume = Math.max(
          3,
          Math.min(
            Math.round((baseVolume(card) * 0.45) / Math.sqrt(spec.multiple)),
            serial ? Math.ceil(serial * 0.4) : 1000,
          ),
        );
        entries.push(
          printing(
            { id: slug(`${baseId} ${spec.name} ${serial ?? ''}`), parallel: spec.name, serial },
            [spec.name, serial ? `/${serial}` : null, card.rookie && 'RC'],
            { values: gradeLadder(raw, gem), trend90d: trend(), salesVolume: volume },
          ),
        );
      }
    }

    for (const auto of card.autos ?? []) {
      const raw = Math.round(card.raw * auto.multiple * rng.uniform(0.9, 1.1) * 100) / 100;
      const serial = auto.serial ?? null;
      entries.push({
        card,
        auto,
        identity: {
          ...common,
          id: slug(`${card.year} ${auto.set} ${auto.number} ${card.player}`),
          set: auto.set,
          cardNumber: auto.number,
          parallel: null,
          serial,
          autograph: true,
          relic: auto.relic ?? false,
          canonicalTitle: canonical([
            card.year,
            auto.set,
            card.player,
            `#${auto.number}`,
            serial ? `/${serial}` : null,
            card.rookie && 'RC',
            'Auto',
          ]),
          values: gradeLadder(raw, 1 + (card.gem - 1) * 0.5),
          trend90d: trend(),
          salesVolume: Math.max(4, Math.round(baseVolume(card) * 0.12)),
        },
      });
    }
  }
  return entries;
}
