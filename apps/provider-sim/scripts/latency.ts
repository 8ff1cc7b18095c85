/**
 * Latency of a 120-result SearchAPI sold page at zero injected latency (and, for comparison, a
 * 200-item Browse page), measured over HTTP.
 *
 *   npx tsx apps/provider-sim/scripts/latency.ts [requests]            # starts a simulator in-process
 *   SIM_URL=http://127.0.0.1:4010 npx tsx apps/provider-sim/scripts/latency.ts   # measures a running one
 */
import { startSimulator } from '../src/index.ts';

const requests = Number(process.argv[2] ?? 1000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(name: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `${name}: n=${sorted.length} p50=${fmt(percentile(sorted, 50))} p99=${fmt(percentile(sorted, 99))} max=${fmt(sorted.at(-1) ?? 0)}`,
  );
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

const local = process.env.SIM_URL
  ? null
  : await startSimulator({
      searchapi: { hourlyLimit: 1e9, monthlyAllowance: 1e9 },
      ebay: { dailyLimit: 1e9 },
    });
const base = process.env.SIM_URL ?? local?.url ?? '';
try {
  await json(`${base}/_sim/quotas`, {
    method: 'POST',
    body: JSON.stringify({ searchapi: { hourly: 1e9, monthly: 1e9 }, ebay: { daily: 1e9 } }),
  });
  const { identities } = await json<{
    identities: { year: string; set: string; player: string; parallel: unknown; autograph: boolean }[];
  }>(`${base}/_sim/catalogue`);
  const queries: string[] = [];
  for (const i of identities) {
    if (i.parallel !== null || i.autograph) continue;
    const q = `${i.year} ${i.set} ${i.player}`;
    const truth = await json<{ composition: { sold: { total: number } } }>(
      `${base}/_sim/truth?q=${encodeURIComponent(q)}`,
    );
    if (truth.composition.sold.total >= 120) queries.push(q);
  }
  console.log(`${queries.length} queries with at least 120 sold results`);
  const headers = { Authorization: 'Bearer demo-searchapi-key' };
  const page = async (q: string): Promise<number> => {
    const t0 = performance.now();
    const body = await json<{ organic_results: unknown[] }>(
      `${base}/api/v1/search?engine=ebay_search&filters=sold_listings&num=120&q=${encodeURIComponent(q)}`,
      { headers },
    );
    const ms = performance.now() - t0;
    if (body.organic_results.length < 120) throw new Error(`short page for ${q}`);
    return ms;
  };

  const cold: number[] = [];
  for (const q of queries) cold.push(await page(q));
  report('SearchAPI 120-row sold page, first request per query', cold);
  const warm: number[] = [];
  for (let i = 0; i < requests; i++) warm.push(await page(queries[i % queries.length] ?? ''));
  report('SearchAPI 120-row sold page, steady state', warm);

  const { access_token } = await json<{ access_token: string }>(`${base}/identity/v1/oauth2/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from('demo-ebay-app-id:demo-ebay-cert-id').toString('base64')}`,
    },
    body: 'grant_type=client_credentials&scope=https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope',
  });
  const filter = encodeURIComponent('buyingOptions:{AUCTION|FIXED_PRICE}');
  const ebay: number[] = [];
  for (let i = 0; i < requests; i++) {
    const q = encodeURIComponent(queries[i % queries.length] ?? '');
    const t0 = performance.now();
    await json(`${base}/buy/browse/v1/item_summary/search?limit=200&q=${q}&filter=${filter}`, {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    ebay.push(performance.now() - t0);
  }
  report('Browse 200-item page, steady state', ebay);
} finally {
  await local?.close();
}
