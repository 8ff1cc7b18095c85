/** Short tags for what a title (or the query) says about the card: "PSA 10", "Auto", "/99", "RC". */
import type { CardFields, ParsedQuery } from '@kuya/shared';
import { h } from '../dom.ts';

function gradeTag(card: CardFields): string | null {
  if (card.speculativeGrade) return 'Raw (grade hoped for)';
  if (card.authenticated) return `${card.grader ?? ''} Authentic`.trim();
  if (!card.graded || card.grader === null || card.grade === null) return null;
  const qualifier = card.gradeQualifier ? ` ${card.gradeQualifier}` : '';
  return `${card.grader} ${card.grade}${qualifier}${card.blackLabel ? ' Black Label' : ''}`;
}

/** "upper deck", "prizm" → "Upper Deck Prizm". */
function titleCase(words: string[]): string {
  return words
    .flatMap((w) => w.split(' '))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** What a listing's title says beyond the player and set. */
export function cardTags(card: CardFields): string[] {
  const tags: (string | null | false)[] = [
    gradeTag(card),
    card.parallel && titleCase([card.parallel]),
    card.serial !== null && (card.serial === 1 ? '1/1' : `/${card.serial}`),
    card.autograph && 'Auto',
    card.relic && 'Relic',
    card.rookie && 'RC',
    card.damaged && 'Damaged',
  ];
  return tags.filter((t): t is string => Boolean(t));
}

/** How the engine read the search, so a collector can see what "the same card" meant. */
export function queryTags(reading: ParsedQuery): string[] {
  const { card } = reading;
  const year =
    card.year === null
      ? null
      : card.seasonEnd
        ? `${card.year}-${String(card.seasonEnd).slice(2)}`
        : `${card.year}`;
  return [
    year,
    card.setWords.length > 0 ? titleCase(card.setWords) : null,
    reading.terms.length > 0 ? titleCase(reading.terms) : null,
    card.cardNumber ? `#${card.cardNumber}` : null,
    ...(gradeTag(card) || !reading.raw ? [] : ['Raw']),
    ...cardTags(card),
  ].filter((t): t is string => Boolean(t));
}

export function tagList(tags: string[], className = 'tags'): HTMLElement | null {
  if (tags.length === 0) return null;
  return h('ul', { class: className }, ...tags.map((t) => h('li', {}, t)));
}
