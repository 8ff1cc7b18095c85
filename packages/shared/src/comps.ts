/**
 * The comps engine's contracts (packages/comps): what goes in (items, filters), what it reads from a
 * title, the verdict on every listing, and the whole result the API embeds and `kuya-comps fmv` prints.
 * The engine imports these types only; the CLI and the API validate with the schemas.
 */
import { z } from 'zod';

/**
 * ISO 8601 date or date-time (a date-time without an offset is read as UTC); other date text that
 * JavaScript reads ("Nov 1, 2025", "2025-11-01 12:00:00") is accepted too, as exported sheets write it,
 * and so is a Unix time in milliseconds or seconds, as scrapers write it (it becomes ISO 8601).
 */
const isoInstant = z.preprocess(
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v > 0
      ? new Date(v < 1e11 ? v * 1000 : v).toISOString()
      : v,
  z.union(
    [
      z.iso.datetime({ offset: true, local: true }),
      z.iso.date(),
      // Other date text JavaScript reads ("Nov 1, 2025", "2025-11-02 10:00:00"): kept as ISO 8601 from here on.
      z
        .string()
        .refine((s) => Number.isFinite(Date.parse(s)))
        .transform((s) => new Date(Date.parse(s)).toISOString()),
    ],
    { error: 'must be an ISO 8601 date or date-time' },
  ),
);

/** A money amount: a number, or a number written as text ("450.00", "$1,250"). */
const MONEY_TEXT = /^\s*\$?\s*(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s*$/;
const moneyOf = (v: unknown): unknown =>
  typeof v === 'string' && MONEY_TEXT.test(v) && /\d/.test(v) ? Number(v.replace(/[$,\s]/g, '')) : v;
const amount = z.preprocess(moneyOf, z.number().nonnegative());

/**
 * Shipping as listings show it: an amount, "Free" / "Free shipping" (0), or "+$4.99 shipping" (4.99).
 * Absent or null is unknown, never free.
 */
const SHIPPING_TEXT = /^\s*\+?\s*(\$?\s*[\d.,]+)\s*(?:shipping|delivery|postage)?\s*$/i;
const shippingAmount = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  if (/^\s*free(?:\s+(?:shipping|delivery|postage))?\s*$/i.test(v)) return 0;
  const m = SHIPPING_TEXT.exec(v);
  return moneyOf(m ? m[1] : v);
}, z.number().nonnegative());

/** A flag: a boolean, or one written as text or a number ("true", "yes", 1), as exported sheets write it. */
const flag = z.preprocess((v) => {
  if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1;
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (s === 'true' || s === 'yes' || s === '1') return true;
  if (s === 'false' || s === 'no' || s === '0' || s === '') return false;
  return v;
}, z.boolean());

/** A count: an integer, or one written as text ("12", "12 bids"). */
const count = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d+(?:\s+bids?)?\s*$/i.test(v) ? Number.parseInt(v, 10) : v),
  z.number().int().nonnegative(),
);

/** One listing as the engine sees it: a sold sale or an active ask. */
export const compItemSchema = z.object({
  /** Stable id; duplicated ids among sold items count once. */
  id: z.string().nullish(),
  title: z.string(),
  /** Item price (sale price, or current bid of a live auction). */
  price: amount,
  /** Shipping when known; absent or null means unknown, never free. */
  shipping: shippingAmount.nullish(),
  /** When it sold (ISO 8601). Drives recency and trend. */
  soldAt: isoInstant.nullish(),
  /** When an active listing ends (ISO 8601). */
  endsAt: isoInstant.nullish(),
  /** Sold or listed as an auction. */
  auction: flag.nullish(),
  bids: count.nullish(),
  /** Sold with "Best offer accepted": the shown price is a ceiling, not the sale price. */
  bestOffer: flag.nullish(),
  url: z.string().nullish(),
  /** Seller name, so asking-vs-sold counts one ask per seller. */
  seller: z.string().nullish(),
});
export type CompItem = z.infer<typeof compItemSchema>;

/**
 * Post-filters for attributes the query leaves open. Each is three-state: unset lets the engine read
 * the query as the plain card (raw, base, no autograph); `true` insists on it; `false` opens it up.
 */
