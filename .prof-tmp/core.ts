import { makeMarket } from '/work/main/packages/comps/eval/markets.ts';
import { classifyTitle, matchListing, parseQuery, computeComps } from '/work/main/packages/comps/src/index.ts';
const market = makeMarket(2024, { genuine: 6000 });
const input = { ...market.input, sold: market.input.sold.slice(0, 10000), active: [] };
let s=0;
const mode = process.argv[2] ?? 'classify';
const t0=performance.now();
for (let r=0;r<30;r++){
  if (mode==='classify'){ const q=parseQuery(input.query); for (const it of input.sold) s+= matchListing(q, classifyTitle(it.title)).status==='exact'?1:0; }
  else s+=computeComps(input).n;
}
console.log(mode, (performance.now()-t0)/30, s);
