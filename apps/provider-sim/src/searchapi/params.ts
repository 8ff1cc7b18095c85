/**
 * SearchAPI `GET /api/v1/search` parameters, validated against the documented enums and rules
 * (SA-OAS). A violation is a 400 `{"error": …}` naming the parameter.
 */
import { param } from '../http.ts';

export const EBAY_DOMAINS = [
  'ebay.com',
  'ebay.com.au',
  'ebay.at',
  'befr.ebay.be',
  'benl.ebay.be',
  'ebay.ca',
  'cafr.ebay.ca',
  'ebay.fr',
  'ebay.de',
  'ebay.com.hk',
  'ebay.ie',
  'ebay.it',
  'ebay.com.my',
  'ebay.nl',
  'ebay.pl',
  'ebay.com.sg',
  'ebay.es',
  'ebay.ch',
  'ebay.co.uk',
] as const;

export const SORT_BY = {
  best_match: 'Best Match',
  price_shipping_low_to_high: 'Price + Shipping: lowest first',
  price_shipping_high_to_low: 'Price + Shipping: highest first',
  distance_nearest: 'Distance: nearest first',
  time_ending_soonest: 'Time: ending soonest',
  time_newly_listed: 'Time: newly listed',
  price_low_to_high: 'Price: lowest first',
  price_high_to_low: 'Price: highest first',
  condition_new_first: 'Condition: new first',
  condition_used_first: 'Condition: used first',
} as const;

export type SortBy = keyof typeof SORT_BY;

/** The 13 documented filter tokens, plus the two that switch to ended items (A.3). */
export const DOCUMENTED_FILTERS = [
  'search_description',
  'sale_items',
  'deals_and_savings',
  'free_shipping',
  'local_pickup',
  'fast_arrival',
  'free_returns',
  'returns_accepted',
  'listed_as_lots',
  'authenticity_guarantee',
  'authorized_seller',
  'benefits_charity',
  'psa_vault',
] as const;
export const SOLD_FILTERS = ['sold_listings', 'completed_listings'] as const;

export const FILTER_LABELS: Record<string, string> = {
  sold_listings: 'Sold Items',
  completed_listings: 'Completed Items',
  free_shipping: 'Free Shipping',
  listed_as_lots: 'Listed as Lots',
  authenticity_guarantee: 'Authenticity Guarantee',
  psa_vault: 'PSA Vault',
  returns_accepted: 'Returns Accepted',
  free_returns: 'Free Returns',
  local_pickup: 'Local Pickup',
  fast_arrival: 'Arrives in 2-4 days',
  sale_items: 'Sale Items',
  deals_and_savings: 'Deals & Savings',
  search_description: 'Search in Description',
  authorized_seller: 'Authorized Seller',
  benefits_charity: 'Benefits Charity',
};

export const CONDITIONS = [
  'new',
  'new_opened',
  'like_new',
  'new_with_defects',
  'pre_owned_fair',
  'pre_owned_excellent',
  'used_very_good',
  'used_good',
  'used_acceptable',
  'certified_refurbished',
  'excellent_refurbished',
  'very_good_refurbished',
  'good_refurbished',
  'seller_refurbished',
  'for_parts_or_not_working',
  'not_specified',
] as const;

const BUYING_FORMATS = ['auction', 'buy_it_now', 'best_offer'] as const;
const LAYOUTS = ['list', 'grid'] as const;
const PREFERRED_LOCATIONS = ['domestic', 'regional', 'worldwide'] as const;
const NUMS = [60, 120, 240] as const;
const POSTAL_CODE_COUNTRIES = ['US', 'CA', 'GB', 'AU', 'AT', 'BE', 'CZ', 'FR', 'DE', 'IT', 'NL', 'PL'];

/** ISO 3166-1 alpha-2. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** Parameters echoed in `search_parameters` (never `api_key`). */
const ECHOED = [
  'engine',
  'q',
  'category_id',
  'ebay_domain',
  'country',
  'layout',
  'buying_format',
  'condition',
  'delivery_country',
  'postal_code',
  'distance_radius',
  'product_origin_country',
  'preferred_location',
  'sort_by',
  'price_min',
  'price_max',
  'filters',
  'advanced_filters',
  'page',
  'num',
  'include_related_results',
] as const;

export interface SearchParams {
  q: string | undefined;
  categoryId: string | undefined;
  sortBy: SortBy;
  /** Sold (or completed) mode: `filters` has sold_listings or completed_listings. */
  sold: boolean;
  filters: string[];
  conditions: string[];
  buyingFormat: (typeof BUYING_FORMATS)[number] | undefined;
  priceMin: number | undefined;
  priceMax: number | undefined;
  page: number;
  num: number;
  includeRelated: boolean;
  ebayDomain: string;
  /** `search_parameters`: the request as sent, with the documented default for `ebay_domain`. */
  echo: Record<string, string | number>;
}

export class ParamError extends Error {}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ParamError(
      `Invalid value for parameter '${name}': '${value}'. Allowed values: ${allowed.join(', ')}.`,
    );
  }
  return value as T;
}