export const compsFiltersSchema = z.object({
  /** Only ungraded cards count as comps. */
  rawOnly: z.boolean().optional(),
  /** Only base cards: no parallel, short print, serial numbering or relic. */
  baseOnly: z.boolean().optional(),
  /** Only this exact grade (used when the query names no grade). */
  grade: z
    .object({
      grader: z.string().min(2).max(10),
      grade: z.number().min(1).max(10).multipleOf(0.5),
    })
    .optional(),
  /** Drop autographed cards (when the query does not ask for one). */
  excludeAutographs: z.boolean().optional(),
});
export type CompsFilters = z.infer<typeof compsFiltersSchema>;

export const NOISE_CODES = [
  'lot',
  'you_pick',
  'reprint',
  'custom',
  'digital',
  'break',
  'sealed',
  'redemption',
] as const;
export const noiseCodeSchema = z.enum(NOISE_CODES);
export type NoiseCode = z.infer<typeof noiseCodeSchema>;

/** Why a listing is not a comp. Noise codes come first; the rest compare the listing with the query. */
export const EXCLUSION_REASONS = [
  ...NOISE_CODES,
  'invalid_price',
  'duplicate',
  'missing_terms',
  'wrong_year',
  'wrong_set',
  'wrong_card_number',
  'wrong_grade',
  'graded_not_raw',
  'not_graded',
  'speculative_grade',
  'authentic_slab',
  'autograph_mismatch',
  'relic_mismatch',
  'parallel_not_base',
  'wrong_parallel',
  'serial_mismatch',
  'damaged',
  'price_outlier',
] as const;
export const exclusionReasonSchema = z.enum(EXCLUSION_REASONS);
export type ExclusionReason = z.infer<typeof exclusionReasonSchema>;

/** Everything the reader takes from one title. */
export const classifiedTitleSchema = z.object({
  title: z.string(),
  /** A numeric grade from a grading company is asserted (and not speculative). */
  graded: z.boolean(),
  /** "PSA", "BGS", "SGC", "CGC", "CSG", "HGA", "TAG", "GMA", "ISA", "BVG", …; null when not graded. */
  grader: z.string().nullable(),
  /** Card grade on the 1–10 scale (SGC's old 100 scale converted); null when not graded. */
  grade: z.number().nullable(),
  /** PSA qualifier (OC, MK, ST, PD, OF, MC) or "pristine". */
  gradeQualifier: z.string().nullable(),
  /** BGS Black Label (a 10 with four 10 subgrades). */
  blackLabel: z.boolean(),
  /** Centering, corners, edges, surface. */
  subgrades: z.array(z.number()).nullable(),
  /** The autograph's grade on a dual-graded slab ("PSA 9 Auto 10"). */
  autoGrade: z.number().nullable(),
  /** In an "Authentic" slab: genuine, but no grade. */
  authenticated: z.boolean(),
  /** A grade is hoped for, not assigned ("PSA 10?", "10 candidate", "gem mint" raw): counts as raw. */
  speculativeGrade: z.boolean(),
  autograph: z.boolean(),
  relic: z.boolean(),
  /** Parallel or finish by name ("gold refractor", "silver prizm", "sp"), null for base. */
  parallel: z.string().nullable(),
  /** Print run (the denominator of "/99"; 1 for a one-of-one). */
  serial: z.number().int().nullable(),
  /** This copy's number ("12" of "12/99"). */
  serialNumber: z.number().int().nullable(),
  rookie: z.boolean(),
  year: z.number().int().nullable(),
  /** Second year of a season ("2019-20" → 2020). */
  seasonEnd: z.number().int().nullable(),
  /** Brand and product words ("topps", "chrome", "update"). */
  setWords: z.array(z.string()),
  /** Upper-case card number without "#" ("US175", "BDC-150"). */
  cardNumber: z.string().nullable(),
  noise: z.array(noiseCodeSchema),
  /** Condition problems named in the title (creased, damaged, trimmed, …). */
  damaged: z.boolean(),
  /**
   * The normalised title the query's names are looked up in: its words are its runs of letters and
   * digits ("2011 topps update mike trout #us175 psa 10" has the word "us175"). A text rather than a
   * word list, so reading a title cuts no word out of it.
   */
  normalizedTitle: z.string(),
  /**
   * The first name the title gives, as words of `normalizedTitle`: two or more words the reader does
   * not know, right before a number or a card word ("mitch marner" in "Mitch Marner PSA 10 Leafs
   * (Auston Matthews)"). Sellers name the card's player first; a query's player named only after
   * another name is stuffed in for search.
   */
  leadName: z.string().nullable(),
  /**
   * Which words of `normalizedTitle` are a name's, words the reader does not know (bit k for word k),
   * so the matcher can tell "Seth Curry" from Steph without reading the title again; -1 when a name's
   * word lies past the 31st word.
   */
  nameWords: z.number().int(),
});
export type ClassifiedTitle = z.infer<typeof classifiedTitleSchema>;

