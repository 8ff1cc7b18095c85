/**
 * eBay: `POST /identity/v1/oauth2/token` (client credentials), `GET /buy/browse/v1/item_summary/search`,
 * the Analytics `rate_limit` call, and Marketplace Insights (403 unless enabled). Production is served
 * at `/`, the sandbox at `/sandbox/...` (or with Host `api.sandbox.ebay.com`), each with its own keys.
 */
import type { Listing } from '../catalogue/listings.ts';
import { TOP_LEVEL_CATEGORY } from '../catalogue/listings.ts';
import {
  bearerToken,
  delay,
  param,
  type RequestContext,
  readBody,
  sendJson,
  sendMalformed,
} from '../http.ts';
import { parseKeywords } from '../keywords.ts';
import { isKnownCategory } from '../search.ts';
import type { SimState } from '../state.ts';
import {
  type EbayErrorId,
  type EbayErrorItem,
  ebayError,
  errorStatus,
  OAUTH_ERRORS,
  type OAuthError,
} from './errors.ts';
import { type BrowseFilter, parseFilter } from './filter.ts';
import {
  buyingOptionsOf,
  CONDITION_NAMES,
  itemSummary,
  MARKETPLACES,
  priceOf,
  shippingCost,
} from './items.ts';
import type { EbayEnvironment, TokenGrant } from './tokens.ts';

export const API_SCOPE = 'https://api.ebay.com/oauth/api_scope';
export const INSIGHTS_SCOPE = 'https://api.ebay.com/oauth/api_scope/buy.marketplace.insights';
/** Scopes an application (client-credentials) token may carry. */
const APPLICATION_SCOPES = new Set([
  API_SCOPE,
  'https://api.ebay.com/oauth/api_scope/buy.guest.order',
  'https://api.ebay.com/oauth/api_scope/buy.item.feed',
  'https://api.ebay.com/oauth/api_scope/buy.marketing',
  'https://api.ebay.com/oauth/api_scope/buy.product.feed',
  'https://api.ebay.com/oauth/api_scope/buy.item.bulk',
  'https://api.ebay.com/oauth/api_scope/buy.deal',
  'https://api.ebay.com/oauth/api_scope/commerce.catalog.readonly',
]);

const MAX_RESULTS = 10_000;
const CONDITION_FAMILIES: Record<string, readonly string[]> = {
  NEW: ['1000', '1500', '1750'],
  USED: ['2750', '3000', '4000', '5000', '6000'],
  UNSPECIFIED: [],
};
const SORTS = new Set(['price', '-price', 'newlyListed', 'endingSoonest']);
const ITEM_FIELDGROUPS = new Set(['MATCHING_ITEMS', 'EXTENDED', 'FULL']);
const REFINEMENT_FIELDGROUPS = new Set([
  'ASPECT_REFINEMENTS',
  'BUYING_OPTION_REFINEMENTS',
  'CATEGORY_REFINEMENTS',
  'CONDITION_REFINEMENTS',
]);

export function hostOf(environment: EbayEnvironment): string {
  return environment === 'sandbox' ? 'api.sandbox.ebay.com' : 'api.ebay.com';
}

function sendErrors(
  ctx: RequestContext,
  id: EbayErrorId,
  parameters?: { name: string; value: string }[],
): void {
  sendJson(ctx.res, errorStatus(id), { errors: [ebayError(id, parameters)] });
}

function sendOAuthError(ctx: RequestContext, error: OAuthError): void {
  sendJson(ctx.res, OAUTH_ERRORS[error].status, {
    error,
    error_description: OAUTH_ERRORS[error].description,
  });
}

/** `X-EBAY-C-ENDUSERCTX`: comma-separated `name=value` pairs; values are URL-encoded. */
export function parseEndUserContext(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    try {
      out[name] = decodeURIComponent(pair.slice(eq + 1).trim());
    } catch {
      out[name] = pair.slice(eq + 1).trim();
    }
  }
  return out;
}

function zipOf(context: Record<string, string>): string | null {
  const location = context.contextualLocation;
  if (!location) return null;
  return /(?:^|,)\s*zip=([^,]+)/.exec(location)?.[1]?.trim() ?? null;
}

function inRange(value: number, r: { lo?: number; hi?: number }): boolean {
  return (r.lo === undefined || value >= r.lo) && (r.hi === undefined || value <= r.hi);
}

/** Units of each currency per USD, to apply a `price` filter stated in `priceCurrency`. */
const USD_RATE: Record<string, number> = Object.fromEntries(
  Object.values(MARKETPLACES).map((m) => [m.currency, m.rate]),
);

