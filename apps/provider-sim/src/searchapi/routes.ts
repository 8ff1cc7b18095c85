/**
 * SearchAPI.io, eBay engine: `GET /api/v1/search`, `GET /api/v1/me`, `GET /api/v1/searches/:id`.
 * Errors are always `{"error": "<message>"}` (SA-OAS ErrorResponse); "no results" is a 200 with `error`.
 */
import { randomBytes } from 'node:crypto';
import type { Listing } from '../catalogue/listings.ts';
import { isoSeconds } from '../clock.ts';
import { bearerToken, delay, param, type RequestContext, sendJson, sendMalformed } from '../http.ts';
import { type KeywordQuery, keywordKey, parseKeywords } from '../keywords.ts';
import { monthPeriod } from '../quotas.ts';
import { ALPHANUMERIC } from '../random.ts';
import { Lru } from '../search.ts';
import type { SimState } from '../state.ts';
import { FILTER_LABELS, ParamError, parseSearchParams, type SearchParams, SORT_BY } from './params.ts';
import { calculatedShippingEstimate, organicRow } from './rows.ts';

/** Quoted verbatim from live runs (providers.md A.6, SA-429). */
export const MONTHLY_QUOTA_MESSAGE =
  'You have used all of the searches for the month. Please upgrade your plan on SearchApi.io.';
/** Real text undocumented [UNK]; any 429 that is not the monthly message is this one. */
export const HOURLY_LIMIT_MESSAGE =
  'You have exceeded the hourly rate limit of your plan. Please try again later or upgrade your plan on SearchApi.io.';
export const NO_RESULTS_MESSAGE = 'No results found for this query.';
export const MISSING_KEY_MESSAGE =
  'Missing API key. Pass it as the api_key parameter or in the Authorization: Bearer header.';
export const INVALID_KEY_MESSAGE = 'Invalid API key. Check your API key on https://www.searchapi.io/.';
export const SERVER_ERROR_MESSAGE = 'Internal server error. Please try again later.';
export const TIMEOUT_MESSAGE = 'Timeout. We could not retrieve results in 90 seconds.';

/** Organic rows a shifted page repeats from the previous page (duplicatesAcrossPages). */
const PAGE_OVERLAP = 3;

function apiKey(ctx: RequestContext): string | null {
  return bearerToken(ctx.req) ?? param(ctx.url, 'api_key') ?? null;
}

/** Authenticates; answers 401 and returns null when the key is missing or unknown. */
function authenticate(sim: SimState, ctx: RequestContext): string | null {
  const key = apiKey(ctx);
  ctx.key = key;
  if (!key) {
    sendJson(ctx.res, 401, { error: MISSING_KEY_MESSAGE });
    return null;
  }
  if (!sim.opts.searchapi.keys.includes(key)) {
    sendJson(ctx.res, 401, { error: INVALID_KEY_MESSAGE });
    return null;
  }
  return key;
}

function newSearchId(): string {
  const bytes = randomBytes(24);
  let id = 'search_';
  for (const b of bytes) id += ALPHANUMERIC[b % ALPHANUMERIC.length];
  return id;
}

const NEW_CONDITIONS = new Set(['new', 'new_opened', 'like_new', 'new_with_defects']);
const USED_CONDITIONS = new Set([
  'pre_owned_fair',
  'pre_owned_excellent',
  'used_very_good',
  'used_good',
  'used_acceptable',
]);