/** The card as a listing shows it: the classified fields without the title and the reader's words. */
export const cardFieldsSchema = classifiedTitleSchema.omit({
  title: true,
  normalizedTitle: true,
  leadName: true,
  nameWords: true,
});
export type CardFields = z.infer<typeof cardFieldsSchema>;

/** The query, read with the same reader, plus the words a listing must contain. */
export const parsedQuerySchema = z.object({
  text: z.string(),
  card: classifiedTitleSchema,
  /** Names and other words every comp must contain. */
  terms: z.array(z.string()),
  /** Terms directly followed by another term (first names): one of them may be missing from a comp. */
  optionalTerms: z.array(z.string()),
  /** The query says "raw" or "ungraded". */
  raw: z.boolean(),
  /** The query says "non-auto" / "no auto". */
  noAutograph: z.boolean(),
  /**
   * The card number is a bare two-digit number and the query names no year: collectors type the year
   * so too ("jeter sp foil 93"), so a listing of that year agrees with it whatever its number.
   */
  numberMayBeYear: z.boolean(),
});
export type ParsedQuery = z.infer<typeof parsedQuerySchema>;

export const verdictSchema = z.object({
  status: z.enum(['exact', 'excluded']),
  reasons: z.array(exclusionReasonSchema),
});
export type Verdict = z.infer<typeof verdictSchema>;

/** One input listing with its reading and verdict. */
export const listingVerdictSchema = verdictSchema.extend({
  kind: z.enum(['sold', 'active']),
  /** Position in the input array of its kind. */
  index: z.number().int(),
  id: z.string().nullable(),
  title: z.string(),
  url: z.string().nullable(),
  price: z.number(),
  shipping: z.number().nullable(),
  /** price + shipping when shipping is known, else price. */
  allInPrice: z.number(),
  soldAt: z.string().nullable(),
  auction: z.boolean(),
  bestOffer: z.boolean(),
  /** Weight in the FMV (recency × format), null when not used. */
  weight: z.number().nullable(),
  /** All-in price moved to the valuation date along the market trend, null when not used. */
  adjustedPrice: z.number().nullable(),
  card: cardFieldsSchema,
});
export type ListingVerdict = z.infer<typeof listingVerdictSchema>;

export const trendSchema = z.object({
  /** The sales favour a moving market and the value moves by it (at least 1 % a month). */
  applied: z.boolean(),
  /** Market drift per 30 days in %, from the card's own sales (Theil–Sen on log price); null if not measurable. */
  pctPer30Days: z.number().nullable(),
  /**
   * The drift the value uses, per 30 days in %: the fitted one shrunk toward flat by its uncertainty
   * (older sales are moved by this much); null if not measurable.
   */
  adjustedPctPer30Days: z.number().nullable(),
  /** Kendall z of price against date; |z| ≥ 2 is a clear trend. */
  strength: z.number().nullable(),
  /**
   * A jump in the latest sales (a breakout, an injury, a trade), null when none is clear: its size in
   * % and the first sale at the new level. Earlier sales are moved to the new level before the trend.
   */
  jump: z.object({ pct: z.number(), since: z.string() }).nullable(),
});

export const askBlendSchema = z.object({
  applied: z.boolean(),
  /**
   * Ask side of the blend: the lower quartile of the all-in asks of exact Buy-It-Now listings near the
   * sold prices (asks are ceilings: the market clears at or below them).
   */
  askCenter: z.number().nullable(),
  askCount: z.number().int(),
  /** Weight of the sold side (1 − weight of the asks). */
  bidWeight: z.number(),
  tier: z.enum(['bulk', 'low', 'mid', 'grail']).nullable(),
  supply: z.enum(['oversupplied', 'balanced', 'scarce', 'sellers_dreaming']).nullable(),
});

