/**
 * The words of the trade, as whole-word phrases. Each phrase carries one tag; at every position of a
 * title the longest phrase wins and consumes its words, so "red sox" is a team before "red" can be a
 * colour, and "sp authentic" is a set before "sp" can be a short print. No substring is ever matched.
 */
import type { NoiseCode } from '@kuya/shared/comps';
import { wordHash } from './normalize.ts';

/** How a product word tells cards apart (see `SET_KINDS`). */
type SetModifier = 'strong' | 'weak' | 'subset';

export type Tag =
  | { kind: 'noise'; code: NoiseCode }
  /**
   * Words that decide by their neighbours: "rp", "tribute", "sp", "mega box"/"blaster", "1st", "complete",
   * "rr" (Rated Rookie in Panini's titles), "yg" (Young Guns in Upper Deck's).
   */
  | { kind: 'contextual'; word: 'rp' | 'tribute' | 'sp' | 'retailBox' | 'first' | 'complete' | 'rr' | 'yg' }
  | { kind: 'autograph'; relic?: true; rookie?: true }
  | { kind: 'relic'; rookie?: true }
  | { kind: 'rookie' }
  /**
   * Colour or finish of a parallel. A `generic` word is part of the name beside a colour ("gold foil");
   * alone only "refractor" is a parallel ("foil" alone is how many base cards are printed).
   */
  | { kind: 'parallel'; name: string; generic?: true }
  /**
   * Brand or product words. A `strong` modifier names a different product (chrome vs paper); a `weak`
   * one (update, series 1) may be left out by sellers when the card number says it; a `subset` one
   * (UCL, Concourse) may be left out of a query.
   */
  | { kind: 'set'; name: string; brand?: true; modifier?: SetModifier }
  /** A grader's name; the grade itself is read from the text around it. */
  | { kind: 'grader' }
  /** Words about grading that are not names: gem, mint, slab, pop, … */
  | { kind: 'gradeWord' }
  /** A grade is hoped for: candidate, potential, "should grade", … */
  | { kind: 'speculative' }
  /** The card is out of any slab: raw, ungraded, "cracked out". */
  | { kind: 'raw' }
  | { kind: 'negation' }
  | { kind: 'damage' }
  /** Team names: consumed so colours inside them are not parallels, and optional in a query. */
  | { kind: 'team' }
  /** Words a query may hold that a listing need not repeat (sport, "card", "jr"). */
  | { kind: 'filler' }
  /** Words that announce a number worth reading: a print run ("numbered", "of") or a count ("cards"). */
  | { kind: 'cue'; cue: 'serial' | 'count' }
  /** Consumes a phrase that must not trigger anything ("new jersey", "pack fresh", "gold glove"). */
  | { kind: 'inert' }
  /** A player's name that holds a card word ("Pete Rose", "Jalen Green"): a name, never a colour. */
  | { kind: 'name' };

const entries: Array<[string, Tag]> = [];
/** The colours `TEAM_COLOURS` knows. */
const COLOUR_WORDS: ReadonlySet<string> = new Set(
  'red orange navy blue green gold black silver purple teal yellow aqua'.split(' '),
);
const add = (tag: Tag, phrases: string) => {
  for (const phrase of phrases.split(',')) {
    const p = phrase.trim();
    if (p) entries.push([p, tag]);
  }
};

const noise = (code: NoiseCode, phrases: string) => add({ kind: 'noise', code }, phrases);

