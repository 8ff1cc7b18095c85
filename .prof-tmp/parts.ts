import { makeMarket } from '../packages/comps/eval/markets.ts';
import { classifyTitle, matchListing, parseQuery } from '../packages/comps/src/index.ts';
import { normalizeText, tokenize } from '../packages/comps/src/title/normalize.ts';
import { readNumbers } from '../packages/comps/src/title/numbers.ts';
import { priceSales } from '../packages/comps/src/pricing/price-sales.ts';
const market = makeMarket(2024, { genuine: 6000 });
const input = { ...market.input, sold: market.input.sold.slice(0, 10000), active: [] };
const titles = input.sold.map(i=>i.title);
const q = parseQuery(input.query);
const cards = titles.map(classifyTitle);
const norm = titles.map(normalizeText);
const toks = norm.map(tokenize);
const exact = input.sold.filter((it,k)=>matchListing(q,cards[k]!).status==='exact').map(item=>({price: item.price + (item.shipping ?? 0),
      time: item.soldAt ? Date.parse(item.soldAt) : null, bestOffer: item.bestOffer === true, auction: item.auction === true, bids: item.bids ?? null}));
const now = Date.parse(input.now!);
const tasks: Record<string, ()=>unknown> = {
  json: () => JSON.parse(JSON.stringify(titles)),
  lower: () => titles.map(t=>t.toLowerCase()),
  normalize: () => titles.map(normalizeText),
  tokenize: () => norm.map(tokenize),
  numbers: () => norm.map((s,k)=>readNumbers(s, toks[k]!.marks, false, false)),
  classify: () => titles.map(classifyTitle),
  match: () => cards.map(c=>matchListing(q,c)),
  price: () => priceSales(exact, now),
};
for (const [k,f] of Object.entries(tasks)) { for (let i=0;i<5;i++) f(); const ts=[]; for (let i=0;i<15;i++){const t=performance.now(); f(); ts.push(performance.now()-t);} ts.sort((a,b)=>a-b); console.log(k.padEnd(10), ts[7]!.toFixed(2)); }
console.log('exact', exact.length, 'distinct', new Set(titles).size); console.log(titles.slice(0,15).join('\n'));
