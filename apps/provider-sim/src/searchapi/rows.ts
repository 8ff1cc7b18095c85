/** One eBay listing as a SearchAPI `organic_results[]` row (SA-OAS OrganicResult field names and types). */
import type { Listing } from '../catalogue/listings.ts';
import { hash32 } from '../random.ts';

export interface RowQuirks {
  dealMode: boolean;
  priceRangeRows: boolean;
  soldDates: boolean;
}

const USD = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$1,234.50" */
export function money(n: number): string {
  return `$${USD.format(n)}`;
}

/** What eBay's results page shows for CALCULATED shipping to a default US buyer. */
export function calculatedShippingEstimate(itemId: string): number {
  return Math.round((4.5 + (hash32(itemId) % 900) / 100) * 100) / 100;
}

const CONDITION_TEXT: Record<Listing['conditionId'], string> = {
  '2750': 'Graded',
  '4000': 'Ungraded',
  '1000': 'Brand New',
  '3000': 'Pre-Owned',
};

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function timeLeft(ms: number): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return d > 0 ? `${d}d ${h}h left` : h > 0 ? `${h}h ${m}m left` : `${m}m left`;
}

export function organicRow(
  listing: Listing,
  position: number,
  quirks: RowQuirks,
  dataNow: number,
  sponsored: boolean,
): Record<string, unknown> {
  const sold = listing.mode === 'sold';
  const auction = listing.format === 'auction' || listing.format === 'auction_bin';
  const bestOffer = sold ? listing.format === 'best_offer' : listing.acceptsOffers;
  const range = quirks.priceRangeRows ? listing.priceRange : null;
  const row: Record<string, unknown> = {
    position,
    item_id: listing.itemId,
    title: listing.title,
    link: `https://www.ebay.com/itm/${listing.itemId}`,
    condition:
      listing.conditionId === '4000' && hash32(listing.itemId) % 4 === 0
        ? 'Pre-Owned'
        : CONDITION_TEXT[listing.conditionId],
    buying_format: auction ? 'Auction' : bestOffer && sold ? 'Best Offer' : 'Buy It Now',
    is_auction: auction,
    is_buy_it_now: !auction || listing.format === 'auction_bin',
    is_best_offer: bestOffer,
  };

  // Price: plain `price`/`extracted_price`, or (deal mode, sold rows) only `deal`.
  const shown = listing.price;
  if (quirks.dealMode && sold) {
    row.deal = range
      ? `${money(range.from)} to ${money(range.to)}`
      : listing.originalPrice !== null
        ? `${money(shown)}${money(listing.originalPrice)}`
        : money(shown);
  } else if (range) {
    row.price = `${money(range.from)} to ${money(range.to)}`;
  } else {
    row.price = money(shown);
    row.extracted_price = shown;
    if (listing.originalPrice !== null) {
      row.original_price = money(listing.originalPrice);
      row.extracted_original_price = listing.originalPrice;
    }
  }
  if (range) {
    row.is_price_range = true;
    row.extracted_price_range = { from: range.from, to: range.to };
  }
  if (auction) {
    row.bids = listing.bids ?? 0;
    if (!sold && listing.endAt !== null) row.time_left = timeLeft(listing.endAt - dataNow);
  }
  if (sold && bestOffer) row.extensions = ['Best offer accepted'];

  const shipping =
    listing.shippingType === 'CALCULATED' ? calculatedShippingEstimate(listing.itemId) : listing.shipping;
  if (shipping === null) {
    row.shipping = 'Shipping not specified';
  } else {
    row.shipping = shipping === 0 ? 'Free delivery' : `+${money(shipping)} delivery`;
    row.extracted_shipping = shipping;
  }
  row.seller = {
    name: listing.seller.name,
    reviews: listing.seller.feedbackScore,
    positive_feedback_percent: listing.seller.feedbackPercent,
    is_top_rated_plus: listing.seller.topRated,
  };
  if (sold && quirks.soldDates && listing.endAt !== null) {
    const d = new Date(listing.endAt);
    row.sold_date = `Sold  ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    row.extracted_sold_date = d.toISOString().slice(0, 10);
  }
  row.is_sponsored = sponsored;
  if (sponsored) row.tag = 'SPONSORED';
  row.thumbnail = `https://i.ebayimg.com/images/g/${listing.imageKey}/s-l500.webp`;
  return row;
}