function nonNegative(name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new ParamError(
      `Invalid value for parameter '${name}': must be a number greater than or equal to 0.`,
    );
  }
  return n;
}

function country(name: string, value: string, strict: boolean): string {
  const code = strict ? value : value.toUpperCase();
  if (!COUNTRIES.has(code)) {
    throw new ParamError(
      `Invalid value for parameter '${name}': '${value}' is not an ISO 3166-1 alpha-2 country code.`,
    );
  }
  return code;
}

/** Validates the query; throws ParamError with the message SearchAPI-style clients will show. */
export function parseSearchParams(url: URL, strict: boolean): SearchParams {
  const get = (name: string) => param(url, name);
  const engine = get('engine');
  if (engine === undefined || engine === '') throw new ParamError("Missing required parameter: 'engine'.");
  oneOf('engine', engine, ['ebay_search']);

  const q = get('q');
  const categoryId = get('category_id');
  if ((q === undefined || q.trim() === '') && (categoryId === undefined || categoryId === '')) {
    throw new ParamError("Either 'q' or 'category_id' parameter must be present.");
  }
  if (categoryId !== undefined && !/^\d+$/.test(categoryId)) {
    throw new ParamError(`Invalid value for parameter 'category_id': '${categoryId}' must be an integer.`);
  }

  const ebayDomain = oneOf('ebay_domain', get('ebay_domain') ?? 'ebay.com', EBAY_DOMAINS);
  for (const name of ['country', 'delivery_country', 'product_origin_country']) {
    const v = get(name);
    if (v !== undefined) country(name, v, strict);
  }
  const postalCode = get('postal_code');
  if (postalCode !== undefined) {
    const delivery = (get('delivery_country') ?? 'US').toUpperCase();
    if (!POSTAL_CODE_COUNTRIES.includes(delivery)) {
      throw new ParamError(
        `Parameter 'postal_code' is supported only for delivery countries ${POSTAL_CODE_COUNTRIES.join(', ')}.`,
      );
    }
  }
  const radius = get('distance_radius');
  if (radius !== undefined) {
    const r = Number(radius);
    if (!Number.isFinite(r) || r < 1) {
      throw new ParamError(
        "Invalid value for parameter 'distance_radius': must be a number greater than or equal to 1.",
      );
    }
    if (postalCode === undefined) throw new ParamError("Parameter 'distance_radius' requires 'postal_code'.");
  }
  const layout = get('layout');
  if (layout !== undefined) oneOf('layout', layout, LAYOUTS);
  const preferred = get('preferred_location');
  if (preferred !== undefined) oneOf('preferred_location', preferred, PREFERRED_LOCATIONS);

  const priceMinText = get('price_min');
  const priceMaxText = get('price_max');
  const priceMin = priceMinText === undefined ? undefined : nonNegative('price_min', priceMinText);
  const priceMax = priceMaxText === undefined ? undefined : nonNegative('price_max', priceMaxText);
  if (priceMin !== undefined && priceMax !== undefined && priceMax < priceMin) {
    throw new ParamError("Parameter 'price_max' must be greater than or equal to 'price_min'.");
  }

  const sortBy = oneOf('sort_by', get('sort_by') ?? 'best_match', Object.keys(SORT_BY) as SortBy[]);

  const filters = (get('filters') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  if (strict) {
    for (const f of filters) oneOf('filters', f, [...DOCUMENTED_FILTERS, ...SOLD_FILTERS]);
  }

  const conditions = (get('condition') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  for (const c of conditions) oneOf('condition', c, CONDITIONS);

  const bf = get('buying_format');
  const buyingFormat = bf === undefined ? undefined : oneOf('buying_format', bf, BUYING_FORMATS);

  const pageText = get('page') ?? '1';
  const page = Number(pageText);
  if (!/^\d+$/.test(pageText) || page < 1) {
    throw new ParamError(
      "Invalid value for parameter 'page': must be an integer greater than or equal to 1.",
    );
  }
  const numText = get('num') ?? '60';
  const num = Number(numText);
  if (!/^\d+$/.test(numText) || !(NUMS as readonly number[]).includes(num)) {
    throw new ParamError(
      `Invalid value for parameter 'num': '${numText}'. Allowed values: ${NUMS.join(', ')}.`,
    );
  }
  const related = get('include_related_results');
  if (related !== undefined) oneOf('include_related_results', related, ['true', 'false']);

  const echo: Record<string, string | number> = {};
  for (const name of ECHOED) {
    const v = get(name);
    if (v !== undefined) echo[name] = name === 'page' || name === 'num' ? Number(v) : v;
  }
  echo.ebay_domain = ebayDomain;

  return {
    q: q?.trim() || undefined,
    categoryId,
    sortBy,
    sold: filters.some((f) => (SOLD_FILTERS as readonly string[]).includes(f)),
    filters,
    conditions,
    buyingFormat,
    priceMin,
    priceMax,
    page,
    num,
    includeRelated: related === 'true',
    ebayDomain,
    echo,
  };
}