function keep(listing: Listing, p: SearchParams): boolean {
  if (p.priceMin !== undefined && listing.price < p.priceMin) return false;
  if (p.priceMax !== undefined && listing.price > p.priceMax) return false;
  if (p.buyingFormat === 'auction' && listing.format !== 'auction' && listing.format !== 'auction_bin')
    return false;
  if (p.buyingFormat === 'buy_it_now' && listing.format !== 'bin' && listing.format !== 'auction_bin')
    return false;
  if (p.buyingFormat === 'best_offer' && !(listing.format === 'best_offer' || listing.acceptsOffers))
    return false;
  if (p.conditions.length > 0) {
    const isNew = listing.conditionId === '1000';
    const ok = p.conditions.some((c) =>
      NEW_CONDITIONS.has(c) ? isNew : USED_CONDITIONS.has(c) ? !isNew : false,
    );
    if (!ok) return false;
  }
  for (const f of p.filters) {
    if (f === 'free_shipping' && listing.shipping !== 0) return false;
    if (f === 'listed_as_lots' && listing.kind !== 'lot') return false;
    if (f === 'authenticity_guarantee' && (listing.kind !== 'card' || listing.price < 250)) return false;
    if (f === 'psa_vault' && !listing.grade?.startsWith('PSA')) return false;
  }
  return true;
}

const allIn = (l: Listing) =>
  l.price + (l.shippingType === 'CALCULATED' ? calculatedShippingEstimate(l.itemId) : (l.shipping ?? 0));

function sortListings(listings: Listing[], p: SearchParams): Listing[] {
  const by = (f: (l: Listing) => number) => [...listings].sort((a, b) => f(a) - f(b));
  switch (p.sortBy) {
    case 'price_low_to_high':
      return by((l) => l.price);
    case 'price_high_to_low':
      return by((l) => -l.price);
    case 'price_shipping_low_to_high':
      return by(allIn);
    case 'price_shipping_high_to_low':
      return by((l) => -allIn(l));
    case 'time_newly_listed':
      return by((l) => -l.createdAt);
    case 'time_ending_soonest':
      return p.sold ? by((l) => -(l.endAt ?? 0)) : by((l) => l.endAt ?? Number.MAX_SAFE_INTEGER);
    case 'condition_new_first':
      return by((l) => (l.conditionId === '1000' ? 0 : 1));
    case 'condition_used_first':
      return by((l) => (l.conditionId === '1000' ? 1 : 0));
    default:
      return listings;
  }
}

export class SearchapiService {
  /** Filtered and sorted result lists, so paging through a search costs a lookup per page. */
  private readonly results = new Lru<string, Listing[]>(1000);

  constructor(private readonly sim: SimState) {}

  private resultList(p: SearchParams, query: KeywordQuery): Listing[] {
    const key = [
      p.sold ? 'sold' : 'active',
      keywordKey(query),
      p.categoryId,
      p.sortBy,
      p.filters.join(','),
      p.conditions.join(','),
      p.buyingFormat,
      p.priceMin,
      p.priceMax,
    ].join('|');
    let list = this.results.get(key);
    if (!list) {
      const found = this.sim.engine.find(p.sold ? 'sold' : 'active', query, p.categoryId);
      list = sortListings(
        found.filter((l) => keep(l, p)),
        p,
      );
      this.results.set(key, list);
    }
    return list;
  }

  async search(ctx: RequestContext): Promise<void> {
    const { sim } = this;
    const started = performance.now();
    const latency = sim.faults.latencyMs('searchapi');
    if (!(await delay(latency, sim.shutdown))) return;
    const key = authenticate(sim, ctx);
    if (!key) return;
    ctx.note.q = param(ctx.url, 'q');
    const pageText = param(ctx.url, 'page');
    if (pageText !== undefined && /^\d+$/.test(pageText)) ctx.note.page = Number(pageText);

    const verdict = sim.quotas.checkSearchapi(key);
    if (verdict === 'monthly') return sendJson(ctx.res, 429, { error: MONTHLY_QUOTA_MESSAGE });
    if (verdict === 'hourly' || sim.faults.stormHits('searchapi')) return this.hourly429(ctx);

    const faults = sim.faults.searchapi;
    const billFailed = sim.opts.searchapi.billFailedCalls;
    let params: SearchParams;
    try {
      params = parseSearchParams(ctx.url, faults.strict ?? false);
    } catch (err) {
      if (!(err instanceof ParamError)) throw err;
      if (billFailed) sim.quotas.billSearchapi(key);
      return sendJson(ctx.res, 400, { error: err.message });
    }

    if (sim.faults.roll(faults.hang)) {
      if (billFailed) sim.quotas.billSearchapi(key);
      return;
    }
    const errors = faults.errorRate ?? {};
    if (sim.faults.roll(errors[500])) {
      if (billFailed) sim.quotas.billSearchapi(key);
      return sendJson(ctx.res, 500, { error: SERVER_ERROR_MESSAGE });
    }
    if (sim.faults.roll(errors[503])) {
      if (billFailed) sim.quotas.billSearchapi(key);
      if (!(await delay(faults.timeoutDelayMs ?? 0, sim.shutdown))) return;
      return sendJson(ctx.res, 503, { error: TIMEOUT_MESSAGE });
    }
    if (sim.faults.roll(errors[429])) return this.hourly429(ctx);

    sim.quotas.billSearchapi(key);
    const body = this.render(ctx, params, (performance.now() - started) / 1000);
    if (sim.faults.roll(faults.malformedJson)) return sendMalformed(ctx.res, body);
    sendJson(ctx.res, 200, body);
  }

