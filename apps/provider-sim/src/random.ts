/** Seeded randomness: every generated listing and every injected fault is reproducible. */

/** FNV-1a 32-bit hash of a string; used to derive stable seeds and orderings. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const tables = new WeakMap<object, { keys: string[]; cumulative: number[]; total: number }>();

/** A small, fast PRNG (sfc32) with the helpers generators need. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    const s = typeof seed === 'string' ? hash32(seed) : seed >>> 0;
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = s ^ 0xdeadbeef;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks a key with probability proportional to its weight. Hoist constant tables: they are cached. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    let table = tables.get(weights);
    if (!table) {
      const keys = Object.keys(weights);
      const cumulative: number[] = [];
      let total = 0;
      for (const k of keys) {
        total += (weights as Record<string, number>)[k] ?? 0;
        cumulative.push(total);
      }
      table = { keys, cumulative, total };
      tables.set(weights, table);
    }
    const r = this.next() * table.total;
    const { keys, cumulative } = table;
    for (let i = 0; i < keys.length; i++) {
      if (r < (cumulative[i] ?? 0)) return keys[i] as K;
    }
    const last = keys[keys.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty table');
    return last as K;
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** `count` characters from `alphabet`. */
  chars(count: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < count; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