function keep(l: Listing, f: BrowseFilter): boolean {
  const options = buyingOptionsOf(l);
  // Without a buyingOptions filter eBay returns only listings that offer FIXED_PRICE.
  if (f.buyingOptions) {
    if (!options.some((o) => f.buyingOptions?.has(o))) return false;
  } else if (!options.includes('FIXED_PRICE')) return false;
  if (f.price && !inRange(priceOf(l) * (USD_RATE[f.priceCurrency ?? 'USD'] ?? 1), f.price)) return false;
  if (f.conditions && ![...f.conditions].some((c) => CONDITION_FAMILIES[c]?.includes(l.conditionId)))
    return false;
  if (f.conditionIds && !f.conditionIds.has(l.conditionId)) return false;
  if (f.itemLocationCountry && l.country !== f.itemLocationCountry) return false;
  if (f.bidCount && !(options.includes('AUCTION') && inRange(l.bids ?? 0, f.bidCount))) return false;
  if (f.sellers && !f.sellers.has(l.seller.name.toLowerCase())) return false;
  if (f.excludeSellers?.has(l.seller.name.toLowerCase())) return false;
  if (f.itemEndDate && (l.endAt === null || !inRange(l.endAt, f.itemEndDate))) return false;
  return true;
}

export class EbayService {
  constructor(private readonly sim: SimState) {}

  private async latency(): Promise<boolean> {
    return delay(this.sim.faults.latencyMs('ebay'), this.sim.shutdown);
  }