noise(
  'lot',
  `lot, lots, lotof, joblot, job lot, binder of, lote, lotes, lotto, konvolut, bundle, bulk, team set, complete set, complete base set, complete team set, master set,
   full set, set of, partial set, near set, factory set, insert set, base set lot, collection of, card collection, assorted, pair of, pair,
   card lot, mixed lot, starter set, rainbow set, player lot, investor lot, duplicates, dupes, you get both, get both,
   three cards, two cards, four cards, five cards, six cards, ten cards, trio of, group of, group lot, dozen, half dozen, bonus card,
   both included, duo, trio, both,
   you get all, sammlung, konvolut karten, karten sammlung, partij, duo of, you get 2, you get 3, you get 4, you get 5,
   you get two, you get three, you get four, you get five, both cards, sold together, get the base,
   binder collection, binder full, full binder, base run, base runs, whole run, rookie run, full rainbow,
   multiple players, qb class, rookie qb class, team collection, full roster, two copies, three copies, four copies, five copies,
   three of them, all of them, for all of them, price is for all, rookies stack, near complete, qb rookie class,
   father and son, ladder, grade ladder, sticker album, album completo, album complet,
   complete album, full album, komplettes album, starter collection, shoebox, shoe box, grab bag, pc dump, collection dump, commons,
   and more, plus more, mixed cards, mixed sports, mixed basketball, mixed baseball, mixed football, mixed hockey`,
);
noise(
  'you_pick',
  `you pick, u pick, upick, you choose, u choose, pick your, pick ur, choose ur, pick a card, pick card, pick from, pick any, choose your,
   choose from, choose card, choose any, your choice, pyp, cys, complete your set, finish your set, select your,
   select from, select card, card from menu, from menu, pick 1, pick one, take your pick, multi listing, variations listing, pick list, pyc, choose 1,
   choose one, elige tu carta, elige tu, elige, escoge, zur auswahl, wahle deine karte, wahle deine, aussuchen,
   au choix, a choisir, a scelta, a tua scelta, naar keuze, a eleccion, a escolha, nach wahl, a elegir, a escolher,
   pick yours, variations menu, select player, of your choosing, your choosing, buyers pick, buyer pick,
   sueltos a elegir, buyer selects, select in the variations, from the drop down, drop down, dropdown,
   see menu, in the menu, which one do you want, checkout note, in the checkout note, numbers you need, number you need, message me the numbers,
   any card from the photo`,
);
noise(
  'reprint',
  `reprint, reprints, reprinted, re print, re printed, rprnt, reprod, restrike, restrikes, re strike, reproduction, reproductions, repro, replica, replicas,
   facsimile, facsimile signature, facsimile signatures, facsimile auto, facsimile autograph, pre printed signature,
   pre printed autograph, pre printed auto, preprinted signature, preprinted autograph, reissue, not original, counterfeit, fake,
   novelty, novelty card, novelty cards, reimpression, ristampa, reimpressao, herdruk, re issue, 24k gold, 23k gold, 22k gold, 24k, 23k,
   reimpresion, reimpresiones, reproduccion, reproducao, reproduktion, nachdruck, neudruck, copy of the original, not the original,
   not vintage, collectors issue, later printing, reproduced, made recently, commemorative edition, display duplicate, not authentic`,
);
noise(
  'custom',
  `custom, customs, custom made, custom card, proxy, proxies, aceo, fan made, fanmade, fan art, art card,
   fan edition, fan card, display card, memorial card, remake, art print,
   handmade, hand made, homemade, hand drawn, hand painted, original art, original artwork, original painting,
   homage, homage card, fan created, unlicensed, acrylic card, aluminum card, aluminum, engraved card, fantasy card, unofficial, bootleg, not licensed, one off, personalizada,
   personalizado, hecha a mano, hecho a mano, handgemacht, selbstgemacht, printed at home, print at home, fan creation, fan design,
   hand crafted, handcrafted, watercolor, cricut, independent designer, pop art, fantasy design`,
);
noise(
  'digital',
  `digital, nft, nfts, code card, code cards, unused code, online code, redeem code, topps bunt, bunt,
   topps huddle, topps kick, epack, e pack, virtual, digital card, blockchain, veve, sorare, topps digital,
   panini digital, top shot, topshot, top shot moment, nfl all day, ufc strike, laliga golazos, candy digital,
   topps collect, via app, in app, app transfer, in app transfer, collect app, in the app`,
);
noise(
  'break',
  `break, spot, spots, case break, box break, group break, team break, live break, breaks, break spot, break spots, random team,
   random teams, random division, random player, pick your team, pyt, hit draft, personal break, breakers,
   pick your division, random hit, live rip, random letter, mixer, loupe live, fanatics live, slot, slots, box rip,
   randomized team, random team assignment, team assignment, team draft position, of 30 teams`,
);
noise(
  'sealed',
  `sealed, factory sealed, still sealed, sellado, sellada, versiegelt, unopened, unsearched, hobby box, hobby boxes, hobby pack, hobby packs,
   blaster box, blaster boxes, blasters, hanger box, hanger pack, retail box, retail pack, retail mega, pack,
   jumbo box, jumbo pack, value box, value pack, wax box, wax pack, wax packs, rack pack, cello pack, cello box, multipack, multi pack, retail cello,
   fat pack, booster, booster box, booster pack, repack, repacks, mystery pack, mystery box, mystery slab, mystery graded, mystery packs, hobby case,
   jumbo case, inner case, master case, sealed case, display box, gravity feed, packs, sealed box, sealed pack,
   mini box, collector box, tin, tins, sealed set, bbce, bbce wrapped, sin abrir, ovp, originalverpackt, ungeoffnet,
   scelle, scellee, neuf scelle, sigillata, sigillato, sigillate, sigillati, selado, selada, lacrado, lacrada,
   pacote selado, bustina, bustine, gesealed, cello, breaker delight, breakers delight, fotl hobby,
   exclusive box, online exclusive box, mega target, target mega, mega walmart, walmart mega, monster walmart,
   walmart monster, monster box, vending box, vending boxes, shrink wrapped, still in shrink, in shrink, shrinkwrapped`,
);
noise(
  'redemption',
  `redemption, redemptions, redemp, exchange card, unredeemed, exch, redeem, redemption card, not redeemed,
   tarjeta de canje, sin canjear, canje, einlosekarte, einlosecode, redemption code, redemption code card`,
);

/**
 * Auction houses and sales that number their listings "Lot 88": before "lot" the word is theirs, and
 * the number is no count (the title reader reads "<house> lot" as one inert phrase, the number reader
 * skips their lot numbers). Not Heritage, whose name is Topps Heritage's too ("Topps Heritage Lot of
 * 10"); its five-digit lot numbers are read as no count anyway.
 */
export const AUCTION_HOUSES = [
  'auction',
  'consignment',
  'estate',
  'goldin',
  'pwcc',
  'lelands',
  'rea',
  'memory lane',
  'huggins',
  'sotheby',
  'christie',
];
add({ kind: 'inert' }, AUCTION_HOUSES.map((house) => `${house} lot`).join(', '));

