import { makeMarket } from '../packages/comps/eval/markets.ts';
import { classifyTitle, matchListing, parseQuery } from '../packages/comps/src/index.ts';
import { priceSales } from '../packages/comps/src/pricing/price-sales.ts';
const market = makeMarket(2024, { genuine: 6000 });
const input = { ...market.input, sold: market.input.sold.slice(0, 10000), active: [] };
const q = parseQuery(input.query);
const exact = input.sold.filter((it)=>matchListing(q,classifyTitle(it.title)).status==='exact').map(item=>({price: item.price + (item.shipping ?? 0),
      time: item.soldAt ? Date.parse(item.soldAt) : null, bestOffer: item.bestOffer === true, auction: item.auction === true, bids: item.bids ?? null}));
const now = Date.parse(input.now!);
let s=0; for (let i=0;i<200;i++) s+=priceSales(exact, now).kept.length; console.log(s);
const r = priceSales(exact, now); console.log(JSON.stringify({m:r.market,d:r.discount,p:r.premium,u:r.uncertainty,t:r.trend,c:r.cov,w:r.marketWithoutBestOffer}));
