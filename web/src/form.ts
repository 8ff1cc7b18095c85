/**
 * The search form and the URL agree: `?q=…&pages=2&raw=1&base=1&noauto=1&grader=PSA&grade=10`,
 * so any search can be shared or reloaded. Validation is the API's; the form only collects.
 */
import { h } from './dom.ts';
import { GRADER_NAMES } from './labels.ts';
import type { SearchRequestInput } from './types.ts';

type Grader = keyof typeof GRADER_NAMES;
type Filters = NonNullable<SearchRequestInput['filters']>;

const GRADES = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1];
const MAX_PAGES = 5;

export interface SearchForm {
  form: HTMLFormElement;
  query: HTMLInputElement;
  submit: HTMLButtonElement;
  error: HTMLElement;
}

/** Fills the select boxes; the markup lives in index.html. */
export function setUpForm(form: HTMLFormElement): SearchForm {
  const el = <T extends Element>(selector: string) => form.querySelector<T & Element>(selector)!;
  el<HTMLSelectElement>('#grader').append(
    h('option', { value: '' }, 'Any'),
    ...Object.entries(GRADER_NAMES).map(([value, name]) => h('option', { value }, name)),
  );
  el<HTMLSelectElement>('#grade').append(...GRADES.map((g) => h('option', { value: g }, String(g))));
  el<HTMLSelectElement>('#pages').append(
    ...Array.from({ length: MAX_PAGES }, (_, i) => h('option', { value: i + 1 }, String(i + 1))),
  );
  const grader = el<HTMLSelectElement>('#grader');
  const gradeSelect = el<HTMLSelectElement>('#grade');
  const syncGrade = () => {
    gradeSelect.disabled = grader.value === '';
  };
  grader.addEventListener('change', syncGrade);
  syncGrade();
  return {
    form,
    query: el<HTMLInputElement>('#q'),
    submit: el<HTMLButtonElement>('#search-button'),
    error: document.getElementById('form-error')!,
  };
}

function field<T extends HTMLInputElement | HTMLSelectElement>(form: HTMLFormElement, name: string): T {
  return form.elements.namedItem(name) as T;
}

type Switch = 'rawOnly' | 'baseOnly' | 'excludeAutographs';

/**
 * An unticked box is left out, not sent as `false`: unset lets the engine read the query (a plain
 * "Mike Trout #US175" means a raw base card), while `false` would open the search to every grade.
 */
function onlyChecked(boxes: Record<Switch, boolean>): Filters {
  return Object.fromEntries(Object.entries(boxes).filter(([, on]) => on));
}

export function readForm(form: HTMLFormElement): SearchRequestInput {
  const checked = (name: string) => field<HTMLInputElement>(form, name).checked;
  const grader = field<HTMLSelectElement>(form, 'grader').value as Grader | '';
  const filters = onlyChecked({
    rawOnly: checked('rawOnly'),
    baseOnly: checked('baseOnly'),
    excludeAutographs: checked('excludeAutographs'),
  });
  if (grader) filters.grade = { grader, grade: Number(field<HTMLSelectElement>(form, 'grade').value) };
  return {
    query: field<HTMLInputElement>(form, 'q').value,
    pages: Number(field<HTMLSelectElement>(form, 'pages').value),
    filters,
  };
}

export function fillForm(form: HTMLFormElement, request: SearchRequestInput): void {
  const filters = request.filters ?? {};
  field<HTMLInputElement>(form, 'q').value = request.query;
  field<HTMLSelectElement>(form, 'pages').value = String(request.pages ?? 1);
  field<HTMLInputElement>(form, 'rawOnly').checked = Boolean(filters.rawOnly);
  field<HTMLInputElement>(form, 'baseOnly').checked = Boolean(filters.baseOnly);
  field<HTMLInputElement>(form, 'excludeAutographs').checked = Boolean(filters.excludeAutographs);
  const grader = field<HTMLSelectElement>(form, 'grader');
  grader.value = filters.grade?.grader ?? '';
  field<HTMLSelectElement>(form, 'grade').value = String(filters.grade?.grade ?? 10);
  grader.dispatchEvent(new Event('change'));
}

export function toSearchParams(request: SearchRequestInput): URLSearchParams {
  const params = new URLSearchParams({ q: request.query });
  const filters = request.filters ?? {};
  if (request.pages && request.pages !== 1) params.set('pages', String(request.pages));
  if (filters.rawOnly) params.set('raw', '1');
  if (filters.baseOnly) params.set('base', '1');
  if (filters.excludeAutographs) params.set('noauto', '1');
  if (filters.grade) {
    params.set('grader', filters.grade.grader);
    params.set('grade', String(filters.grade.grade));
  }
  return params;
}

/** The search a URL describes, or null without `q`. Odd values go to the API as they are, to be judged there. */
export function fromSearchParams(params: URLSearchParams): SearchRequestInput | null {
  const query = params.get('q');
  if (query === null) return null;
  const grader = params.get('grader');
  const filters = onlyChecked({
    rawOnly: params.get('raw') === '1',
    baseOnly: params.get('base') === '1',
    excludeAutographs: params.get('noauto') === '1',
  });
  if (grader && grader in GRADER_NAMES) {
    filters.grade = { grader: grader as Grader, grade: Number(params.get('grade') ?? 10) };
  }
  return { query, pages: Number(params.get('pages') ?? 1), filters };
}