// Phrases that hold a noise, autograph or grader word but describe one card ("Auto Racing", "just signed").
add(
  { kind: 'inert' },
  `auto zone, autozone, pack to, bundle save, bundle and save, my autos, other autos, more autos, my other autos, spot on, reprint free guaranteed, no reprints,
   digital scan, digital scans, digital photo, digital photos, digital image, digital images, nft included,
   jersey shore, patch adams, jersey boy, jersey boys, custom label, custom labels,
   black friday sale, black friday deal, black friday special, pack fresh, fresh pack, fresh from pack, pulled from pack, pulled from a pack, pack pulled, pack pull,
   straight from pack, case hit, case hits, blaster exclusive, hanger exclusive, mega exclusive,
   mega box exclusive, retail exclusive, hobby exclusive, fat pack exclusive, value pack exclusive,
   jumbo exclusive, pack exclusive, set break, from set break, sweet spot, break hit,
   break hits, break pull, from factory set, pulled from factory set, from complete set,
   new jersey, jersey number, jersey numbers, gold glove, gold gloves, silver slugger, golden spikes,
   crease free, green monster, ice hockey, hall of fame, one touch, magnetic case, custom case, custom cases,
   custom holder, custom slab, custom stand, custom display, custom display case, custom frame, custom framed, top loader, toploader,
   penny sleeve, team bag, screw down, free shipping, ships free, no reserve, silver pack, gold label, ant man,
   black border, black borders, black bordered, wr1, qb1, rb1, lottery pick, lottery picks, pick 1 overall, slab sealed, sealed slab, sealed slabs, code on back, code on the back, unused code on back, unused code on the back, bulk discount, bulk discounts, bulk pricing, reverse negative, reversed negative, reverse image, au post, aus post, au postage, au seller, au shipping, gold medal, silver medal, bronze medal, gold medalist,
   gold medal goal, burnt orange, ferrari red, gold leaf, red devils,
   break out, sealed in slab, sealed in a slab, sealed in the slab, sealed in psa slab, sealed in bgs slab,
   sealed in sgc slab, sealed in cgc slab, sealed in holder, auto racing, just signed, newly signed,
   wolf pack, wolfpack, box bottom, box bottoms, wax box bottom, factory set exclusive, factory set exclusives,
   draft slot, pulled live, pulled live on break, pulled on break, epack pulled, pulled and shipped, redemption received, received redemption, redemption fulfilled, pick your cert, pick your copy, choose your copy, choose your cert, random serial, random serial number,
   from the collection of, from the collection, ex collection, random serial numbered, pink kit, black stars, old gold, turkey red, red hindu,
   hindu red, hindu brown, yellow sky, white cap, red cap, factory set bonus, factory bonus, factory set bonus card, pack version, regular pack version, pack issue, tin version,
   from tin set, tin set version, from glossy tin, from a factory set, slot receiver, factory set single, since the pack, sealed bag, psa bag,
   copies graded`,
);
// Insert sets named "… Breakers": cards, not breaks.
add(
  { kind: 'inert' },
  `record breakers, ground breakers, ice breakers, deal breakers, tie breakers, barrier breakers, code breakers,
   backboard breakers, glass breakers, ankle breakers, jaw breakers, streak breakers, mold breakers`,
);

add({ kind: 'contextual', word: 'rp' }, 'rp');
add({ kind: 'contextual', word: 'tribute' }, 'tribute');
add({ kind: 'contextual', word: 'sp' }, 'sp');
add({ kind: 'contextual', word: 'retailBox' }, 'mega box, mega boxes, blaster, hanger');
add({ kind: 'contextual', word: 'first' }, '1st, first');
// "Base Set 1-330 Complete": a whole set, with the word "set" or a run of card numbers.
add({ kind: 'contextual', word: 'complete' }, 'complete');
add({ kind: 'contextual', word: 'rr' }, 'rr');
add({ kind: 'contextual', word: 'yg' }, 'yg');

add(
  { kind: 'autograph' },
  `auto, autos, autograph, autographs, autographed, autographe, autograpgh, autogragh, autograh, autograp, signed, signature,
   signatures, on card, on card auto, sticker auto, sticker autograph, auto sticker, autograph sticker, ip auto, in person, hand signed,
   cut signature, cut auto, dual auto, triple auto, quad auto, inscribed, inscription, inscriptions, signed auto,
   certified autograph, certified auto, signings, firmado, firmada, autografo, autografiado, autografa,
   signiert, signierte, signierter, autogramm, autogramme, dedicace, dedicacee, signee, signe, firmata, firmato,
   autografata, autografato, autografado, autografada, assinado, assinada, gesigneerd, au`,
);
add(
  { kind: 'autograph', relic: true },
  'auto patch, auto relic, auto jersey, autographed patch, patch auto, jersey auto, relic auto, shield auto',
);
add(
  { kind: 'autograph', relic: true, rookie: true },
  'rpa, rookie patch auto, rookie patch autograph, rookie patch autographs',
);
// Printed or stamped signatures are part of the card, not an autograph.
add(
  { kind: 'inert' },
  'printed signature, printed auto, printed autograph, stamped signature, printed signature facsimile, facsimile printed signature',
);
add(
  { kind: 'negation' },
  'non, no, not, without, unsigned, isnt, never, nonauto, w o, wo, kein, keine, nicht, ohne, pas, sans, senza, sin, sem, geen',
);