  async token(ctx: RequestContext, environment: EbayEnvironment): Promise<void> {
    const { sim } = this;
    if (!(await this.latency())) return;
    const contentType = (ctx.req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    const body = await readBody(ctx.req, 64_000);
    if (contentType !== 'application/x-www-form-urlencoded') return sendOAuthError(ctx, 'invalid_request');

    const basic = /^Basic\s+(.+)$/i.exec((ctx.req.headers.authorization ?? '').trim())?.[1];
    const decoded = basic ? Buffer.from(basic, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    const appId = colon > 0 ? decoded.slice(0, colon) : null;
    const certId = colon > 0 ? decoded.slice(colon + 1) : null;
    ctx.key = appId;
    const credential = sim.opts.ebay.credentials.find(
      (c) => c.appId === appId && c.certId === certId && c.environment === environment,
    );
    if (!credential || !appId) return sendOAuthError(ctx, 'invalid_client');

    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials') return sendOAuthError(ctx, 'unsupported_grant_type');
    const scopes = (form.get('scope') ?? '').split(/\s+/).filter((s) => s.length > 0);
    const grantable = (s: string) =>
      APPLICATION_SCOPES.has(s) || (s === INSIGHTS_SCOPE && sim.opts.ebay.marketplaceInsights);
    if (scopes.length === 0 || !scopes.every(grantable)) return sendOAuthError(ctx, 'invalid_scope');

    if (sim.opts.ebay.countTokenCalls && !sim.quotas.takeEbay(appId)) return sendErrors(ctx, 2001);
    const ttl = sim.opts.ebay.tokenTtlSeconds;
    sendJson(ctx.res, 200, {
      access_token: sim.tokens.mint(appId, environment, scopes, ttl),
      expires_in: ttl,
      token_type: 'Application Access Token',
    });
  }

  /** Bearer check shared by the Browse-side calls; answers 401/403 itself and returns null then. */
  private authorize(ctx: RequestContext, environment: EbayEnvironment, scope: string): TokenGrant | null {
    const token = bearerToken(ctx.req);
    ctx.key = token ? this.sim.tokens.appOf(token) : null;
    const grant = token ? this.sim.tokens.valid(token) : null;
    if (!grant || grant.environment !== environment) {
      sendErrors(ctx, 1001);
      return null;
    }
    if (!grant.scopes.includes(scope)) {
      sendErrors(ctx, 1100);
      return null;
    }
    return grant;
  }

  async search(ctx: RequestContext, environment: EbayEnvironment): Promise<void> {
    const { sim } = this;
    if (!(await this.latency())) return;
    const grant = this.authorize(ctx, environment, API_SCOPE);
    if (!grant) return;
    ctx.note.q = param(ctx.url, 'q');
    const offsetText = param(ctx.url, 'offset');
    if (offsetText !== undefined && /^\d+$/.test(offsetText)) ctx.note.offset = Number(offsetText);

    if (sim.faults.stormHits('ebay') || !sim.quotas.takeEbay(grant.appId)) return sendErrors(ctx, 2001);
    const faults = sim.faults.ebay;
    if (sim.faults.roll(faults.hang)) return;
    if (sim.faults.roll(faults.errorRate?.[500])) return sendErrors(ctx, 12000);
    if (sim.faults.roll(faults.errorRate?.[429])) return sendErrors(ctx, 2001);

    const url = ctx.url;
    const q = param(url, 'q')?.slice(0, 100);
    const categoryIds = (param(url, 'category_ids') ?? '').split(',').filter((c) => c.trim().length > 0);
    const epid = param(url, 'epid');
    const gtin = param(url, 'gtin');
    if (!q?.trim() && categoryIds.length === 0 && !epid && !gtin) return sendErrors(ctx, 12001);

    const limitText = param(url, 'limit') ?? '50';
    if (!/^-?\d+$/.test(limitText)) return sendErrors(ctx, 12007, [{ name: 'limit', value: limitText }]);
    const limit = Number(limitText);
    if (limit < 1 || limit > 200) return sendErrors(ctx, 12006, [{ name: 'limit', value: limitText }]);
    const offsetRaw = param(url, 'offset') ?? '0';
    if (!/^-?\d+$/.test(offsetRaw)) return sendErrors(ctx, 12005, [{ name: 'offset', value: offsetRaw }]);
    const offset = Number(offsetRaw);
    if (offset < 0) return sendErrors(ctx, 12004, [{ name: 'offset', value: offsetRaw }]);
    if (offset >= MAX_RESULTS) return sendErrors(ctx, 12029, [{ name: 'offset', value: offsetRaw }]);
    if (offset % limit !== 0) return sendErrors(ctx, 12515, [{ name: 'offset', value: offsetRaw }]);
    const category = categoryIds[0]?.trim();
    if (category === TOP_LEVEL_CATEGORY.id && !q?.trim()) return sendErrors(ctx, 12013);
    if (offset > 0 && sim.faults.roll(faults.intermittent12515)) {
      return sendErrors(ctx, 12515, [{ name: 'offset', value: offsetRaw }]);
    }

    const warnings: EbayErrorItem[] = [];
    const { filter, warnings: filterWarnings } = parseFilter(param(url, 'filter'));
    warnings.push(...filterWarnings);
    const sort = param(url, 'sort');
    if (sort !== undefined && !SORTS.has(sort))
      warnings.push(ebayError(12008, [{ name: 'sort', value: sort }]));
    const fieldgroups = (param(url, 'fieldgroups') ?? 'MATCHING_ITEMS').split(',').map((f) => f.trim());
    for (const f of fieldgroups) {
      if (!ITEM_FIELDGROUPS.has(f) && !REFINEMENT_FIELDGROUPS.has(f)) {
        warnings.push(ebayError(12016, [{ name: 'fieldgroups', value: f }]));
      }
    }
    if (category && !isKnownCategory(category)) {
      warnings.push(ebayError(12009, [{ name: 'category_ids', value: category }]));
    }

    const context = parseEndUserContext(ctx.req.headers['x-ebay-c-enduserctx'] as string | undefined);
    const zip = zipOf(context);
    const marketplaceHeader = String(ctx.req.headers['x-ebay-c-marketplace-id'] ?? '');
    const marketplace = MARKETPLACES[marketplaceHeader] ? marketplaceHeader : 'EBAY_US';

    let results: Listing[] = [];
    if (q?.trim() || category) {
      const found = sim.engine.find(
        'active',
        parseKeywords(q ?? ''),
        category && isKnownCategory(category) ? category : undefined,
      );
      results = found.filter((l) => (environment === 'production' || l.sandbox) && keep(l, filter));
    }
    const sortValue = (l: Listing) => priceOf(l) + (shippingCost(l, zip) ?? 0);
    if (sort === 'price') results = [...results].sort((a, b) => sortValue(a) - sortValue(b));
    if (sort === '-price') results = [...results].sort((a, b) => sortValue(b) - sortValue(a));
    if (sort === 'newlyListed') results = [...results].sort((a, b) => b.createdAt - a.createdAt);
    if (sort === 'endingSoonest') {
      results = [...results].sort(
        (a, b) => (a.endAt ?? Number.MAX_SAFE_INTEGER) - (b.endAt ?? Number.MAX_SAFE_INTEGER),
      );
    }

    const host = hostOf(environment);
    const href = (o: number) => {
      const u = new URL(`https://${host}/buy/browse/v1/item_summary/search`);
      for (const [k, v] of url.searchParams) if (k !== 'limit' && k !== 'offset') u.searchParams.append(k, v);
      u.searchParams.set('limit', String(limit));
      u.searchParams.set('offset', String(o));
      return u.toString();
    };
    const total = results.length;
    const withItems = fieldgroups.some((f) => ITEM_FIELDGROUPS.has(f));
    const extended = fieldgroups.includes('EXTENDED') || fieldgroups.includes('FULL');
    const page = results.slice(offset, offset + limit);
    const body: Record<string, unknown> = { href: href(offset), total };
    if (offset + limit < Math.min(total, MAX_RESULTS)) body.next = href(offset + limit);
    if (offset > 0) body.prev = href(Math.max(0, offset - limit));
    body.limit = limit;
    body.offset = offset;
    if (withItems && page.length > 0) {
      const renderCtx = {
        marketplace,
        zip,
        affiliateCampaignId: context.affiliateCampaignId ?? null,
        extended,
        host,
        dataNow: sim.corpus.dataNow,
      };
      body.itemSummaries = page.map((l) => itemSummary(l, renderCtx));
    }
    if (fieldgroups.some((f) => REFINEMENT_FIELDGROUPS.has(f) || f === 'FULL')) {
      body.refinement = refinement(results);
    }
    if (warnings.length > 0) body.warnings = warnings;
    if (sim.faults.roll(faults.malformedJson)) return sendMalformed(ctx.res, body);
    sendJson(ctx.res, 200, body);
  }

  async rateLimit(ctx: RequestContext, environment: EbayEnvironment): Promise<void> {
    const { sim } = this;
    if (!(await this.latency())) return;
    const grant = this.authorize(ctx, environment, API_SCOPE);
    if (!grant) return;
    const usage = sim.quotas.ebay(grant.appId);
    const limit = sim.quotas.ebayDaily();
    const now = sim.clock.now();
    const reset = new Date(now);
    reset.setUTCHours(24, 0, 0, 0);
    sendJson(ctx.res, 200, {
      rateLimits: [
        {
          apiContext: 'buy',
          apiName: 'Browse',
          apiVersion: 'v1',
          resources: [
            {
              name: 'buy.browse',
              rates: [
                {
                  count: usage.used,
                  limit,
                  remaining: Math.max(0, limit - usage.used),
                  reset: reset.toISOString(),
                  timeWindow: 86_400,
                },
              ],
            },
          ],
        },
      ],
    });
  }

  /** Marketplace Insights is approval-only: 403 unless the simulator was started with it enabled. */
  async insights(ctx: RequestContext, environment: EbayEnvironment): Promise<void> {
    const { sim } = this;
    if (!(await this.latency())) return;
    if (!sim.opts.ebay.marketplaceInsights) {
      const token = bearerToken(ctx.req);
      ctx.key = token ? sim.tokens.appOf(token) : null;
      return sendErrors(ctx, 1100);
    }
    const grant = this.authorize(ctx, environment, INSIGHTS_SCOPE);
    if (!grant) return;
    if (!sim.quotas.takeEbay(grant.appId)) return sendErrors(ctx, 2001);
    const q = param(ctx.url, 'q');
    if (!q?.trim()) return sendErrors(ctx, 12001);
    const limit = Math.min(200, Math.max(1, Number(param(ctx.url, 'limit') ?? 50) || 50));
    const offset = Math.max(0, Number(param(ctx.url, 'offset') ?? 0) || 0);
    const sold = sim.engine
      .find('sold', parseKeywords(q))
      .filter((l) => environment === 'production' || l.sandbox);
    sendJson(ctx.res, 200, {
      href: `https://${hostOf(environment)}/buy/marketplace-insights/v1_beta/item_sales/search?q=${encodeURIComponent(q)}&limit=${limit}&offset=${offset}`,
      total: sold.length,
      limit,
      offset,
      itemSales: sold.slice(offset, offset + limit).map((l) => ({
        itemId: `v1|${l.itemId}|0`,
        title: l.title,
        lastSoldDate: new Date(l.endAt ?? 0).toISOString(),
        lastSoldPrice: { value: l.price.toFixed(2), currency: 'USD' },
        totalSoldQuantity: 1,
        condition: CONDITION_NAMES[l.conditionId],
        conditionId: l.conditionId,
        buyingOptions: l.format === 'auction' ? ['AUCTION'] : ['FIXED_PRICE'],
        itemWebUrl: `https://www.ebay.com/itm/${l.itemId}`,
        legacyItemId: l.itemId,
      })),
    });
  }
}

function refinement(results: Listing[]): Record<string, unknown> {
  const options = new Map<string, number>();
  const conditions = new Map<string, number>();
  for (const l of results) {
    for (const o of buyingOptionsOf(l)) options.set(o, (options.get(o) ?? 0) + 1);
    conditions.set(l.conditionId, (conditions.get(l.conditionId) ?? 0) + 1);
  }
  return {
    buyingOptionDistributions: [...options].map(([buyingOption, matchCount]) => ({
      buyingOption,
      matchCount,
    })),
    conditionDistributions: [...conditions].map(([conditionId, matchCount]) => ({
      condition: CONDITION_NAMES[conditionId as Listing['conditionId']],
      conditionId,
      matchCount,
    })),
    dominantCategoryId: results[0]?.categoryId ?? '261328',
  };
}
