/** Words for the engine's codes, as a collector would say them. */
import type { EXCLUSION_REASONS, GRADERS } from '@kuya/shared';

type Reason = (typeof EXCLUSION_REASONS)[number];
type Grader = (typeof GRADERS)[number];

/** A Record, so a reason added to the engine fails the type check until it has words here. */
const REASONS: Record<Reason, string> = {
  lot: 'Lot or multi-card listing',
  you_pick: '“You pick” / choose-your-card listing',
  reprint: 'Reprint, facsimile or replica',
  custom: 'Custom, proxy or fan-made card',
  digital: 'Digital card or NFT',
  break: 'Case or box break spot',
  sealed: 'Sealed pack or box',
  redemption: 'Redemption card',
  invalid_price: 'Missing or invalid price',
  duplicate: 'Duplicate of another listing',
  missing_terms: 'Different player or card',
  wrong_year: 'Different year',
  wrong_set: 'Different set',
  wrong_card_number: 'Different card number',
  wrong_grade: 'Different grade',
  graded_not_raw: 'Graded, but the search is for raw',
  not_graded: 'Raw, but the search is for a graded card',
  speculative_grade: 'Hoped-for grade (“PSA 10?”), really raw',
  authentic_slab: '“Authentic” slab, no grade',
  autograph_mismatch: 'Autograph does not match',
  relic_mismatch: 'Patch or relic does not match',
  parallel_not_base: 'Parallel, but the search is for base',
  wrong_parallel: 'Different parallel',
  serial_mismatch: 'Different serial numbering',
  damaged: 'Damaged, creased or altered',
  price_outlier: 'Price far from the other sales',
};

export function reasonLabel(code: string): string {
  return REASONS[code as Reason] ?? code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Every grader the API accepts, with how collectors know it. */
export const GRADER_NAMES: Record<Grader, string> = {
  PSA: 'PSA',
  BGS: 'BGS (Beckett)',
  SGC: 'SGC',
  CGC: 'CGC',
  CSG: 'CSG',
  HGA: 'HGA',
  TAG: 'TAG',
  GMA: 'GMA',
  ISA: 'ISA',
  BVG: 'BVG',
};