add(
  { kind: 'relic' },
  `patch, patches, jersey, jerseys, relic, relics, logoman, logo man, memorabilia, game used, game worn,
   player worn, event worn, swatch, swatches, materials, material, bat knob, bat relic, bat card, laundry tag,
   nameplate, tag patch, sweater, fabric, prime patch, jumbo patch, dual patch, triple patch, quad patch,
   dual jersey, dual relic, triple relic, shield patch, nfl shield, shield relic, button patch, race used, race worn, firesuit, fire suit,
   sheet metal, ptch, jsy, jsy mem, jersey mem, mem jsy`,
);
add({ kind: 'relic', rookie: true }, 'rookie patch, rookie patches');

add(
  { kind: 'rookie' },
  `rc, rcs, rookie, rookies, xrc, rookie card, rookie cards, 1st year, first year, rated rookie, rookie ticket,
   true rookie, rc logo, young guns, rookie debut, rookie stars, rookie star>rookie stars, rookei, rokie, rookiecard,
   rookiecards, rookieticket>rookie ticket, novato, tarjeta novato, rookiekarte, rookie karte`,
);
// Not rookie cards, although they say "rookie".
add(
  { kind: 'inert' },
  `pre rookie, prerookie, pre rc, non rookie, not rookie, not rc, rookie cup, all star rookie, rookie of the year,
   rookies and stars, rookies stars, 2nd year, second year, sophomore`,
);

/** "phrase>canonical": the phrase is read as the canonical name. */
const named = (item: string): [string, string] => {
  const [phrase, canonical] = item.split('>').map((x) => x.trim());
  return [phrase!, canonical || phrase!];
};
const parallel = (phrases: string, generic?: true) => {
  for (const item of phrases.split(',')) {
    const [phrase, name] = named(item);
    if (phrase)
      entries.push([phrase, generic ? { kind: 'parallel', name, generic } : { kind: 'parallel', name }]);
  }
};
parallel(
  `gold, silver, slvr>silver, silvr>silver, silber>silver, argento>silver, prata>silver, ouro>gold, blue, red, green, orange, purple, pink, black, white, yellow, bronze, aqua, teal, emerald, ruby,
   platinum, copper, magenta, cyan, lime, neon, navy, maroon, camo, rose gold, powder blue, sky blue, royal blue,
   light blue, dark blue, neon green, neon orange, neon pink, vintage stock, independence day, fathers day,
   mothers day, mother day>mothers day, father day>fathers day, fathers day powder blue>fathers day,
   fathers day blue>fathers day, powder blue fathers day>fathers day, mothers day hot pink>mothers day,
   mothers day pink>mothers day, hot pink mothers day>mothers day, father day blue>fathers day,
   father day powder blue>fathers day, powder blue father day>fathers day, blue father day>fathers day,
   mother day pink>mothers day, mother day hot pink>mothers day, hot pink mother day>mothers day,
   pink mother day>mothers day, memorial day, gold vinyl, red white blue, red white and blue>red white blue, rwb>red white blue, r w b>red white blue,
   gold signature, silver signature,
   tie dye, tiedye>tie dye, peacock, tiger stripe, tiger stripes>tiger stripe, zebra, snakeskin,
   snake skin>snakeskin, leopard, dragon scale, checkerboard, pinwheel, black friday, cherry blossom, silver pack fresh>silver, breakaway, padparadscha, pmg red>precious metal gems red, pmg green>precious metal gems green, pmg>precious metal gems,
   precious metal gems,
   lucky envelope, golden mirror, diamond anniversary, diamond anniv>diamond anniversary,
   cognac diamond anniversary, desert shield, tiffany,
   glossy, micro, fire burst, spectrum,
   cognac diamond>cognac diamond anniversary, black box, blacked out>black box, black rectangle>black box,
   black scribble, scribble>black scribble, white out, whiteout>white out, whited out>white out,
   championship ticket, playoff ticket, draft ticket, bowl ticket, super bowl ticket>bowl ticket,
   red ink, green ink, gold ink, purple ink, silver ink,
   star rubies, star ruby>star rubies, essential credentials now, essential credentials future, credentials now,
   credentials future, row 0, row 1, row zero>row 0, row one>row 1, legacy collection, masterpiece,
   masterpieces>masterpiece, first day issue, electric court, triple diamond,
   double diamond, quadruple diamond, super rave, rave, grand finale, brilliants 24k gold>24k gold, credentials,
   buyback, buybacks>buyback, buy back>buyback, anniversary buyback>buyback,
   pmg emerald green>precious metal gems green, pmg emerald>precious metal gems green,
   emerald pmg>precious metal gems green`,
);
parallel(
  `refraktor>refractor, refracteur>refractor, xfractor, x fractor>xfractor, xfractors>xfractor, x fractors>xfractor, xfrac>xfractor, x frac>xfractor, superfractor, super fractor>superfractor, prism, holo, holofoil>holo,
   holo foil>holo, foil, rainbow foil, rainbow, mojo, shimmer, wave, raywave, ray wave>raywave, cracked ice, crackedice>cracked ice, ice,
   lava, lava lamp, atomic, speckle, sparkle, disco, pulsar, velocity, scope, hyper, choice, mini diamond,
   geometric, logofractor, lazer, laser>lazer, genesis, nebula, reactive, vinyl, negative, sepia, acetate,
   foilboard, printing plate, printing plates>printing plate, press plate>printing plate,
   cyan plate>printing plate, magenta plate>printing plate, yellow plate>printing plate,
   black plate>printing plate, cyan printing plate>printing plate,
   magenta printing plate>printing plate, yellow printing plate>printing plate, black printing plate>printing plate, variation, variations>variation, var>variation, image variation,
   photo variation, parallel, ssp, short print>sp, super short print>ssp, sp variation, ssp variation, glitch,
   fast break,
   flash, fluorescent, optichrome, die cut, diecut>die cut, die cuts>die cut, diecuts>die cut, mirror, sublime, canvas,
   high gloss, clear cut, clearcut>clear cut, retrofractor, retro fractor>retrofractor, tri color,
   tricolor>tri color, exclusives, artists proof, artist proof>artists proof, winter, press proof,
   press proofs>press proof, sonar, lunar glow, fuchsia, printing plate cyan>printing plate,
   printing plate magenta>printing plate, printing plate yellow>printing plate, printing plate black>printing plate, white letter, white letters>white letter, white letter variation>white letter,
   white name>white letter, white name variation>white letter, last name in white>white letter, yellow letter, yellow letters>yellow letter,
   yellow name>yellow letter, yellow letter variation>yellow letter, yellow name variation>yellow letter,
   white lettering>white letter, yellow lettering>yellow letter`,
);
parallel(
  `refractor, refractors>refractor, refractor parallel>refractor, refracter>refractor, refracters>refractor, refractr>refractor,
   refactor>refractor, refactors>refractor, ref>refractor, refs>refractor, foil, finite, shock, crystal, pandora,
   galactic, electric etch, flood`,
  true,
);