/** Discount / Market value / Premium and what they rest on. */
export const fmvSchema = z.object({
  /** Fair market value today; null when there is not enough data. */
  marketValue: z.number().nullable(),
  /** Price that sells quickly (low end of the range). */
  discount: z.number().nullable(),
  /** Price a patient seller gets (high end of the range). */
  premium: z.number().nullable(),
  /** The same value ignoring Best-Offer-accepted sales (their shown price is a ceiling). */
  marketValueWithoutBestOffer: z.number().nullable(),
  /** Exact sold comps the value rests on (after outlier fences). */
  n: z.number().int(),
  /** Fewer than 3 exact comps: no number is given. */
  insufficientData: z.boolean(),
  bestOfferCount: z.number().int(),
  outliersRemoved: z.number().int(),
  dateRange: z.object({ oldest: z.string(), newest: z.string() }).nullable(),
  /** Days between the newest comp and the valuation date. */
  newestSaleAgeDays: z.number().nullable(),
  trend: trendSchema,
  askBlend: askBlendSchema,
});
export type Fmv = z.infer<typeof fmvSchema>;

export const RELIABILITY_BANDS = [
  'Excellent',
  'Good',
  'Moderate',
  'High variation',
  'Chaotic',
  'Insufficient data',
] as const;

export const reliabilitySchema = z.object({
  /** 100 / (1 + coefficient of variation), 0–100. */
  score: z.number().nullable(),
  band: z.enum(RELIABILITY_BANDS),
  cov: z.number().nullable(),
  headline: z.string(),
});
export type Reliability = z.infer<typeof reliabilitySchema>;

export const analyticsSchema = z.object({
  marketActivity: z.object({
    /** Recency-weighted sales ÷ active Buy-It-Now listings; null without active listings. */
    ratio: z.number().nullable(),
    weightedSales: z.number(),
    activeBuyItNow: z.number().int(),
    label: z.enum([
      'Buyers are active',
      'Moderate buyer interest',
      'More sellers than buyers',
      'Few active buyers',
    ]),
  }),
  askingVsSold: z.object({
    /** Shown only with at least 5 exact asks. */
    shown: z.boolean(),
    /** Median all-in ask, one per seller. */
    medianAsk: z.number().nullable(),
    /** (median ask − FMV) / FMV in %. */
    pct: z.number().nullable(),
    listings: z.number().int(),
  }),
});
export type Analytics = z.infer<typeof analyticsSchema>;

/** An exact active Buy-It-Now listing priced below FMV. */
export const dealSchema = z.object({
  index: z.number().int(),
  id: z.string().nullable(),
  title: z.string(),
  url: z.string().nullable(),
  allInPrice: z.number(),
  savings: z.number(),
  discountPct: z.number(),
});
export type Deal = z.infer<typeof dealSchema>;

export const gradeRungSchema = z.object({
  /** "Raw", "PSA 10", "BGS 9.5", "BGS 10 Black Label", "PSA 8 OC". */
  label: z.string(),
  grader: z.string().nullable(),
  grade: z.number().nullable(),
  n: z.number().int(),
  marketValue: z.number().nullable(),
  discount: z.number().nullable(),
  premium: z.number().nullable(),
  insufficientData: z.boolean(),
  /** The rung the query (or grade filter) asks for. */
  isQueryGrade: z.boolean(),
});

export const gradeLadderSchema = z.object({
  rungs: z.array(gradeRungSchema),
  /** A lower grade priced above a higher one of the same grader. */
  inversions: z.array(
    z.object({
      lower: z.string(),
      higher: z.string(),
      lowerValue: z.number(),
      higherValue: z.number(),
    }),
  ),
});
export type GradeLadder = z.infer<typeof gradeLadderSchema>;

/** What `kuya-comps fmv` reads and what the worker hands the engine. */
export const compsInputSchema = z.object({
  query: z.string().min(1),
  filters: compsFiltersSchema.optional(),
  sold: z.array(compItemSchema),
  active: z.array(compItemSchema).optional(),
  /** Valuation date; defaults to the newest sale so a run is reproducible. */
  now: isoInstant.optional(),
});
export type CompsInput = z.infer<typeof compsInputSchema>;

export const compsResultSchema = fmvSchema.extend({
  query: z.string(),
  reading: parsedQuerySchema,
  filters: compsFiltersSchema,
  /** The valuation date (ISO 8601), null without dates. */
  asOf: z.string().nullable(),
  reliability: reliabilitySchema,
  analytics: analyticsSchema,
  deals: z.array(dealSchema),
  gradeLadder: gradeLadderSchema,
  counts: z.object({
    sold: z.number().int(),
    active: z.number().int(),
    exactSold: z.number().int(),
    exactActive: z.number().int(),
    /** Excluded listings per reason (a listing may have several). */
    byReason: z.record(z.string(), z.number().int()),
  }),
  listings: z.array(listingVerdictSchema),
});
export type CompsResult = z.infer<typeof compsResultSchema>;
