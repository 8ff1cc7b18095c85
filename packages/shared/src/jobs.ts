/**
 * Provider page jobs: the payload of queues `provider-searchapi` and `provider-ebay`, their return value,
 * and the producer helper. The producer parses before `add`; the processor parses again.
 */
import { z } from 'zod';
import { stableHash } from './hash.ts';
import { buyingFormatSchema, listingSchema, type Provider, providerSchema } from './listing.ts';
import { JOB_OPTIONS, QUEUES } from './queues.ts';

/** Provider-neutral sort; each client maps it to its provider's parameter. */
export const providerSortSchema = z.enum([
  'best_match',
  'price_asc',
  'price_desc',
  'newly_listed',
  'ending_soonest',
]);
export type ProviderSort = z.infer<typeof providerSortSchema>;

export const providerConditionSchema = z.enum(['new', 'used']);
export type ProviderCondition = z.infer<typeof providerConditionSchema>;

/** SearchAPI accepts only these page sizes. */
export const SEARCHAPI_PAGE_SIZES = [60, 120, 240] as const;
/** eBay Browse: `limit` ≤ 200 (and `offset` < 10,000, which MAX_PAGE × 200 respects). */
export const EBAY_MAX_LIMIT = 200;
/** Page size when the query names none (SearchAPI bills per page, eBay per call). */
export const DEFAULT_PAGE_SIZE: Record<Provider, number> = { searchapi: 120, ebay: 200 };
/** Deepest page a job may ask for: (50 - 1) × 200 = 9,800 keeps eBay's offset under 10,000. */
export const MAX_PAGE = 50;

/**
 * The canonical provider-side query: everything that changes what the provider returns, and nothing else
 * (post-filters such as raw-only or grade belong to the comps step, so variants share raw pages).
 */
export const providerQuerySchema = z
  .strictObject({
    q: z.string().trim().min(1).max(300),
    sort: providerSortSchema.optional(),
    buyingFormat: buyingFormatSchema.optional(),
    condition: providerConditionSchema.optional(),
    priceMin: z.number().nonnegative().optional(),
    priceMax: z.number().nonnegative().optional(),
    /** eBay category id (numeric string). */
    categoryId: z
      .string()
      .regex(/^\d{1,12}$/, 'categoryId must be a numeric eBay category id')
      .optional(),
    /** Results per page: SearchAPI 60 | 120 | 240, eBay 1-200. */
    num: z.number().int().min(1).max(240).optional(),
  })
  .refine((q) => q.priceMin === undefined || q.priceMax === undefined || q.priceMax >= q.priceMin, {
    message: 'priceMax must be >= priceMin',
    path: ['priceMax'],
  });
export type ProviderQuery = z.infer<typeof providerQuerySchema>;

export const providerPageJobSchema = z
  .object({
    provider: providerSchema,
    query: providerQuerySchema,
    /** 1-based page number. */
    page: z.number().int().min(1).max(MAX_PAGE),
    /** Background work (cache-warm) may never spend the quota reserve. */
    background: z.boolean(),
    /** The search this page belongs to, for logs and progress. */
    searchId: z.string().min(1).max(200).optional(),
  })
  .superRefine((job, ctx) => {
    const num = job.query.num ?? DEFAULT_PAGE_SIZE[job.provider];
    if (job.provider === 'searchapi' && !(SEARCHAPI_PAGE_SIZES as readonly number[]).includes(num)) {
      ctx.addIssue({
        code: 'custom',
        path: ['query', 'num'],
        message: 'SearchAPI num must be 60, 120 or 240',
      });
    }
    // With page <= MAX_PAGE and limit <= 200, eBay's offset stays below 10,000 by construction.
    if (job.provider === 'ebay' && num > EBAY_MAX_LIMIT) {
      ctx.addIssue({ code: 'custom', path: ['query', 'num'], message: 'eBay limit must be 1-200' });
    }
  });
