/**
 * The browser app on the real stack — Redis, the provider simulator, API and worker processes —
 * driven in Chromium the way a collector uses it: type a card, watch it stream in, read the value,
 * check what was left out and why.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../apps/provider-sim/src/index.ts';
import { type Stack, startStack } from '../support/processes.ts';
import { startOwnRedis } from '../support/redis.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOT = '/tmp/kuya-web.png';
const HOSTILE = '<img src=x onerror=alert(1)>';
/** Sold listings per SearchAPI page, as the worker asks for them. */
const SOLD_PAGE_SIZE = 120;

/** A well-traded base card whose first sold page has a title carrying `HOSTILE`, from the simulator's ground truth. */
function cardWithHostileTitle(sim: Simulator): string {
  for (const card of sim.control.catalogue()) {
    if (card.parallel || card.autograph || card.serial !== null) continue;
    const query = `${card.year} ${card.set} ${card.player} #${card.cardNumber}`;
    const sold = sim.control.truth(query, { labels: true }).labels?.sold.slice(0, SOLD_PAGE_SIZE) ?? [];
    const exact = sold.filter((l) => l.label === 'exact').length;
    if (exact >= 10 && sold.some((l) => l.title.includes(HOSTILE))) return query;
  }
  throw new Error(`no card in the simulator has a title with ${HOSTILE} on its first sold page`);
}

async function buildWebApp(): Promise<void> {
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', 'web', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

describe('the web app in a real browser', () => {
  let redis: Awaited<ReturnType<typeof startOwnRedis>>;
  let sim: Simulator;
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let query: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [redis, sim] = await Promise.all([
      startOwnRedis(),
      // Slow sold pages so the interim value is on screen before the second page lands; dated sales for the chart.
      startSimulator({ faults: { searchapi: { latencyMs: 1200, soldDates: true } } }),
      buildWebApp(),
    ]);
    query = cardWithHostileTitle(sim);
    stack = await startStack({
      REDIS_URL: redis.url,
      SEARCH_API_KEY: 'demo-searchapi-key',
      EBAY_APP_ID: 'demo-ebay-app-id',
      EBAY_CERT_ID: 'demo-ebay-cert-id',
      SEARCHAPI_BASE_URL: sim.url,
      EBAY_API_BASE_URL: sim.url,
      KUYA_DEMO_MODE: '1',
    });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sim?.close();
    await redis?.dispose();
  });

  const text = async (selector: string) => (await page.locator(selector).first().textContent()) ?? '';

  it('streams progress and an interim value, then the full result', async () => {
    await page.goto(stack.apiUrl);
    await expect.poll(() => page.title()).toContain('Kuya Comps');
    // Record every status line and results phase the page goes through.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const status = document.querySelector('[data-testid="status"]')!;
      const results = document.getElementById('results')!;
      new MutationObserver(() => seen.push(`status:${status.textContent}`)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      new MutationObserver(() => seen.push(`phase:${results.dataset.phase ?? ''}`)).observe(results, {
        attributeFilter: ['data-phase'],
      });
    });

    await page.getByLabel('Card to price').fill(query);
    await page.getByLabel('Sold pages').selectOption('2');
    await page.getByRole('button', { name: 'Get comps' }).click();

    await page.waitForSelector('#results[data-phase="final"]', { timeout: 25_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toContainEqual(expect.stringMatching(/^status:Searching eBay… \d+ sold listings? and/));
    expect(seen.indexOf('phase:interim')).toBeGreaterThanOrEqual(0);
    expect(seen.indexOf('phase:interim')).toBeLessThan(seen.indexOf('phase:final'));

    expect(await text('[data-testid="status"]')).toMatch(
      /^Done: checked \d+ sold listings and \d+ active listings\.$/,
    );
    expect(await text('[data-testid="progress-sold"]')).toMatch(/done · \d+ listings/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(await page.locator('#demo-badge').isVisible()).toBe(true);
    expect(await text('#demo-badge')).toBe('DEMO — simulated data');
  });

  it('shows the fair market value with its range, the market read and the sales chart', async () => {
    expect(await text('[data-testid="fmv"]')).toMatch(/^\$[\d,]+(\.\d\d)?$/);
    expect(await page.locator('[data-testid="interim"]').count()).toBe(0);
    const range = await text('.range');
    for (const label of ['Discount', 'Market value', 'Premium']) expect(range).toContain(label);
    expect(await text('[data-testid="reliability"]')).toMatch(
      /Excellent|Good|Moderate|High variation|Chaotic/,
    );
    expect(await page.locator('figure svg.chart').count()).toBe(2);
    expect(await page.locator('figure svg.chart circle.point').count()).toBeGreaterThanOrEqual(3);
    // The value, market read, deals, charts, exclusions and ladder: what a collector reads first.
    await page.screenshot({
      path: SCREENSHOT,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: 2400 },
    });
  });

  it('lists the sales with their verdicts, and accounts for every listing left out', async () => {
    const rows = page.locator('[data-testid="listing-row"]');
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await page.locator('[data-testid="listing-row"] .chip-ok').count()).toBeGreaterThan(3);

    const reasons = page.locator('[data-testid="excluded-reason"]');
    expect(await reasons.count()).toBeGreaterThan(0);
    const firstReason = reasons.first();
    expect(await firstReason.locator('.reason-name').textContent()).toBeTruthy();
    expect(Number(await firstReason.locator('.reason-count').textContent())).toBeGreaterThan(0);
    await firstReason.locator('summary').click();
    expect(await firstReason.locator('.reason-listings li').count()).toBeGreaterThan(0);

    await page.locator('.segmented label', { hasText: 'Left out' }).click();
    const leftOut = page.locator('[data-testid="listing-row"]');
    expect(await leftOut.count()).toBeGreaterThan(0);
    for (const reason of await leftOut.locator('[data-testid="reasons"]').allTextContents()) {
      expect(reason.trim()).not.toBe('');
    }
    await page.locator('.segmented label', { hasText: 'All' }).click();
  });

  it('shows a title carrying HTML as text and runs none of it', async () => {
    const showAll = page.locator('.more-button');
    if (await showAll.isVisible()) await showAll.click();
    const titles = await page.locator('[data-testid="listing-title"]').allTextContents();
    expect(titles).toContainEqual(expect.stringContaining(HOSTILE));
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('reopens a shared link (?q=) with the same value, from the saved result', async () => {
    const fmv = await text('[data-testid="fmv"]');
    await page.goto(page.url());
    await page.waitForSelector('#results[data-phase="final"]', { timeout: 10_000 });
    expect(await page.getByLabel('Card to price').inputValue()).toBe(query);
    expect(await page.getByLabel('Sold pages').inputValue()).toBe('2');
    expect(await text('[data-testid="fmv"]')).toBe(fmv);
    expect(await text('[data-testid="run-facts"]')).toMatch(/saved result from/);
  });

  it('shows the API’s validation message next to the form for a one-letter query', async () => {
    await page.getByLabel('Card to price').fill('x');
    await page.getByRole('button', { name: 'Get comps' }).click();
    const error = page.locator('#form-error');
    await error.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await error.textContent()).toBe('query must have at least 2 characters');
    expect(await page.getByLabel('Card to price').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-testid="fmv"]').count()).toBe(0);
  });
});
