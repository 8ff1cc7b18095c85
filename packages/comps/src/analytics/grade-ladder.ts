/**
 * The grade ladder: from the same fetched sales, the value of the card in each grade (raw, PSA 9,
 * PSA 10, BGS 9.5, …) with n per rung, and a flag wherever a lower grade sells above a higher one of
 * the same grader. Only sales that are the queried card apart from their grade stand on the ladder.
 */
import type { ClassifiedTitle, GradeLadder } from '@kuya/shared/comps';
import { round2, type SoldPrice } from '../pricing/price-sales.ts';
import { rangeOf } from '../pricing/range.ts';
import { type GradeWanted, graderFamily } from '../query/match.ts';

/** The grading fields of a title: all the ladder reads. */
export type LadderCard = Pick<
  ClassifiedTitle,
  'graded' | 'authenticated' | 'speculativeGrade' | 'grader' | 'grade' | 'gradeQualifier' | 'blackLabel'
>;

const MIN_SALES = 3;
/** Distinct grading fields remembered with their rung (a ladder has a handful). */
const MAX_READ_CARDS = 32;

interface Rung {
  label: string;
  grader: string | null;
  grade: number | null;
  blackLabel: boolean;
  qualifier: string | null;
  /** Indexes of its sales, ascending. */
  sales: number[];
}

function rungOf(card: LadderCard): Rung | null {
  if (!card.graded) {
    // Authentic slabs and hoped-for grades ("PSA 10?") are neither raw nor graded.
    if (card.authenticated || card.speculativeGrade) return null;
    return { label: 'Raw', grader: null, grade: null, blackLabel: false, qualifier: null, sales: [] };
  }
  if (card.grader === null || card.grade === null) return null;
  const grader = graderFamily(card.grader);
  const qualifier = card.gradeQualifier === 'pristine' ? null : card.gradeQualifier;
  const label = `${grader} ${card.grade}${card.blackLabel ? ' Black Label' : ''}${qualifier ? ` ${qualifier}` : ''}`;
  return { label, grader, grade: card.grade, blackLabel: card.blackLabel, qualifier, sales: [] };
}

/** The same fields for `rungOf`, so the same rung. */
function sameGrading(a: LadderCard, b: LadderCard): boolean {
  return (
    a.graded === b.graded &&
    a.authenticated === b.authenticated &&
    a.speculativeGrade === b.speculativeGrade &&
    a.grader === b.grader &&
    a.grade === b.grade &&
    a.gradeQualifier === b.gradeQualifier &&
    a.blackLabel === b.blackLabel
  );
}

function isWanted(rung: Rung, wanted: GradeWanted): boolean {
  if (wanted.kind === 'raw') return rung.grader === null;
  if (wanted.kind !== 'graded' || rung.grader === null) return false;
  return (
    (wanted.grader === null || graderFamily(wanted.grader) === rung.grader) &&
    (wanted.grade === null || wanted.grade === rung.grade) &&
    wanted.blackLabel === rung.blackLabel &&
    (rung.qualifier === null || rung.qualifier === wanted.qualifier)
  );
}

/** Higher on the ladder: a higher grade, and Black Label above a plain 10. */
const height = (r: { grade: number | null; blackLabel: boolean }) =>
  (r.grade ?? 0) + (r.blackLabel ? 0.25 : 0);

/**
 * The ladder from sales grouped by reading (sales of one title share one): `cards[g]` is the reading
 * of group g and `groupOf[j]` the group of sale j, −1 for a sale not on the ladder. `price` prices a
 * rung from the indexes of its sales (ascending); `wantedPrice`: the sold-side price already computed
 * for the wanted grade (its sales are the exact comps), so the largest rung is not priced twice.
 */
export function gradeLadderOf(
  cards: readonly LadderCard[],
  groupOf: Int32Array,
  price: (sales: readonly number[]) => SoldPrice,
  wanted: GradeWanted,
  wantedPrice?: SoldPrice,
): GradeLadder {
  const rungs = new Map<string, Rung>();
  // Each group's rung, read once: undefined until its first sale, null when off the ladder. Cards
  // with the same grading fields share a rung, found among the few already read without a label.
  const rungOfGroup: Array<Rung | null | undefined> = new Array(cards.length);
  const readCards: LadderCard[] = [];
  const readRungs: Array<Rung | null> = [];
  for (let j = 0; j < groupOf.length; j++) {
    const g = groupOf[j]!;
    if (g < 0) continue;
    let rung = rungOfGroup[g];
    if (rung === undefined) {
      const card = cards[g]!;
      const k = readCards.findIndex((c) => sameGrading(c, card));
      if (k >= 0) rung = readRungs[k]!;
      else {
        const r = rungOf(card);
        rung = r === null ? null : (rungs.get(r.label) ?? r);
        if (rung !== null) rungs.set(rung.label, rung);
        if (readCards.length < MAX_READ_CARDS) {
          readCards.push(card);
          readRungs.push(rung);
        }
      }
      rungOfGroup[g] = rung;
    }
    if (rung !== null) rung.sales.push(j);
  }
  const graderVolume = new Map<string, number>();
  for (const r of rungs.values()) {
    if (r.grader) graderVolume.set(r.grader, (graderVolume.get(r.grader) ?? 0) + r.sales.length);
  }
  const ordered = [...rungs.values()].sort((a, b) => {
    if (a.grader === null || b.grader === null) return a.grader === null ? -1 : 1;
    if (a.grader !== b.grader) {
      return (
        (graderVolume.get(b.grader) ?? 0) - (graderVolume.get(a.grader) ?? 0) ||
        a.grader.localeCompare(b.grader)
      );
    }
    return height(b) - height(a) || (a.qualifier ?? '').localeCompare(b.qualifier ?? '');
  });

  const priced = ordered.map((r) => {
    const isQueryGrade = isWanted(r, wanted);
    const p = isQueryGrade && wantedPrice ? wantedPrice : price(r.sales);
    const enough = p.kept.length >= MIN_SALES;
    // The rung's range means what the headline's does (its sales' spread and how sure its value is).
    const range =
      enough && p.market !== null && p.discount !== null && p.premium !== null
        ? rangeOf(
            { market: p.market, discount: p.discount, premium: p.premium },
            p.uncertainty,
            p.kept.length,
          )
        : null;
    return {
      rung: r,
      out: {
        label: r.label,
        grader: r.grader,
        grade: r.grade,
        n: p.kept.length,
        marketValue: range ? round2(p.market!) : null,
        discount: range ? round2(range.discount) : null,
        premium: range ? round2(range.premium) : null,
        insufficientData: !enough,
        isQueryGrade,
      },
    };
  });

  const inversions: GradeLadder['inversions'] = [];
  const byGrader = new Map<string, typeof priced>();
  for (const p of priced) {
    if (p.rung.grader === null || p.rung.qualifier !== null || p.out.marketValue === null) continue;
    const list = byGrader.get(p.rung.grader) ?? [];
    list.push(p);
    byGrader.set(p.rung.grader, list);
  }
  for (const list of byGrader.values()) {
    list.sort((a, b) => height(a.rung) - height(b.rung));
    for (let i = 0; i + 1 < list.length; i++) {
      const lower = list[i]!.out;
      const higher = list[i + 1]!.out;
      if (lower.marketValue! > higher.marketValue!) {
        inversions.push({
          lower: lower.label,
          higher: higher.label,
          lowerValue: lower.marketValue!,
          higherValue: higher.marketValue!,
        });
      }
    }
  }
  return { rungs: priced.map((p) => p.out), inversions };
}