const set = (phrases: string, extra: { brand?: true; modifier?: SetModifier }) => {
  for (const item of phrases.split(',')) {
    const [phrase, name] = named(item);
    if (phrase) entries.push([phrase, { kind: 'set', name, ...extra }]);
  }
};
set(
  `topps, bowman, panini, donruss, fleer, upper deck, ud>upper deck, score, leaf, pacific, pinnacle, skybox,
   playoff, sage, onyx, parkside, goudey, o pee chee, opc>o pee chee, press pass, futera, wild card,
   collectors choice, collector choice>collectors choice, bazooka, netpro, net pro>netpro, ace authentic, pro set, proset>pro set,
   action packed, johnston cookies, hostess, kelloggs, kellogg s>kelloggs, post cereal, red man, jello, jell o>jello, drakes,
   mothers cookies, burger king, wheaties, nabisco`,
  { brand: true },
);
set(
  `chrome, heritage, finest, archives, stadium club, gypsy queen, allen ginter>ginter, allen and ginter>ginter,
   ginter, lineage, opening day, big league, topps fire>fire, inception, museum collection, tier one, triple threads,
   dynasty, definitive, transcendent, sterling, bowman reserve>reserve, bowmans best, bowman best>bowmans best, platinum anniversary,
   bowman platinum>platinum, topps platinum>platinum, prizm, prizms>prizm, optic, select, mosaic, chronicles, contenders,
   national treasures, nat treasures>national treasures, flawless, immaculate, spectra, obsidian, origins, noir, impeccable, one and one,
   crown royale, prestige, absolute, certified, revolution, phoenix, illusions, zenith, luminance, encased,
   gold standard, black gold, panini black gold>black gold, panini black, chrome black, court kings, hoops, plates and patches, sp authentic, spa>sp authentic,
   sp game used, sp foil>sp, spx, ultra, metal, exquisite, the cup, gallery, topps now>now, topps gold label>gold label,
   diamond kings, flair, topps pristine>pristine, high tek, sapphire, cosmic chrome>cosmic, cosmic, living set,
   stars and stripes, clearly authentic, rated prospects, elite, studio, showcase, topps total>total,
   sp legendary cuts, sp signature, sp top prospects, sp prospects, chirography, authentix, e x2000>ex2000,
   ex2000, e x 2000>ex2000, ex 2000>ex2000, z force, zforce>z force, sticker, stickers>sticker, cromo>sticker, cromos>sticker, figurina>sticker, figurine>sticker,
   vignette>sticker,
   tc>chrome, bdc>chrome, bcp>chrome, checklist, checklists>checklist, no name on front, nnof>no name on front,
   elite extra edition, eee>elite extra edition, deckle edge, deckle, first edition, 1st edition>first edition,
   merlin, merlin chrome>merlin, megacracks, mega cracks>megacracks, alifabolaget,
   match attax, adrenalyn xl>adrenalyn, adrenalyn, euro, uefa euro>euro, euro 2024>euro, euro 2020>euro, collegiate, nt>national treasures, mini,
   minis>mini, in action, premier level, courtside, field level, club level, mezzanine,
   premium box set, premier gold, black diamond, major league debut, usfl, japan edition, premium stock, venezuelan, venezuela>venezuelan, no name>no name on front, oversized, oversize>oversized,
   box topper>oversized, box toppers>oversized, jumbo>oversized, jumbo card>oversized, no huddle, action all stars`,
  { modifier: 'strong' },
);
/** Inserts: cards of their own within a product, named with or without it ("mahomes kaboom"). */
const INSERTS = `insert, inserts>insert, luck of the lottery, rookie of the year contenders, mvp contenders, rookie threads, kaboom, downtown, color blast, stained glass, my house, beam team, members only,
   seasons best, season best>seasons best, instant impact, manga, holoview, nfl debut, emergent,
   monopoly, fireworks, montage, stars of mlb, the rookies, great x pectations, rookie kings, arriving now,
   35th anniversary>retro design, 35th anniv>retro design, retro design, power hitters, all star game, asg>all star game,
   scorers club, sign of the times, matchups, tiger tales, youthquake, radiating rookies, all etch, prizmatic, widescreen,
   noble nameplates, managers dream, genesis, limited logos, stars of the mlb>stars of mlb, scouts top 100, bowman scouts top 100>scouts top 100,
   ultra violet all stars, ultra violet all star>ultra violet all stars, ultraviolet all stars>ultra violet all stars,
   ultraviolet all star>ultra violet all stars, uv all stars>ultra violet all stars, uv all star>ultra violet all stars`;
