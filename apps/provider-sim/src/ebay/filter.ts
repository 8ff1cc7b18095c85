/**
 * The Browse `filter` parameter (EB-FILT): comma-separated `name:value` clauses with `{a|b}` sets and
 * `[lo..hi]`, `[lo]`, `[..hi]` ranges. Malformed clauses are ignored with a warning in the 200
 * response (12002); `price` without `priceCurrency` is ignored with 12012, as eBay does.
 */
import { type EbayErrorItem, ebayError } from './errors.ts';

export type BuyingOption = 'FIXED_PRICE' | 'AUCTION' | 'BEST_OFFER' | 'CLASSIFIED_AD';
const BUYING_OPTIONS: readonly string[] = ['FIXED_PRICE', 'AUCTION', 'BEST_OFFER', 'CLASSIFIED_AD'];
const CONDITIONS: readonly string[] = ['NEW', 'USED', 'UNSPECIFIED'];
const CURRENCIES: readonly string[] = ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'CHF', 'HKD', 'MYR', 'PLN', 'SGD'];

/** Filters eBay documents that the simulator accepts but does not apply (no data behind them). */
const ACCEPTED_UNAPPLIED = new Set([
  'deliveryCountry',
  'deliveryPostalCode',
  'deliveryOptions',
  'guaranteedDeliveryInDays',
  'itemLocationRegion',
  'maxDeliveryCost',
  'returnsAccepted',
  'searchInDescription',
  'charityOnly',
  'itemStartDate',
  'qualifiedPrograms',
  'sellerAccountTypes',
  'priorityListing',
  'paymentMethods',
  'excludeCategoryIds',
  'pickupCountry',
  'pickupPostalCode',
  'pickupRadius',
  'pickupRadiusUnit',
]);

export interface Range {
  lo?: number;
  hi?: number;
}

export interface BrowseFilter {
  buyingOptions?: Set<BuyingOption>;
  price?: Range;
  priceCurrency?: string;
  conditions?: Set<string>;
  conditionIds?: Set<string>;
  itemLocationCountry?: string;
  bidCount?: Range;
  sellers?: Set<string>;
  excludeSellers?: Set<string>;
  itemEndDate?: Range;
}

/** Splits on commas outside `{}` and `[]`. */
function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '{' || ch === '[') depth++;
    if (ch === '}' || ch === ']') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((c) => c.trim()).filter((c) => c.length > 0);
}

function set(value: string): string[] | null {
  const m = /^\{([^{}]*)\}$/.exec(value);
  if (!m?.[1]) return null;
  const items = m[1].split('|').map((s) => s.trim());
  return items.some((s) => s.length === 0) ? null : items;
}

function range(value: string, parse: (s: string) => number): Range | null {
  const m = /^\[([^[\]]*)\]$/.exec(value);
  if (!m || m[1] === undefined) return null;
  const inner = m[1].trim();
  const [loText, hiText] = inner.includes('..') ? inner.split('..', 2) : [inner, undefined];
  const lo = loText?.trim() ? parse(loText.trim()) : undefined;
  const hi = hiText?.trim() ? parse(hiText.trim()) : undefined;
  if ((lo !== undefined && Number.isNaN(lo)) || (hi !== undefined && Number.isNaN(hi))) return null;
  if (lo === undefined && hi === undefined) return null;
  if (lo !== undefined && hi !== undefined && lo > hi) return null;
  return { ...(lo !== undefined ? { lo } : {}), ...(hi !== undefined ? { hi } : {}) };
}

const number = (s: string) => (/^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN);
const integer = (s: string) => (/^\d+$/.test(s) ? Number(s) : Number.NaN);
const date = (s: string) => (/^\d{4}-\d{2}-\d{2}T/.test(s) ? Date.parse(s) : Number.NaN);

export function parseFilter(text: string | undefined): { filter: BrowseFilter; warnings: EbayErrorItem[] } {
  const filter: BrowseFilter = {};
  const warnings: EbayErrorItem[] = [];
  if (!text) return { filter, warnings };
  const invalid = (name: string) => warnings.push(ebayError(12002, [{ name: 'filterName', value: name }]));

  for (const clause of clauses(text)) {
    const colon = clause.indexOf(':');
    const name = colon < 0 ? clause : clause.slice(0, colon).trim();
    const value = colon < 0 ? '' : clause.slice(colon + 1).trim();
    switch (name) {
      case 'buyingOptions': {
        const items = set(value);
        if (!items?.every((i) => BUYING_OPTIONS.includes(i))) invalid(name);
        else filter.buyingOptions = new Set(items as BuyingOption[]);
        break;
      }
      case 'price': {
        const r = range(value, number);
        if (!r) invalid(name);
        else filter.price = r;
        break;
      }
      case 'priceCurrency':
        if (!CURRENCIES.includes(value)) invalid(name);
        else filter.priceCurrency = value;
        break;
      case 'conditions': {
        const items = set(value);
        if (!items?.every((i) => CONDITIONS.includes(i))) invalid(name);
        else filter.conditions = new Set(items);
        break;
      }
      case 'conditionIds': {
        const items = set(value);
        if (!items?.every((i) => /^\d{4}$/.test(i))) invalid(name);
        else filter.conditionIds = new Set(items);
        break;
      }
      case 'itemLocationCountry':
        if (!/^[A-Z]{2}$/.test(value)) invalid(name);
        else filter.itemLocationCountry = value;
        break;
      case 'bidCount': {
        const r = range(value, integer);
        if (!r) invalid(name);
        else filter.bidCount = r;
        break;
      }
      case 'sellers':
      case 'excludeSellers': {
        const items = set(value);
        if (!items) invalid(name);
        else filter[name] = new Set(items.map((s) => s.toLowerCase()));
        break;
      }
      case 'itemEndDate': {
        const r = range(value, date);
        if (!r) invalid(name);
        else filter.itemEndDate = r;
        break;
      }
      default:
        if (!ACCEPTED_UNAPPLIED.has(name) || value.length === 0) invalid(name);
    }
  }
  if (filter.price && !filter.priceCurrency) {
    warnings.push(ebayError(12012));
    delete filter.price;
  }
  return { filter, warnings };
}