export type ProviderPageJob = z.infer<typeof providerPageJobSchema>;

export const providerPageResultSchema = z.object({
  provider: providerSchema,
  page: z.number().int().min(1),
  listings: z.array(listingSchema),
  /** False on the last page (SearchAPI: no `pagination.next`; eBay: no `next`). */
  hasMore: z.boolean(),
  /** The provider's own total estimate, when it gives one. */
  totalResults: z.number().int().nonnegative().nullable(),
  fromCache: z.boolean(),
  /** Provider search calls this job made (0 for a cached page; 2 when eBay's token had to be re-minted). */
  providerCalls: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
});
export type ProviderPageResult = z.infer<typeof providerPageResultSchema>;

/** The queue that serves each provider. */
export const PROVIDER_QUEUES = { searchapi: QUEUES.searchapi, ebay: QUEUES.ebay } as const satisfies Record<
  Provider,
  string
>;
export const PAGE_JOB_NAME = 'page';

/**
 * The query exactly as it is sent: keyword case and spacing folded, defaults filled in, so that equal
 * provider requests get equal cache keys and job ids.
 */
export function canonicalProviderQuery(
  provider: Provider,
  query: z.input<typeof providerQuerySchema>,
): ProviderQuery {
  const parsed = providerQuerySchema.parse(query);
  const canonical: ProviderQuery = {
    q: parsed.q.toLowerCase().replace(/\s+/g, ' '),
    num: parsed.num ?? DEFAULT_PAGE_SIZE[provider],
  };
  if (parsed.sort && parsed.sort !== 'best_match') canonical.sort = parsed.sort;
  if (parsed.buyingFormat) canonical.buyingFormat = parsed.buyingFormat;
  if (parsed.condition) canonical.condition = parsed.condition;
  if (parsed.priceMin !== undefined) canonical.priceMin = parsed.priceMin;
  if (parsed.priceMax !== undefined) canonical.priceMax = parsed.priceMax;
  if (parsed.categoryId) canonical.categoryId = parsed.categoryId;
  return canonical;
}

/** 32 hex characters identifying a canonical provider query. */
export function providerQueryHash(provider: Provider, query: z.input<typeof providerQuerySchema>): string {
  return stableHash(canonicalProviderQuery(provider, query), 32);
}

/**
 * Deterministic job id for one provider page: no `:` and never digits only (BullMQ rules).
 * `scope` (e.g. the search id) makes the id unique per parent, because BullMQ refuses to attach an existing
 * job to a second flow parent and keeps completed ids for a while.
 */
export function pageJobId(
  provider: Provider,
  query: z.input<typeof providerQuerySchema>,
  page: number,
  scope?: string,
): string {
  const base = `page-${provider}-${providerQueryHash(provider, query)}-p${page}`;
  return scope ? `${base}-${scope.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100)}` : base;
}

export interface PageJobRequest {
  queueName: (typeof PROVIDER_QUEUES)[Provider];
  name: typeof PAGE_JOB_NAME;
  data: ProviderPageJob;
  opts: (typeof JOB_OPTIONS)[(typeof PROVIDER_QUEUES)[Provider]] & { jobId: string };
}

/**
 * Producer helper: validates the payload (throws ZodError on bad input), canonicalises the query and returns
 * everything `queue.add(name, data, opts)` or a FlowProducer child needs, retry policy included.
 */
export function providerPageJob(
  input: z.input<typeof providerPageJobSchema>,
  options: { scope?: string } = {},
): PageJobRequest {
  const parsed = providerPageJobSchema.parse(input);
  const data: ProviderPageJob = { ...parsed, query: canonicalProviderQuery(parsed.provider, parsed.query) };
  const queueName = PROVIDER_QUEUES[data.provider];
  return {
    queueName,
    name: PAGE_JOB_NAME,
    data,
    opts: {
      ...JOB_OPTIONS[queueName],
      jobId: pageJobId(data.provider, data.query, data.page, options.scope),
    },
  };
}
