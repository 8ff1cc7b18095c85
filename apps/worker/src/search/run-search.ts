/**
 * One search run, as the parent job on queue "search":
 * page 1 of each provider as child jobs → a `partial` (sold comps + interim FMV) as soon as the first
 * sold page is in → the remaining sold pages → the comps engine → result cache → `result` event.
 * Child ids are derived from the run id, so a re-run after a crash picks up the same children.
 */
import { computeComps } from '@kuya/comps';
import {
  AppError,
  appendEvent,
  DEFAULT_PAGE_SIZE,
  type ErrorBody,
  emptyProgress,
  type Listing,
  type ProviderPageResult,
  patchState,
  providerPageJob,
  releaseRun,
  type SearchJob,
  type SearchProgress,
  writeResult,
} from '@kuya/shared';
import type { Job, Queue } from 'bullmq';
import type { WorkerContext } from '../context.ts';
import { readCachedPage } from '../queues/provider-page.ts';
import type { Finished, JobWaiter } from './job-waiter.ts';
import { errorFromFailedReason, providerQueryFor } from './provider-query.ts';
import { buildResult, compsInput, resultFreshForS } from './result.ts';

export interface SearchRunDeps {
  ctx: WorkerContext;
  queues: { searchapi: Queue; ebay: Queue };
  waiter: JobWaiter;
}

type Side = 'sold' | 'active';
const PROVIDER_OF = { sold: 'searchapi', active: 'ebay' } as const;

export async function runSearch(job: Job, data: SearchJob, deps: SearchRunDeps, signal?: AbortSignal) {
  const { ctx, queues, waiter } = deps;
  const { redis, config } = ctx;
  const { searchId, runId, request } = data;
  const started = Date.now();
  const timings: Record<string, number> = { queueWaitMs: started - data.enqueuedAt };
  // Fresh counters on every attempt: a re-run after a crash re-reads its (already finished) pages.
  const progress: SearchProgress = emptyProgress(request);
  const listings: Record<Side, Map<string, Listing>> = { sold: new Map(), active: new Map() };
  const errors: Partial<Record<Side, ErrorBody>> = {};
  const warnings: string[] = [];

  const publishProgress = async () => {
    await patchState(redis, searchId, { status: 'running', progress });
    await appendEvent(redis, searchId, 'progress', { id: searchId, status: 'running', progress });
  };
  await publishProgress();

  const pageJob = (side: Side, page: number) =>
    providerPageJob(
      {
        provider: PROVIDER_OF[side],
        query: providerQueryFor(request),
        page,
        background: data.background,
        searchId,
      },
      { scope: runId },
    );

  /** One page: from the raw page cache when it is there (no job, no limiter wait), else as a child job. */
  const fetchPage = async (side: Side, page: number): Promise<Finished> => {
    const provider = PROVIDER_OF[side];
    const { name, data: payload, opts } = pageJob(side, page);
    const cached = await readCachedPage(redis, provider, payload.query, page);
    if (cached) return { jobId: opts.jobId, ok: true, value: cached };
    await queues[provider].add(name, payload, {
      ...opts,
      parent: { id: job.id!, queue: job.queueQualifiedName },
      ignoreDependencyOnFailure: true,
    });
    return waiter.wait(queues[provider], opts.jobId, signal);
  };

  const onFinished = async (side: Side, page: number, finished: Finished) => {
    const p = progress[side];
    if (finished.ok) {
      const value = finished.value as ProviderPageResult;
      for (const listing of value.listings) listings[side].set(listing.id, listing);
      p.pagesDone += 1;
      p.providerCalls += value.providerCalls;
      p.listings = listings[side].size;
      warnings.push(...value.warnings.map((w) => `${PROVIDER_OF[side]}: ${w}`));
      if (page === 1 && !value.hasMore) p.pagesTotal = 1;
    } else {
      const error = errorFromFailedReason(finished.reason);
      errors[side] ??= error;
      p.state = 'failed';
      p.error = error;
      if (page === 1) p.pagesTotal = 1;
    }
    if (p.state !== 'failed' && p.pagesDone >= p.pagesTotal) p.state = 'done';
    await publishProgress();
  };

  // Stage 1: page 1 of every enabled provider, in parallel.
  const pending = new Map<string, Promise<void>>();
  const track = (side: Side, page: number) => {
    const t0 = Date.now();
    pending.set(
      `${side}-${page}`,
      fetchPage(side, page).then(async (finished) => {
        await onFinished(side, page, finished);
        timings[`${side}Ms`] = Math.max(timings[`${side}Ms`] ?? 0, Date.now() - t0);
        if (side === 'sold' && page === 1) {
          if (finished.ok) await sendPartial();
          await addMoreSoldPages(finished);
        }
      }),
    );
  };

  const sendPartial = async () => {
    const comps = computeComps(compsInput(request, [...listings.sold.values()], [], new Date()));
    await appendEvent(redis, searchId, 'partial', { id: searchId, interim: true, comps });
  };

  const addMoreSoldPages = async (first: Finished) => {
    if (!first.ok) return;
    const value = first.value as ProviderPageResult;
    if (!value.hasMore || request.pages < 2) return;
    // Search queries never set `num`, so every sold page has the provider's default size.
    const available = value.totalResults
      ? Math.ceil(value.totalResults / DEFAULT_PAGE_SIZE.searchapi)
      : request.pages;
    const lastPage = Math.min(request.pages, Math.max(1, available));
    progress.sold.pagesTotal = lastPage;
    for (let page = 2; page <= lastPage; page++) track('sold', page);
  };

  for (const side of ['sold', 'active'] as const) {
    if (!progress[side].enabled) continue;
    progress[side].state = 'running';
    track(side, 1);
  }
  // Waiting may add more pages (sold pages 2..N), so drain until nothing new appears.
  while (pending.size > 0) {
    const batch = [...pending.entries()];
    await Promise.all(batch.map(([, p]) => p));
    for (const [id] of batch) pending.delete(id);
  }

  const enabled = (['sold', 'active'] as const).filter((s) => progress[s].enabled);
  const failedSides = enabled.filter((s) => errors[s]);
  if (failedSides.length === enabled.length) {
    // Nothing to price: fail visibly, cache nothing (an outage must not become an empty answer).
    const first = errors[failedSides[0]!]!;
    const error = new AppError('SEARCH_FAILED', `The search failed: ${first.message}`, {
      providers: errors,
    }).toBody();
    await patchState(redis, searchId, { status: 'failed', progress, error });
    await appendEvent(redis, searchId, 'error', { id: searchId, error });
    await releaseRun(redis, searchId, runId);
    return { status: 'failed', error };
  }

  const t0 = Date.now();
  const sold = [...listings.sold.values()];
  const active = [...listings.active.values()];
  const comps = computeComps(compsInput(request, sold, active, new Date()));
  timings.compsMs = Date.now() - t0;
  timings.totalMs = Date.now() - started;
  const result = buildResult({ data, config, comps, sold, active, progress, errors, warnings, timings });
  const { degraded } = result;
  const freshFor = degraded ? 0 : resultFreshForS(request, config);
  // A degraded result is served once (stale) so the next identical search refreshes it.
  await writeResult(redis, searchId, result, freshFor, degraded ? 120 : freshFor + config.CACHE_TTL_SOLD);
  await patchState(redis, searchId, { status: 'done', progress, error: null });
  await appendEvent(redis, searchId, 'result', { id: searchId, degraded });
  await releaseRun(redis, searchId, runId);
  return { status: 'done', listings: sold.length + active.length, degraded };
}
