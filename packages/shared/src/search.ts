/**
 * The search contract: request body, canonical key (identical searches share one id and one run),
 * status and progress for polling, and the events streamed over SSE.
 */
import { z } from 'zod';
import { compsResultSchema, listingVerdictSchema } from './comps.ts';
import { errorBodySchema } from './errors.ts';
import { stableHash } from './hash.ts';
import { providerConditionSchema } from './jobs.ts';
import { buyingFormatSchema, providerSchema } from './listing.ts';

const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

export const GRADERS = ['PSA', 'BGS', 'SGC', 'CGC', 'CSG', 'HGA', 'TAG', 'GMA', 'ISA', 'BVG'] as const;

export const searchFiltersSchema = z
  .object({
    /** Only ungraded cards count as comps (unset: the engine reads the query; a plain query means raw). */
    rawOnly: z.boolean().optional(),
    /** Only base cards: no parallel or serial numbering (unset: as the query says). */
    baseOnly: z.boolean().optional(),
    /** Only this exact grade. */
    grade: z
      .object({
        grader: z.enum(GRADERS),
        grade: z.number().min(1).max(10).multipleOf(0.5),
      })
      .strict()
      .optional(),
    /** Drop autographed cards (unset: as the query says). */
    excludeAutographs: z.boolean().optional(),
    /** Provider-side filters: they change what the providers return. */
    buyingFormat: buyingFormatSchema.optional(),
    condition: providerConditionSchema.optional(),
    priceMin: z.number().nonnegative().max(10_000_000).optional(),
    priceMax: z.number().positive().max(10_000_000).optional(),
    sort: z.enum(['best_match', 'price_low_to_high', 'price_high_to_low', 'newly_listed']).optional(),
  })
  .strict()
  .refine((f) => f.priceMin === undefined || f.priceMax === undefined || f.priceMax >= f.priceMin, {
    message: 'priceMax must be greater than or equal to priceMin',
    path: ['priceMax'],
  });
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchRequestSchema = z
  .object({
    query: z
      .string({ error: 'query must be a string' })
      .trim()
      .min(2, 'query must have at least 2 characters')
      .max(200, 'query must have at most 200 characters')
      .refine((q) => !CONTROL_CHARS.test(q), 'query must not contain control characters'),
    pages: z
      .number({ error: 'pages must be an integer 1-5' })
      .int('pages must be an integer 1-5')
      .min(1, 'pages must be an integer 1-5')
      .max(5, 'pages must be an integer 1-5')
      .default(1),
    filters: searchFiltersSchema.default({}),
    sources: z
      .object({ sold: z.boolean().default(true), active: z.boolean().default(true) })
      .strict()
      .refine((s) => s.sold || s.active, 'at least one of sources.sold and sources.active must be true')
      .default({ sold: true, active: true }),
  })
  .strict();
export type SearchRequest = z.infer<typeof searchRequestSchema>;
export type SearchRequestInput = z.input<typeof searchRequestSchema>;

/** Lower-case, single spaces: "  Mike  TROUT " and "mike trout" are one search. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The canonical form of a parsed request: what makes two searches "the same". */
export function canonicalRequest(request: SearchRequest): SearchRequest {
  return { ...request, query: normaliseQuery(request.query) };
}

/** Search ids are `s-<hash>`: no `:`, never digits only (BullMQ job-id rules). */
export const SEARCH_ID_PATTERN = /^s-[0-9a-f]{24}$/;

export function searchIdFor(request: SearchRequest): string {
  return `s-${stableHash(canonicalRequest(request))}`;
}

export const searchStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);
export type SearchStatus = z.infer<typeof searchStatusSchema>;

export const providerProgressSchema = z.object({
  /** Whether this provider is part of the search. */
  enabled: z.boolean(),
  pagesDone: z.number().int(),
  pagesTotal: z.number().int(),
  listings: z.number().int(),
  providerCalls: z.number().int(),
  state: z.enum(['pending', 'running', 'done', 'failed', 'skipped']),
  error: errorBodySchema.optional(),
});
export type ProviderProgress = z.infer<typeof providerProgressSchema>;

export const searchProgressSchema = z.object({
  sold: providerProgressSchema,
  active: providerProgressSchema,
});
export type SearchProgress = z.infer<typeof searchProgressSchema>;

export const SSE_EVENT_TYPES = ['snapshot', 'progress', 'partial', 'result', 'error'] as const;
export type SseEventType = (typeof SSE_EVENT_TYPES)[number];

/** One entry of a search's event log; `id` is the Redis stream id and the SSE `id:`. */
export interface SearchEvent {
  id: string;
  type: SseEventType;
  data: unknown;
}

/** Payload of a `search` job; parsed at enqueue and again in the processor. */
export const searchJobSchema = z.object({
  searchId: z.string().regex(SEARCH_ID_PATTERN),
  runId: z.string().regex(/^r-[0-9a-z-]+$/),
  request: searchRequestSchema,
  /** Background work (cache-warm) may not spend the quota reserve. */
  background: z.boolean(),
  enqueuedAt: z.number().int(),
});
export type SearchJob = z.infer<typeof searchJobSchema>;

export function newRunId(searchId: string): string {
  return `r-${searchId.slice(2)}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Each listing of the result: the engine's verdict plus what a person needs to look at it. */
export const resultListingSchema = listingVerdictSchema.extend({
  provider: providerSchema,
  imageUrl: z.string().nullable(),
  seller: z.string().nullable(),
  condition: z.string().nullable(),
  bids: z.number().int().nullable(),
  endsAt: z.string().nullable(),
  buyingFormat: buyingFormatSchema,
});
export type ResultListing = z.infer<typeof resultListingSchema>;

/** The finished search: what polling, SSE `result` and the result cache carry. */
export const searchResultSchema = z.object({
  id: z.string(),
  runId: z.string(),
  query: z.string(),
  request: searchRequestSchema,
  /** `simulated` in demo mode (the provider simulator), else `live`. */
  source: z.enum(['live', 'simulated']),
  createdAt: z.string(),
  /** A provider failed: the result rests on the other one and is not cached as fresh. */
  degraded: z.boolean(),
  warnings: z.array(z.string()),
  errors: z.object({ sold: errorBodySchema.optional(), active: errorBodySchema.optional() }),
  providerCalls: z.object({ searchapi: z.number().int(), ebay: z.number().int(), total: z.number().int() }),
  /** Milliseconds per stage: queueWaitMs, soldMs, activeMs, compsMs, totalMs. */
  timings: z.record(z.string(), z.number()),
  comps: compsResultSchema.omit({ listings: true }).extend({ listings: z.array(resultListingSchema) }),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
