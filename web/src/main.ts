/**
 * The page: a search form whose state lives in the URL, a progress area, and the results.
 * One search runs at a time; starting another stops the first (its request and its stream).
 */
import './styles.css';
import { ApiError, followSearch, startSearch } from './api.ts';
import { h } from './dom.ts';
import { fillForm, fromSearchParams, readForm, setUpForm, toSearchParams } from './form.ts';
import { plural } from './format.ts';
import { progressBars, progressHeadline } from './render/progress.ts';
import { clearResults, type Freshness, renderFinal, renderInterim } from './render/results.ts';
import type { SearchProgress, SearchRequestInput, SearchResult } from './types.ts';

const ui = setUpForm(document.querySelector<HTMLFormElement>('#search-form')!);
const statusPanel = document.getElementById('status')!;
const results = document.getElementById('results')!;
const welcome = document.getElementById('welcome')!;
const demoBadge = document.getElementById('demo-badge')!;

const statusLine = h('p', {
  class: 'status-line',
  role: 'status',
  'aria-live': 'polite',
  'data-testid': 'status',
});
const statusBars = h('div');
statusPanel.append(statusLine, statusBars);

type Tone = 'busy' | 'done' | 'error';

function setStatus(text: string, tone: Tone, progress?: SearchProgress | null): void {
  statusPanel.hidden = false;
  statusPanel.dataset.tone = tone;
  if (statusLine.textContent !== text) statusLine.textContent = text;
  if (progress !== undefined) statusBars.replaceChildren(progress ? progressBars(progress) : '');
}

function setFormError(message: string | null): void {
  ui.error.textContent = message ?? '';
  ui.error.hidden = message === null;
  if (message === null) ui.query.removeAttribute('aria-invalid');
  else ui.query.setAttribute('aria-invalid', 'true');
}

function showResult(result: SearchResult, freshness: Freshness, progress: SearchProgress | null): void {
  demoBadge.hidden = result.source !== 'simulated';
  renderFinal(results, result, freshness);
  results.removeAttribute('aria-busy');
  const { counts } = result.comps;
  setStatus(
    `Done: checked ${plural(counts.sold, 'sold listing')} and ${plural(counts.active, 'active listing')}.`,
    'done',
    progress,
  );
}

const JUST_NOW: Freshness = { cachedAgeSeconds: null, stale: false, refreshing: false };

let stopCurrent: (() => void) | undefined;

async function search(request: SearchRequestInput, addToHistory: boolean): Promise<void> {
  stopCurrent?.();
  const abort = new AbortController();
  let closeStream: (() => void) | undefined;
  stopCurrent = () => {
    abort.abort();
    closeStream?.();
  };

  if (addToHistory) history.pushState(null, '', `?${toSearchParams(request)}`);
  document.title = `${request.query.trim() || 'Search'} — Kuya Comps`;
  setFormError(null);
  welcome.hidden = true;
  clearResults(results);
  results.setAttribute('aria-busy', 'true');
  setStatus('Starting search…', 'busy', null);

  let answer: Awaited<ReturnType<typeof startSearch>>;
  try {
    answer = await startSearch(request, abort.signal);
  } catch (err) {
    if (abort.signal.aborted) return;
    results.removeAttribute('aria-busy');
    statusPanel.hidden = true;
    welcome.hidden = false;
    if (!(err instanceof ApiError)) throw err;
    setFormError(err.problem.message);
    ui.query.focus();
    return;
  }

  if (answer.kind === 'cached') {
    const { ageSeconds, stale, refreshing } = answer;
    showResult(answer.result, { cachedAgeSeconds: ageSeconds, stale, refreshing }, null);
    if (!refreshing) return;
  }
  // A stale saved result stays on screen while its refresh runs; the fresh one replaces it.
  const refreshingCached = answer.kind === 'cached';
  let progress: SearchProgress | null = null;

  closeStream = followSearch(answer.eventsUrl, {
    progress(next) {
      progress = next;
      if (!refreshingCached) setStatus(progressHeadline(next), 'busy', next);
    },
    partial(comps) {
      if (!refreshingCached) renderInterim(results, comps);
    },
    result(result) {
      showResult(result, JUST_NOW, progress);
    },
    failed(problem) {
      results.removeAttribute('aria-busy');
      if (refreshingCached)
        setStatus(`Showing the saved result; refreshing failed: ${problem.message}`, 'error');
      else {
        clearResults(results);
        setStatus(problem.message, 'error', progress);
      }
    },
    reconnecting() {
      setStatus('Connection interrupted — reconnecting…', 'busy');
    },
  });
}

/** Runs the search the address describes (on load, back and forward), or shows the welcome. */
function followLocation(): void {
  const request = fromSearchParams(new URLSearchParams(window.location.search));
  if (!request) {
    stopCurrent?.();
    clearResults(results);
    statusPanel.hidden = true;
    welcome.hidden = false;
    return;
  }
  fillForm(ui.form, request);
  void search(request, false);
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  void search(readForm(ui.form), true);
});
window.addEventListener('popstate', followLocation);
followLocation();
