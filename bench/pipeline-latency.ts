/**
 * Queue overhead of a search, with the simulator answering after 300 ms (a provider's real latency is 1-5 s).
 * Baseline, in the same run: the same provider calls made directly (page 1 of SearchAPI and eBay in parallel,
 * token excluded) — the time a perfect pipeline would need. Measured through the API over SSE:
 * time to first event, to the first `partial`, and to `result`; overhead = result − baseline. The first
 * search (cold: eBay token minted, nothing compiled yet) is reported alone, outside the percentiles.
 */
import { DEMO_CREDENTIALS } from '@kuya/shared';
import { postSearch, readSse, startSimStack } from '../test/support/sim-stack.ts';
import { percentile, report } from './report.ts';

const LATENCY_MS = 300;
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 30);

const stack = await startSimStack({ LOG_LEVEL: 'error' });
try {
  const { sim } = stack;
  await sim.control.setFaults({ searchapi: { latencyMs: LATENCY_MS }, ebay: { latencyMs: LATENCY_MS } });
  const cards = sim.control.catalogue();
  // Distinct queries everywhere: a repeated one would be a cache hit, not a pipeline run.
  const queries = [...new Set(cards.map((c) => c.canonicalTitle))];
  if (queries.length < SEARCHES * 2 + 1) throw new Error('not enough distinct cards for the benchmark');

  // Baseline: direct provider calls.
  const tokenRes = await fetch(`${sim.url}/identity/v1/oauth2/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${DEMO_CREDENTIALS.EBAY_APP_ID}:${DEMO_CREDENTIALS.EBAY_CERT_ID}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials&scope=https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope',
  });
  const token = ((await tokenRes.json()) as { access_token: string }).access_token;
  const baseline: number[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    const q = encodeURIComponent(queries[(i + SEARCHES) % queries.length]!);
    const t0 = performance.now();
    await Promise.all([
      fetch(`${sim.url}/api/v1/search?engine=ebay_search&q=${q}&filters=sold_listings&num=120&page=1`, {
        headers: { authorization: `Bearer ${DEMO_CREDENTIALS.SEARCH_API_KEY}` },
      }).then((r) => r.arrayBuffer()),
      fetch(
        `${sim.url}/buy/browse/v1/item_summary/search?q=${q}&limit=200&filter=${encodeURIComponent('buyingOptions:{AUCTION|FIXED_PRICE}')}`,
        { headers: { authorization: `Bearer ${token}` } },
      ).then((r) => r.arrayBuffer()),
    ]);
    baseline.push(performance.now() - t0);
  }

  // Pipeline: distinct queries (no cache), one at a time so each measures the pipeline alone. Search 0
  // is the cold start (the worker mints the eBay token, code paths are not yet compiled): reported
  // on its own, not in the percentiles.
  const firstEvent: number[] = [];
  const firstPartial: number[] = [];
  const toResult: number[] = [];
  let coldStart = 0;
  for (let i = 0; i <= SEARCHES; i++) {
    const t0 = performance.now();
    const { status, body } = await postSearch(stack.apiUrl, { query: queries[i]! });
    if (status !== 202) throw new Error(`expected a fresh run, got HTTP ${status}`);
    let first: number | undefined;
    let partial: number | undefined;
    await readSse(`${stack.apiUrl}${body.links.events}`, {
      stopAfter: (e) => {
        const t = performance.now() - t0;
        first ??= t;
        if (e.event === 'partial') partial ??= t;
        return e.event === 'result' || e.event === 'error';
      },
    });
    if (i === 0) {
      coldStart = performance.now() - t0;
      continue;
    }
    toResult.push(performance.now() - t0);
    firstEvent.push(first ?? Number.NaN);
    if (partial !== undefined) firstPartial.push(partial);
  }

  const p = (values: number[]) => ({
    p50: Math.round(percentile(values, 50)),
    p95: Math.round(percentile(values, 95)),
  });
  const base = percentile(baseline, 50);
  report({
    benchmark: 'pipeline-latency',
    providerLatencyMs: LATENCY_MS,
    searches: SEARCHES,
    coldStartSearchToResultMs: Math.round(coldStart),
    baselineDirectProviderCallsMs: p(baseline),
    timeToFirstEventMs: p(firstEvent),
    timeToFirstPartialMs: p(firstPartial),
    timeToResultMs: p(toResult),
    queueOverheadMs: {
      p50: Math.round(percentile(toResult, 50) - base),
      p95: Math.round(percentile(toResult, 95) - base),
    },
    ratioResultToBaseline: Number((percentile(toResult, 50) / base).toFixed(2)),
  });
} finally {
  await stack.dispose();
}