set(INSERTS, { modifier: 'strong' });
// Subsets a query may leave out and a listing may name: soccer's Topps Chrome is its club competitions'
// ("Topps Chrome UCC"), Prizm its Premier League's; Select's first tier is its plain card ("Select Silver
// Prizm" is the Concourse); Topps' "Future Stars" are the 1980s' multi-player rookie cards and a mark on
// today's base cards; SP Authentic's "Future Watch" are its numbered rookie cards of the base set.
set(
  `uefa champions league>ucl, champions league>ucl, ucl, uefa>ucl, uefa club competitions>ucl,
   club competitions>ucl, ucc>ucl, bundesliga, premier league, epl>premier league, concourse, future stars,
   future star>future stars, future watch, fw>future watch, world cup, wc>world cup, world cup russia>world cup,
   world cup qatar>world cup, world cup brazil>world cup`,
  { modifier: 'subset' },
);
set(
  `update, updates>update, update series>update, traded, draft, draft picks>draft, dp>draft, holiday, series 1, series 2,
   series one>series 1, series two>series 2, series i>series 1, series ii>series 2`,
  { modifier: 'weak' },
);

add(
  { kind: 'grader' },
  'psa, bgs, bvg, bccg, sgc, cgc, csg, hga, tag, gma, gai, isa, ksa, ags, ace, ark, arena club, mnt, rare edition, beckett, psa dna, psadna, jsa, bas',
);
add(
  { kind: 'gradeWord' },
  `gem, mint, mt, gm, nm, ex, vg, nmmt, pristine, graded, grade, grading, slab, slabbed, encased slab, encapsulated,
   pop, pop 1, black label, gold label, authentic, authenticated, auth, dna, coa, cert,
   subgrades, subs, sub, oc, mk, qualifier, off center, perfect, centering, corners, edges, surface, gem mt,
   gem mint, crossover, regrade, label`,
);
add(
  { kind: 'speculative' },
  `candidate, candidates, potential, possible, possibly, posible, worthy, ready, quality, comp, comps, likely, maybe,
   pending, equivalent, equiv,
   should grade, could grade, would grade, will grade, grade it, worth grading, send to, submit, submission,
   lookalike, look alike, looks, psa ready, at best, or better, or higher, gem candidate, grading candidate, hopeful, should be, could be,
   easy 10, chance at, chance for, kandidat, candidat, candidato, candidata, possibile, potentiel, potenziale,
   potencial, moglich, would be, will be, might be, may be, wurdig, calidad, look at the, check the, fahig, faehig, para graduar, para gradear, ideal para, da gradare, a grader, zum graden`,
);
add(
  { kind: 'raw' },
  `raw, ungraded, not graded, non graded, unslabbed, pregrade, pre grade, cracked out, crack out, cracked from,
   out of slab, out of the slab, removed from slab, removed from the slab, no slab, raw card, sin calificar,
   sin graduar, ungegradet, nicht gegradet, non gradata, nao graduado, non gradee`,
);
add(
  { kind: 'damage' },
  `crease, creased, creases, creasing, crsd, crease free shipping, damaged, damage, dmg, water damage, water dmg, wtr dmg, poor condition, bent, tear, torn, ripped,
   tack hole, tack holes, pin holes, pinholes, rebacked, re backed, rebacking, scrapbook residue, poor filler, filler, set filler, knick, geknickt,
   writing on, pen mark, pen marks, marked, trimmed, altered, as is, heavy wear, heavily worn, pinhole, pin hole,
   tape, glue, faded, stain, stained, staining, paper loss, surface wear, wrinkle, wrinkled, rough, miscut, mis cut,
   surface scratch, surface scratches, corner ding, corner dings, ding, dings, dinged, dent, dented,
   surface dent, chipped, chipping, chipped edge`,
);

