/** One listing as a Browse `ItemSummary` (EB-OAS field names; money values are strings). */
import { CATEGORIES, type Listing, TOP_LEVEL_CATEGORY } from '../catalogue/listings.ts';
import { hash32 } from '../random.ts';
import type { BuyingOption } from './filter.ts';

export const CONDITION_NAMES: Record<Listing['conditionId'], string> = {
  '2750': 'Graded',
  '4000': 'Ungraded',
  '1000': 'New',
  '3000': 'Used',
};

const CATEGORY_NAMES: Record<string, string> = Object.fromEntries(
  Object.values(CATEGORIES).map((c) => [c.id, c.name]),
);

/** Marketplaces the header may name, with their currency and a fixed USD rate for conversion. */
export const MARKETPLACES: Record<string, { currency: string; rate: number }> = {
  EBAY_US: { currency: 'USD', rate: 1 },
  EBAY_MOTORS_US: { currency: 'USD', rate: 1 },
  EBAY_CA: { currency: 'CAD', rate: 1.37 },
  EBAY_GB: { currency: 'GBP', rate: 0.79 },
  EBAY_AU: { currency: 'AUD', rate: 1.53 },
  EBAY_DE: { currency: 'EUR', rate: 0.92 },
  EBAY_FR: { currency: 'EUR', rate: 0.92 },
  EBAY_IT: { currency: 'EUR', rate: 0.92 },
  EBAY_ES: { currency: 'EUR', rate: 0.92 },
  EBAY_AT: { currency: 'EUR', rate: 0.92 },
  EBAY_BE: { currency: 'EUR', rate: 0.92 },
  EBAY_IE: { currency: 'EUR', rate: 0.92 },
  EBAY_NL: { currency: 'EUR', rate: 0.92 },
  EBAY_CH: { currency: 'CHF', rate: 0.88 },
  EBAY_HK: { currency: 'HKD', rate: 7.8 },
  EBAY_MY: { currency: 'MYR', rate: 4.45 },
  EBAY_PL: { currency: 'PLN', rate: 3.95 },
  EBAY_SG: { currency: 'SGD', rate: 1.34 },
};

export interface RenderContext {
  marketplace: string;
  /** `contextualLocation` zip from X-EBAY-C-ENDUSERCTX; CALCULATED shipping is only estimated with it. */
  zip: string | null;
  affiliateCampaignId: string | null;
  extended: boolean;
  host: string;
  dataNow: number;
}

export function buyingOptionsOf(l: Listing): BuyingOption[] {
  if (l.format === 'auction') return ['AUCTION'];
  // An auction that also offers Buy It Now loses FIXED_PRICE with its first bid.
  if (l.format === 'auction_bin') return l.bids === 0 ? ['AUCTION', 'FIXED_PRICE'] : ['AUCTION'];
  return l.acceptsOffers ? ['FIXED_PRICE', 'BEST_OFFER'] : ['FIXED_PRICE'];
}

/** Shipping cost the buyer would see; CALCULATED is "0.00" unless a location was given. */
export function shippingCost(l: Listing, zip: string | null): number | null {
  if (l.shippingType === null) return null;
  if (l.shippingType === 'FIXED') return l.shipping;
  if (!zip) return 0;
  return Math.round((3.5 + (hash32(`${l.itemId}:${zip}`) % 1150) / 100) * 100) / 100;
}

/** The value a Browse listing shows as `price`: BIN price, or the current bid. */
export function priceOf(l: Listing): number {
  return l.format === 'auction_bin' && l.binPrice !== null ? l.binPrice : l.price;
}

function amount(usd: number, ctx: RenderContext): Record<string, string> {
  const m = MARKETPLACES[ctx.marketplace] ?? { currency: 'USD', rate: 1 };
  if (m.rate === 1) return { value: usd.toFixed(2), currency: 'USD' };
  return {
    value: (usd * m.rate).toFixed(2),
    currency: m.currency,
    convertedFromValue: usd.toFixed(2),
    convertedFromCurrency: 'USD',
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

export function itemSummary(l: Listing, ctx: RenderContext): Record<string, unknown> {
  const options = buyingOptionsOf(l);
  const auction = options.includes('AUCTION');
  const item: Record<string, unknown> = {
    itemId: `v1|${l.itemId}|0`,
    title: l.title,
    leafCategoryIds: [l.categoryId],
    categories: [
      { categoryId: l.categoryId, categoryName: CATEGORY_NAMES[l.categoryId] ?? 'Sports Trading Cards' },
      { categoryId: TOP_LEVEL_CATEGORY.id, categoryName: TOP_LEVEL_CATEGORY.name },
    ],
    image: { imageUrl: `https://i.ebayimg.com/images/g/${l.imageKey}/s-l225.jpg` },
    price: amount(priceOf(l), ctx),
    itemHref: `https://${ctx.host}/buy/browse/v1/item/v1%7C${l.itemId}%7C0`,
    seller: {
      username: l.seller.name,
      feedbackPercentage: l.seller.feedbackPercent.toFixed(1),
      feedbackScore: l.seller.feedbackScore,
    },
    condition: CONDITION_NAMES[l.conditionId],
    conditionId: l.conditionId,
  };
  const cost = shippingCost(l, ctx.zip);
  if (l.shippingType !== null && cost !== null) {
    const delivery = ctx.dataNow + (3 + (hash32(l.itemId) % 4)) * 86_400_000;
    item.shippingOptions = [
      {
        shippingCostType: l.shippingType,
        shippingCost: amount(cost, ctx),
        minEstimatedDeliveryDate: iso(delivery),
        maxEstimatedDeliveryDate: iso(delivery + 4 * 86_400_000),
      },
    ];
  }
  item.buyingOptions = options;
  if (auction) {
    item.currentBidPrice = amount(l.price, ctx);
    item.bidCount = l.bids ?? 0;
  }
  if (l.endAt !== null) item.itemEndDate = iso(l.endAt);
  if (l.originalPrice !== null && !auction) {
    item.marketingPrice = {
      originalPrice: amount(l.originalPrice, ctx),
      discountPercentage: String(Math.round((1 - l.price / l.originalPrice) * 100)),
      discountAmount: amount(Math.round((l.originalPrice - l.price) * 100) / 100, ctx),
      priceTreatment: 'STRIKETHROUGH',
    };
  }
  item.itemWebUrl = `https://www.ebay.com/itm/${l.itemId}`;
  if (ctx.affiliateCampaignId) {
    item.itemAffiliateWebUrl = `https://www.ebay.com/itm/${l.itemId}?mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=${encodeURIComponent(ctx.affiliateCampaignId)}&toolid=10001`;
  }
  item.itemLocation = {
    postalCode: l.postalCode,
    country: l.country,
    ...(ctx.extended ? { city: l.city } : {}),
  };
  if (ctx.extended) {
    item.shortDescription = `${l.title.replace(/<[^>]*>/g, '').trim()}. Ships in a penny sleeve and top loader.`;
  }
  item.adultOnly = false;
  item.legacyItemId = l.itemId;
  item.availableCoupons = false;
  item.itemOriginDate = iso(l.createdAt);
  item.itemCreationDate = iso(l.createdAt);
  item.topRatedBuyingExperience = l.seller.topRated;
  item.priorityListing = l.promoted;
  item.listingMarketplaceId = 'EBAY_US';
  return item;
}