  private hourly429(ctx: RequestContext): void {
    const headers: Record<string, string> = {};
    if (this.sim.opts.searchapi.retryAfterOnHourly) {
      const now = this.sim.clock.now();
      headers['retry-after'] = String(Math.max(1, Math.ceil((3_600_000 - (now % 3_600_000)) / 1000)));
    }
    sendJson(ctx.res, 429, { error: HOURLY_LIMIT_MESSAGE }, headers);
  }

  private pageUrl(ctx: RequestContext, page: number): string {
    const u = new URL('/api/v1/search', ctx.origin);
    for (const [k, v] of ctx.url.searchParams)
      if (k !== 'api_key' && k !== 'page') u.searchParams.append(k, v);
    u.searchParams.set('page', String(page));
    return u.toString();
  }

  private render(ctx: RequestContext, p: SearchParams, secondsSoFar: number): Record<string, unknown> {
    const { sim } = this;
    const faults = sim.faults.searchapi;
    const quirks = {
      dealMode: faults.dealMode ?? false,
      priceRangeRows: faults.priceRangeRows ?? false,
      soldDates: faults.soldDates ?? false,
    };
    const query = parseKeywords(p.q ?? '');
    const list = this.resultList(p, query);
    const total = list.length;
    const lastPage = Math.max(1, Math.ceil(total / p.num));
    const shift = faults.duplicatesAcrossPages && p.page > 1 ? PAGE_OVERLAP : 0;
    const start = (p.page - 1) * p.num - shift;
    const pageListings = list.slice(start, start + p.num);

    const id = newSearchId();
    const origin = ctx.origin;
    const nkw = encodeURIComponent(p.q ?? '').replace(/%20/g, '+');
    const requestUrl =
      `https://www.${p.ebayDomain}/sch/i.html?_nkw=${nkw}` +
      (p.categoryId ? `&_sacat=${p.categoryId}` : '') +
      (p.sold ? '&LH_Sold=1&LH_Complete=1' : '') +
      `&_ipg=${p.num}&_pgn=${p.page}`;
    const taken = Math.round((secondsSoFar + 0.001) * 1000) / 1000;
    const body: Record<string, unknown> = {
      search_metadata: {
        id,
        status: 'Success',
        created_at: isoSeconds(sim.clock.now()),
        request_time_taken: taken,
        parsing_time_taken: 0.01,
        total_time_taken: Math.round((taken + 0.01) * 1000) / 1000,
        request_url: requestUrl,
        html_url: `${origin}/api/v1/searches/${id}.html`,
        json_url: `${origin}/api/v1/searches/${id}`,
      },
      search_parameters: p.echo,
      search_information: {
        ...(p.q ? { query_displayed: p.q } : {}),
        total_results: total,
        sorted_by: SORT_BY[p.sortBy],
        filters_applied: p.filters.map((f) => FILTER_LABELS[f] ?? f),
        shipping_to: 'United States',
        language: 'en',
      },
    };

    if (pageListings.length === 0) {
      const related = total === 0 && p.includeRelated ? this.related(p, query) : [];
      if (related.length > 0) {
        (body.search_information as Record<string, unknown>).notice = 'No exact matches found';
        body.organic_results = [];
        body.related_results = related.map((l, i) => organicRow(l, i + 1, quirks, sim.corpus.dataNow, false));
      } else {
        body.error = NO_RESULTS_MESSAGE;
      }
      sim.archive.set(id, body);
      return body;
    }

    const rows = pageListings.map((l) => ({ listing: l, sponsored: l.mode === 'active' && l.promoted }));
    if (p.sold && faults.sponsoredRows !== false) {
      const ads = sim.engine.find('active', query).filter((l) => l.kind === 'card');
      if (ads.length > 0) {
        const first = ads[(p.page * 7) % ads.length];
        const second = ads[(p.page * 7 + 3) % ads.length];
        if (first) rows.splice(Math.min(1, rows.length), 0, { listing: first, sponsored: true });
        if (second && second !== first && rows.length > 8) {
          rows.splice(Math.floor(rows.length / 2), 0, { listing: second, sponsored: true });
        }
      }
    }
    body.organic_results = rows.map((r, i) =>
      organicRow(r.listing, i + 1, quirks, sim.corpus.dataNow, r.sponsored),
    );

    const otherPages: Record<string, string> = {};
    const from = Math.max(1, p.page - 4);
    for (let n = from; n <= Math.min(lastPage, from + 9); n++) {
      if (n !== p.page) otherPages[String(n)] = this.pageUrl(ctx, n);
    }
    body.pagination = {
      current: p.page,
      ...(p.page > 1 ? { previous: this.pageUrl(ctx, p.page - 1) } : {}),
      ...(p.page < lastPage ? { next: this.pageUrl(ctx, p.page + 1) } : {}),
      other_pages: otherPages,
    };
    sim.archive.set(id, body);
    return body;
  }