add(
  { kind: 'team' },
  `tulane green wave, san diego wave, angels, astros, athletics, orioles, red sox, yankees, rays, blue jays, white sox, guardians, indians, tigers,
   royals, twins, mariners, rangers, braves, marlins, mets, phillies, nationals, nats, expos, cubs, reds, brewers,
   pirates, cardinals, diamondbacks, dbacks, rockies, dodgers, padres, giants, hawks, celtics, nets, hornets, bulls,
   cavaliers, cavs, mavericks, mavs, nuggets, pistons, warriors, rockets, pacers, clippers, lakers, grizzlies, heat,
   bucks, timberwolves, wolves, pelicans, knicks, thunder, magic, 76ers, sixers, suns, blazers, trail blazers,
   kings, spurs, raptors, jazz, wizards, sonics, supersonics, falcons, ravens, bills, panthers, bears, bengals,
   browns, cowboys, broncos, lions, packers, texans, colts, jaguars, chiefs, raiders, chargers, rams, dolphins,
   vikings, patriots, saints, jets, eagles, steelers, 49ers, niners, seahawks, buccaneers, bucs, titans,
   commanders, redskins, ducks, coyotes, bruins, sabres, flames, hurricanes, blackhawks, avalanche, blue jackets,
   red wings, oilers, wild, canadiens, habs, predators, devils, islanders, senators, flyers, penguins, sharks,
   kraken, blues, lightning, maple leafs, leafs, black hawks, canucks, golden knights, capitals, green bay, golden state,
   blue devils, red raiders, crimson tide, buckeyes, longhorns, wolverines, bulldogs, gators, tar heels, sooners`,
);
/**
 * The colours teams wear, by the team words above: "Celtics Green" at the end of a title is the
 * team's colour, not a Green parallel (see classify.ts).
 */
export const TEAM_COLOURS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  `angels red|astros orange navy blue|athletics green gold|orioles orange black|red sox red navy|yankees navy blue|
   rays blue navy|blue jays blue|white sox black silver|guardians red navy blue|indians red navy blue|
   tigers navy blue orange|royals blue gold|twins navy red blue|mariners teal navy blue|rangers blue red|
   braves red navy blue|marlins teal black blue|mets blue orange|phillies red blue|nationals red navy blue|
   nats red navy blue|expos blue red|cubs blue red|reds red black|brewers navy gold blue|pirates black gold yellow|
   cardinals red|diamondbacks red teal|dbacks red teal|rockies purple black silver|dodgers blue|padres gold|
   giants orange black|hawks red|celtics green|nets black|hornets teal purple|bulls red black|cavaliers gold|
   cavs gold|mavericks blue navy silver|mavs blue navy silver|nuggets navy gold blue|pistons red blue|
   warriors blue gold yellow|rockets red|pacers navy gold yellow blue|clippers red blue|lakers purple gold|
   grizzlies navy blue|heat red black|bucks green|timberwolves blue green|wolves blue green|pelicans navy gold red|
   knicks blue orange|thunder blue orange|magic blue black|76ers blue red|sixers blue red|suns purple orange|
   blazers red black|trail blazers red black|kings purple|spurs black silver|raptors red purple|
   jazz navy yellow green purple|wizards red navy blue|sonics green gold|supersonics green gold|falcons red black|
   ravens purple black|bills blue red|panthers blue black|bears navy orange|bengals orange black|browns orange|
   cowboys blue silver navy|broncos orange navy blue|lions blue silver|packers green gold yellow|texans navy red|
   colts blue|jaguars teal black gold|chiefs red gold|raiders black silver|chargers blue gold|rams blue gold yellow|
   dolphins aqua orange teal|vikings purple gold|patriots navy red silver blue|saints gold black|jets green|
   eagles green silver|steelers black gold yellow|49ers red gold|niners red gold|seahawks blue green navy|
   buccaneers red|bucs red|titans blue navy red|commanders gold|redskins gold|ducks orange black gold|
   bruins black gold yellow|sabres blue gold|flames red yellow|hurricanes red black|blackhawks red black|
   black hawks red black|avalanche blue|blue jackets blue red|red wings red|oilers blue orange|wild green red|
   canadiens red blue|habs red blue|predators gold navy yellow|devils red black|islanders blue orange|
   senators red black|flyers orange black|penguins black gold yellow|sharks teal|kraken navy blue|blues blue gold|
   lightning blue|maple leafs blue|leafs blue|canucks blue green|golden knights gold|capitals red navy|
   green bay green gold|golden state blue gold|blue devils blue|red raiders red black|buckeyes red|longhorns orange|
   wolverines blue|bulldogs red black|gators orange blue|tar heels blue|sooners red`
    .split('|')
    .map((item) => item.trim().split(/\s+/))
    .map((words): [string, ReadonlySet<string>] => {
      // The team is every word but the colours at the end.
      let k = words.length;
      while (k > 1 && COLOUR_WORDS.has(words[k - 1]!)) k--;
      return [words.slice(0, k).join(' '), new Set(words.slice(k))];
    }),
);
// Team nicknames and clubs with a colour in them: "Broncos Orange Crush" is no orange parallel.
add(
  { kind: 'team' },
  `orange crush, purple people eaters, steel curtain, big red machine, black and blue, big blue wrecking crew,
   red bull, red bulls, rb leipzig, rb salzburg, red bull salzburg, san diego wave, red stars, chicago red stars,
   syracuse orange, silver arrows, carolina blue`,
);
// National sides and the big clubs: soccer titles and queries name them as others name a team.
add(
  { kind: 'team' },
  `argentina, brazil, france, england, portugal, spain, germany, italy, netherlands, belgium, croatia, mexico,
   usmnt, uswnt, japan, korea, norway, uruguay, colombia, barcelona, barca, real madrid, atletico madrid,
   man city, manchester city, man utd, man united, manchester united, liverpool, chelsea, arsenal, tottenham,
   spurs fc, psg, paris saint germain, juventus, inter milan, ac milan, bayern, bayern munich, dortmund, bvb,
   inter miami, napoli, benfica, ajax`,
);
// A slab's label by its colour or look ("PSA 10 New Holo Label", "SGC Red Label"), no parallel of the card.
add({ kind: 'inert' }, 'holo label, holo labels, hologram label, rainbow label');
for (const colour of 'red green blue yellow orange purple white silver pink'.split(' '))
  add({ kind: 'inert' }, `${colour} label, ${colour} labels`);
