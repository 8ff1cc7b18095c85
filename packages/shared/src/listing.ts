/** The one listing shape both providers normalise into; the comps engine reads only this. */
import { z } from 'zod';

export const providerSchema = z.enum(['searchapi', 'ebay']);
export type Provider = z.infer<typeof providerSchema>;

export const buyingFormatSchema = z.enum(['auction', 'buy_it_now', 'best_offer']);
export type BuyingFormat = z.infer<typeof buyingFormatSchema>;

export const listingSchema = z.object({
  /** Stable id: `<provider>:<legacy item id>`. */
  id: z.string().min(1),
  provider: providerSchema,
  kind: z.enum(['sold', 'active']),
  title: z.string(),
  /** Item price (the sale price for sold rows, the current bid for live auctions). */
  price: z.number().nonnegative(),
  /** Shipping cost; null when unknown (eBay CALCULATED shipping is unknown, not free). */
  shipping: z.number().nonnegative().nullable(),
  currency: z.string().length(3),
  /** price + shipping when shipping is known, else price. */
  allInPrice: z.number().nonnegative(),
  buyingFormat: buyingFormatSchema,
  /** Every format the listing offers (an auction may also offer buy-it-now). */
  buyingOptions: z.array(buyingFormatSchema),
  bids: z.number().int().nonnegative().nullable(),
  /** Sold with "Best offer accepted": the shown price is a ceiling, not the sale price. */
  bestOfferAccepted: z.boolean(),
  soldAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  url: z.string().nullable(),
  imageUrl: z.string().nullable(),
  seller: z
    .object({
      name: z.string(),
      feedbackScore: z.number().nullable(),
      feedbackPercent: z.number().nullable(),
    })
    .nullable(),
  condition: z.string().nullable(),
  legacyItemId: z.string().nullable(),
});
export type Listing = z.infer<typeof listingSchema>;

/** Builds all-in price the one way it is defined. */
export function allIn(price: number, shipping: number | null): number {
  return Math.round((price + (shipping ?? 0)) * 100) / 100;
}