  /** eBay's "results matching fewer words": drop words from the end until something matches. */
  private related(p: SearchParams, query: KeywordQuery): Listing[] {
    const words = [...query.required];
    while (words.length > 1) {
      words.pop();
      const list = this.resultList(p, { ...query, required: words });
      if (list.length > 0) return list.slice(0, p.num);
    }
    return [];
  }

  async me(ctx: RequestContext): Promise<void> {
    const { sim } = this;
    if (!(await delay(sim.faults.latencyMs('searchapi'), sim.shutdown))) return;
    const key = authenticate(sim, ctx);
    if (!key) return;
    const usage = sim.quotas.searchapi(key);
    const limits = sim.quotas.searchapiLimits();
    const period = monthPeriod(sim.clock.now());
    sendJson(ctx.res, 200, {
      account: {
        current_month_usage: usage.monthUsed,
        monthly_allowance: limits.monthly,
        remaining_credits: limits.monthly - usage.monthUsed,
      },
      api_usage: { searches_this_hour: usage.hourUsed, hourly_rate_limit: limits.hourly },
      subscription: { period_start: period.start, period_end: period.end },
    });
  }

  async archived(ctx: RequestContext, id: string): Promise<void> {
    const { sim } = this;
    if (!(await delay(sim.faults.latencyMs('searchapi'), sim.shutdown))) return;
    if (!authenticate(sim, ctx)) return;
    const html = id.endsWith('.html');
    const body = sim.archive.get(html ? id.slice(0, -5) : id);
    if (!body) return sendJson(ctx.res, 404, { error: 'Search not found.' });
    if (!html) return sendJson(ctx.res, 200, body);
    const text = `<!doctype html><html><head><meta charset="utf-8"><title>SearchApi</title></head><body><pre>${JSON.stringify(
      body,
      null,
      2,
    ).replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))}</pre></body></html>`;
    ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    ctx.res.end(text);
  }
}
