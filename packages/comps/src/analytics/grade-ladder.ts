/**
 * The grade ladder: from the same fetched sales, the value of the card in each grade (raw, PSA 9,
 * PSA 10, BGS 9.5, …) with n per rung, and a flag wherever a lower grade sells above a higher one of
 * the same grader. Only sales that are the queried card apart from their grade stand on the ladder.
 */
import type { ClassifiedTitle, GradeLadder } from '@kuya/shared/comps';
import { priceSales, round2, type Sale, type SoldPrice } from '../pricing/price-sales.ts';
import { type GradeWanted, graderFamily } from '../query/match.ts';

/** The grading fields of a title: all the ladder reads. */
export type LadderCard = Pick<
  ClassifiedTitle,
  'graded' | 'authenticated' | 'speculativeGrade' | 'grader' | 'grade' | 'gradeQualifier' | 'blackLabel'
>;

export interface LadderSale {
  card: LadderCard;
  sale: Sale;
}

const MIN_SALES = 3;

interface Rung {
  label: string;
  grader: string | null;
  grade: number | null;
  blackLabel: boolean;
  qualifier: string | null;
  sales: Sale[];
}

function rungOf(card: LadderCard): Omit<Rung, 'sales'> | null {
  if (!card.graded) {
    // Authentic slabs and hoped-for grades ("PSA 10?") are neither raw nor graded.
    if (card.authenticated || card.speculativeGrade) return null;
    return { label: 'Raw', grader: null, grade: null, blackLabel: false, qualifier: null };
  }
  if (card.grader === null || card.grade === null) return null;
  const grader = graderFamily(card.grader);
  const qualifier = card.gradeQualifier === 'pristine' ? null : card.gradeQualifier;
  const label = `${grader} ${card.grade}${card.blackLabel ? ' Black Label' : ''}${qualifier ? ` ${qualifier}` : ''}`;
  return { label, grader, grade: card.grade, blackLabel: card.blackLabel, qualifier };
}

function isWanted(rung: Rung, wanted: GradeWanted): boolean {
  if (wanted.kind === 'raw') return rung.grader === null;
  if (wanted.kind === 'any' || rung.grader === null) return false;
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
 * `wantedPrice`: the sold-side price already computed for the wanted grade (its sales are the exact
 * comps), so the largest rung is not priced twice.
 */
export function buildGradeLadder(
  sales: readonly LadderSale[],
  asOf: number | null,
  wanted: GradeWanted,
  wantedPrice?: SoldPrice,
): GradeLadder {
  const rungs = new Map<string, Rung>();
  for (const { card, sale } of sales) {
    const r = rungOf(card);
    if (!r) continue;
    const rung = rungs.get(r.label) ?? { ...r, sales: [] };
    rung.sales.push(sale);
    rungs.set(r.label, rung);
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
    const p = isQueryGrade && wantedPrice ? wantedPrice : priceSales(r.sales, asOf);
    const enough = p.kept.length >= MIN_SALES;
    return {
      rung: r,
      out: {
        label: r.label,
        grader: r.grader,
        grade: r.grade,
        n: p.kept.length,
        marketValue: enough && p.market !== null ? round2(p.market) : null,
        discount: enough && p.discount !== null ? round2(p.discount) : null,
        premium: enough && p.premium !== null ? round2(p.premium) : null,
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