// A colour before "portrait" is a pose ("T206 Ty Cobb Red Portrait", "Green Portrait"), before
// "background" a design ("1933 Goudey Ruth Red Background"), not a parallel. ("Red Border" is one:
// Topps Heritage's.)
for (const colour of 'red green blue yellow orange purple brown black white gold silver pink'.split(' '))
  add({ kind: 'inert' }, `${colour} portrait, ${colour} portraits, ${colour} background`);
// Players whose names are colours.
add(
  { kind: 'name' },
  `vida blue, shawn green, jalen green, draymond green, aj green, danny green, dallas green, ahman green,
   trent green, derrick white, coby white, reggie white, devon white, tyler white, bud black, joe black, anthony black,
   derrick rose, pete rose, jalen rose, malik rose, red grange, red schoendienst, jaylen brown, aj brown,
   golden tate, ice cube, black mamba, ice trae`,
);

add(
  { kind: 'filler' },
  `the, and, a, an, in, on, for, with, w, from, to, by, baseball, football, basketball, hockey,
   soccer, mlb, nba, nfl, nhl, wnba, nwsl, ufc, mls, f1, formula 1, formula one, sports, sport, trading, tcg, jr, sr, ii, iii, iv, base, nice, rare,
   hot, sharp, invest, investment, look, great, beautiful, clean, centered, wow, rookie year, superstar,
   legend, hof, hofer, goat, mvp, read, description, see, photos, pics, free, shipping, ship, ships, fast, nr,
   vs, multi, sportscard, sportscards, new, card number, no reserve, third basemen, first basemen,
   second basemen, shortstops, outfielders, infielders, pitchers, catchers, rookie pitchers>rookie, rookie outfielders>rookie,
   iconic, stunning, gorgeous, must see, must have, grail, highlights, prospects, prospect,
   qb, rb, wr, te, ss, pg, sg, sf, pf, lw, rw, dh, cf, lf, rf, quarterback, running back, wide receiver,
   tight end, shortstop, pitcher, outfielder, catcher, goalie, goaltender, striker, midfielder, defenseman,
   point guard, shooting guard, power forward, small forward, winger, centre back, center back`,
);

add({ kind: 'cue', cue: 'serial' }, 'of, numbered, serial, limited, run, sn, d, ed, out of');
add(
  { kind: 'cue', cue: 'count' },
  'card, cards, ct, count, pcs, pieces, copies, slabs, qty, quantity, each, boxes, blasters, hangers, tins, lot size, stuck, stueck, different',
);

export interface PhraseEntry {
  words: string[];
  /** `wordHash` of each word: the words of a title are compared by hash before their letters. */
  hashes: number[];
  tag: Tag;
}

/** Phrases by first word, longest first. */
export const PHRASES: ReadonlyMap<string, readonly PhraseEntry[]> = (() => {
  const map = new Map<string, PhraseEntry[]>();
  for (const [phrase, tag] of entries) {
    const words = phrase.split(/\s+/);
    const first = words[0]!;
    const list = map.get(first) ?? [];
    // A later, more specific tag for the same phrase replaces an earlier one.
    const existing = list.findIndex((e) => e.words.join(' ') === words.join(' '));
    if (existing >= 0) list.splice(existing, 1);
    list.push({ words, hashes: words.map(wordHash), tag });
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** How a set word compares between a query and a listing, by its canonical name. */
/**
 * How a set word tells cards apart: `brand` (the maker), `strong` (another product), `weak` (another
 * release of the product, unless the numbers agree), `subset` (asked for, it must be there, unless the
 * numbers agree; a listing may name it when the query does not: "Young Guns").
 */
export const SET_KINDS: ReadonlyMap<string, 'brand' | SetModifier> = (() => {
  const map = new Map<string, 'brand' | SetModifier>([
    ['tribute', 'strong'],
    ['sp', 'strong'],
    // Subsets the rookie reader names (see classify.ts).
    ['young guns', 'subset'],
    ['rookie debut', 'weak'],
  ]);
  for (const [, tag] of entries) {
    if (tag.kind !== 'set') continue;
    if (tag.brand) map.set(tag.name, 'brand');
    else if (tag.modifier) map.set(tag.name, tag.modifier);
  }
  return map;
})();

/** Suffixes of a name ("Bobby Witt Jr."): part of it, never a name of their own. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The inserts' names (`SET_KINDS` reads them as strong). */
export const INSERT_SETS: ReadonlySet<string> = new Set(
  INSERTS.split(',')
    .map((item) => named(item)[1])
    .filter((name) => name !== ''),
);

/**
 * Words that add to a parallel's name but do not tell two parallels apart: "gold" = "gold refractor" =
 * "gold parallel"; Clear Cut cards are acetate ("clear cut acetate" = "clear cut").
 */
export const GENERIC_PARALLEL_WORDS: ReadonlySet<string> = new Set([
  'refractor',
  'prizm',
  'foil',
  'parallel',
  'acetate',
]);
