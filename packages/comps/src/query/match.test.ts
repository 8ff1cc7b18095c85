import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../title/classify.ts';
import { matchListing } from './match.ts';
import { parseQuery } from './parse-query.ts';

const verdict = (query: string, title: string, filters = {}) =>
  matchListing(parseQuery(query), classifyTitle(title), filters);

describe('parseQuery', () => {
  it('keeps names as required terms, first names optional, and drops set, grade and filler words', () => {
    const q = parseQuery('2011 Topps Update Mike Trout #US175 PSA 10 Angels baseball card');
    expect(q.terms).toEqual(['mike', 'trout']);
    expect(q.optionalTerms).toEqual(['mike']);
    expect(q.card).toMatchObject({ grader: 'PSA', grade: 10, year: 2011, cardNumber: 'US175' });
  });

  it('notices "raw" and "non-auto"', () => {
    expect(parseQuery('Mike Trout 2011 Update raw').raw).toBe(true);
    expect(parseQuery('Aaron Judge Update non-auto').noAutograph).toBe(true);
  });
});

describe('matchListing', () => {
  const query = '2011 Topps Update Mike Trout #US175 PSA 10';

  it('accepts the same card written another way', () => {
    expect(verdict(query, 'MIKE TROUT 2011 TOPPS UPDATE US175 RC PSA 10 GEM MINT 🔥')).toEqual({
      status: 'exact',
      reasons: [],
    });
    expect(verdict(query, 'Trout 2011 Topps Update #US175 Rookie PSA10')).toMatchObject({ status: 'exact' });
  });

  it.each([
    ['2011 Topps Update Mike Trout #US175 PSA 9', 'wrong_grade'],
    ['2011 Topps Update Mike Trout #US175 BGS 10', 'wrong_grade'],
    ['2011 Topps Update Mike Trout #US175 PSA 10 OC', 'wrong_grade'],
    ['2011 Topps Update Mike Trout #US175 PSA 10?', 'speculative_grade'],
    ['2011 Topps Update Mike Trout #US175 RC', 'not_graded'],
    ['2011 Topps Update Mike Trout #US175 PSA Authentic', 'authentic_slab'],
    ['Lot of 3 2011 Topps Update Mike Trout #US175 PSA 10', 'lot'],
    ['2011 Topps Update Mike Trout #US175 Reprint PSA 10', 'reprint'],
    ['2011 Topps Update Mike Trout #US175 Gold /2011 PSA 10', 'parallel_not_base'],
    ['2011 Topps Update Mike Trout #US175 Auto PSA 10', 'autograph_mismatch'],
    ['2011 Topps Update Mike Trout #US75 PSA 10', 'wrong_card_number'],
    ['2012 Topps Update Mike Trout #US175 PSA 10', 'wrong_year'],
    ['2011 Topps Chrome Update Mike Trout #US175 PSA 10', 'wrong_set'],
    ['2011 Topps Update Bryce Harper #US175 PSA 10', 'missing_terms'],
  ])('%s → %s', (title, reason) => {
    const v = verdict(query, title);
    expect(v.status).toBe('excluded');
    expect(v.reasons).toContain(reason);
  });

  it('reports every reason, not only the first', () => {
    expect(verdict(query, 'Lot of 2 2012 Topps Update Mike Trout Reprint PSA 9').reasons).toEqual([
      'lot',
      'reprint',
      'wrong_year',
      'wrong_grade',
    ]);
  });

  it('lets a seller drop the first name, and the last only where the card numbers agree', () => {
    expect(verdict(query, 'Trout 2011 Topps Update US175 PSA 10').status).toBe('exact');
    expect(verdict(query, 'Mike 2011 Topps Update US175 PSA 10').status).toBe('exact');
    expect(verdict(query, 'Mike 2011 Topps Update PSA 10').reasons).toEqual(['missing_terms']);
    expect(verdict(query, 'Mike Harper 2011 Topps Update #US175 PSA 10').reasons).toEqual(['missing_terms']);
    const zion = 'Zion Williamson 2019-20 Panini Prizm #248';
    expect(verdict(zion, '2019-20 Panini Prizm Zion #248 RC').status).toBe('exact');
    expect(verdict(zion, '2019 Prizm Zion RC Rookie 248 Pelicans').status).toBe('exact');
    const herbert = 'Justin Herbert 2020 Panini Prizm #325';
    expect(verdict(herbert, '2020 Panini Prizm Justin RC').reasons).toEqual(['missing_terms']);
    expect(verdict(herbert, '2020 Panini Prizm Justin #398 RC').reasons).toContain('missing_terms');
    const ichiro = 'Ichiro Suzuki 2001 Topps Chrome Traded #T266';
    expect(verdict(ichiro, 'Ichiro 2001 Topps Chrome Traded #T266 Mariners').status).toBe('exact');
    expect(verdict('2020 Prizm Joe Burrow #307', 'Joe Montana Topps #307').reasons).toContain(
      'missing_terms',
    );
  });

  it("does not take a name stuffed into another player's title for the player", () => {
    const purdy = '2022 Panini Prizm #331 PSA 10';
    const q = `2017 Panini Prizm Patrick Mahomes #269 PSA 10`;
    for (const padding of [
      'not Mahomes',
      '(Mahomes?)',
      'Mahomes class',
      'like Mahomes',
      'vs Mahomes',
      'not PATRICK MAHOMES',
    ])
      expect(verdict(q, `Brock Purdy ${purdy} ${padding}`).reasons).toContain('missing_terms');
    // The name written as the card's own player, whatever else the title holds.
    expect(verdict(q, 'Patrick Mahomes 2017 Panini Prizm #269 RC PSA 10 not reprint')).toMatchObject({
      status: 'exact',
    });
    expect(verdict(q, 'Mahomes Class of 2017 Panini Prizm #269 PSA 10')).toMatchObject({ status: 'exact' });
    expect(verdict(q, 'Mahomes ? 2017 Panini Prizm #269 PSA 10 Mahomes')).toMatchObject({ status: 'exact' });
  });

  it('never lets a card number vouch for a missing "Chrome", nor another maker for a release', () => {
    const chrome = '2000 Bowman Chrome Tom Brady #236';
    expect(verdict(chrome, '2000 Bowman TOM BRADY #236 Rookie MVP').reasons).toContain('wrong_set');
    expect(verdict(chrome, '2000 Bowman Chrome Tom Brady #236 RC').status).toBe('exact');
    const update = '2018 Update Shohei Ohtani PSA 9';
    expect(verdict(update, '2018 Bowman Shohei Ohtani #49 Rookie RC PSA 9').reasons).toContain('wrong_set');
    expect(verdict(update, '2018 Topps Update Shohei Ohtani #US1 PSA 9').status).toBe('exact');
    expect(verdict(update, '2018 Shohei Ohtani #US1 Rookie PSA 9').status).toBe('exact');
  });

  it('reads a bare number in a query as its card number', () => {
    expect(parseQuery('Guerrero 2019 Chrome 14 PSA 9').card.cardNumber).toBe('14');
    expect(parseQuery('2019-20 Prizm Zion 248 BGS 9.5').card.cardNumber).toBe('248');
    expect(parseQuery('2018 Topps Series 2 Ohtani PSA 10').card.cardNumber).toBeNull();
    expect(parseQuery('Trout 2011 Update RC /99').card.cardNumber).toBeNull();
    const q = 'Vladimir Guerrero Jr 2019 Chrome 14 PSA 9';
    expect(verdict(q, '2019 Bowman Chrome Vladimir Guerrero Jr #1 PSA 9').reasons).toContain(
      'wrong_card_number',
    );
  });

  it('knows the names collectors type for a player, and a relative or another first name is another player', () => {
    expect(
      verdict('Wemby Prizm Silver RC', '2023-24 Panini Prizm Victor Wembanyama Silver Prizm RC').status,
    ).toBe('exact');
    expect(
      verdict('KD Topps Chrome Refractor RC 131', '2007-08 Topps Chrome #131 Kevin Durant Refractor RC')
        .status,
    ).toBe('exact');
    const holliday = 'Jackson Holliday 2022 Bowman Chrome Draft';
    expect(verdict(holliday, 'Matt Holliday 2022 Bowman Chrome Draft Rockies').reasons).toContain(
      'missing_terms',
    );
    expect(verdict('Steph Curry 2009 Topps #321', 'Stephen Curry 2009 Topps #321 RC').status).toBe('exact');
    expect(
      verdict('Steph Curry 2009 Topps #321', 'Seth Curry 2009 Topps RC Steph brother').reasons,
    ).toContain('missing_terms');
    expect(verdict('1989 Upper Deck Griffey #1', '1989 Upper Deck Ken Griffey Sr. Reds').reasons).toContain(
      'missing_terms',
    );
    expect(verdict('Soto 2018 Update US300', 'Soto 2018 Topps Update RC #300').status).toBe('exact');
  });

  it('reads soccer products and Young Guns as sets, and the letters of a card code as no names', () => {
    const q = 'Haaland 2019 Topps Chrome UCL RC';
    expect(verdict(q, '2019-20 Topps Chrome UEFA Champions League Erling Haaland RC').status).toBe('exact');
    expect(verdict(q, '2019 Topps Chrome Bundesliga Erling Haaland RC').reasons).toContain('wrong_set');
    expect(
      verdict('Crosby Young Guns PSA 9', '2005-06 Upper Deck MVP Sidney Crosby RC PSA 9').reasons,
    ).toContain('wrong_set');
    expect(parseQuery('Acuna 2017 Bowman Chrome auto CPA-RA').terms).toEqual(['acuna']);
  });

  it("refuses a title that names another player first and the query's only after", () => {
    const purdy = '2022 Panini Prizm Brock Purdy RC PSA 9';
    expect(verdict(purdy, '2022 Panini Prizm Kenny Pickett RC PSA 9 Brock Purdy').reasons).toContain(
      'missing_terms',
    );
    expect(verdict(purdy, '2022 Panini Prizm Brock Purdy RC PSA 9 49ers Kenny Pickett').status).toBe('exact');
    const matthews = 'Auston Matthews Young Guns #201 PSA 10';
    expect(
      verdict(matthews, '2016-17 Upper Deck Young Guns Mitch Marner PSA 10 Leafs (Auston Matthews)').reasons,
    ).toContain('missing_terms');
    // A city before the team is no player's name.
    expect(verdict(purdy, 'San Francisco 49ers Brock Purdy 2022 Panini Prizm RC PSA 9').status).toBe('exact');
    expect(classifyTitle('2022 Panini Prizm Kenny Pickett RC PSA 9').leadName).toBe('kenny pickett');
  });

  it('refuses an insert for the base card, and a national side or club is no required word', () => {
    expect(
      verdict('2020 Panini Prizm Joe Burrow #307', '2020 Panini Prizm Joe Burrow Kaboom Case Hit').reasons,
    ).toContain('wrong_set');
    expect(
      verdict('Ja Morant 2019 Optic Rated Rookie', '2019-20 Optic Ja Morant My House! Insert').reasons,
    ).toContain('wrong_set');
    expect(
      verdict('Lionel Messi 2022 Prizm World Cup Argentina', '2022 Prizm WC Qatar Leo Messi').status,
    ).toBe('exact');
    expect(verdict('1954 Topps Hank Aaron #128', '1954 Topps Henry Aaron Rookie #128 Braves').status).toBe(
      'exact',
    );
  });

  it('reads hobby nicknames and shorthand, and a query that opens with a two-digit year', () => {
    expect(
      verdict('1960 Topps Yaz RC #148', '1960 Topps Carl Yastrzemski #148 Rookie RC Red Sox').status,
    ).toBe('exact');
    expect(
      verdict('1960 Topps Yaz RC #148', '1960 Topps Pumpsie Green RC Red Sox Yaz era').reasons,
    ).toContain('missing_terms');
    expect(
      verdict('Verstappen 2020 TC F1 Refractor', '2020 Topps Chrome Formula 1 Max Verstappen Refractor')
        .status,
    ).toBe('exact');
    expect(verdict('Celebrini Young Guns PSA 10', 'Celebrini YG RC PSA 10').status).toBe('exact');
    // A first name stands for itself: Rickey is not any Henderson.
    expect(verdict('1980 Topps Rickey Henderson #482', '1980 Topps Steve Henderson Mets').reasons).toContain(
      'missing_terms',
    );
    expect(verdict('1980 Topps Rickey Henderson #482', '80 Topps Rickey RC #482').status).toBe('exact');
    expect(parseQuery('94 SP A-Rod #15 PSA 9').card.year).toBe(1994);
    expect(parseQuery('52 Topps Mays 261 PSA 3').card).toMatchObject({ year: 1952, cardNumber: '261' });
  });

  it('forgives one misspelt name beside another written right, and takes a bracketed name as a note', () => {
    const wade = '2003-04 Topps Chrome Dwyane Wade #115';
    expect(verdict(wade, '2003 Topps Chrome Dwayne Wade RC #115').status).toBe('exact');
    expect(
      verdict(
        '2018-19 Upper Deck Young Guns Elias Pettersson',
        '2018-19 Upper Deck Young Guns Elias Petterson RC',
      ).status,
    ).toBe('exact');
    // A one-name query is never matched loosely: Rogers is not Rodgers.
    expect(verdict('Rodgers 2005 Topps Chrome', '2005 Topps Chrome Kenny Rogers').reasons).toContain(
      'missing_terms',
    );
    const kelenic = '2018 Donruss Elite Extra Edition Jarred Kelenic Auto';
    expect(
      verdict(kelenic, '2018 Donruss Elite Extra Edition Nolan Gorman Auto (Kelenic)').reasons,
    ).toContain('missing_terms');
    expect(verdict(kelenic, '2018 Panini Elite Extra Edition Jarred Kelenic Draft Picks Auto').status).toBe(
      'exact',
    );
    expect(
      verdict(
        'Select Concourse Trevor Lawrence 2021 PSA 10',
        '2021 Panini Select Concourse Lawrence RC PSA 10',
      ).status,
    ).toBe('exact');
  });

  it('accepts a query that itself asks for noise', () => {
    expect(
      verdict('2020 Prizm Football hobby box', '2020 Panini Prizm Football Hobby Box Sealed').status,
    ).toBe('exact');
  });

  it('needs the parallel the query names, and the same serial', () => {
    const gold = '2018 Topps Chrome Shohei Ohtani Gold Refractor /50';
    expect(verdict(gold, 'Ohtani 2018 Topps Chrome Gold /50 RC').status).toBe('exact');
    expect(verdict(gold, 'Ohtani 2018 Topps Chrome Orange Refractor /25').reasons).toEqual([
      'wrong_parallel',
      'serial_mismatch',
    ]);
    expect(verdict(gold, 'Ohtani 2018 Topps Chrome RC #150').reasons).toEqual(['wrong_parallel']);
  });

  it('reconciles "SP" between the set and a short print', () => {
    expect(verdict('1993 SP Derek Jeter #279 PSA 9', 'SP Derek Jeter Rookie #279 PSA 9').status).toBe(
      'exact',
    );
    expect(verdict('1993 SP Derek Jeter #279 PSA 9', 'Derek Jeter SP RC #279 PSA 9').status).toBe('exact');
  });
});

describe('fifth blind match set: one attribute apart', () => {
  it('reads "Holo Silver", "Gold Parallel" and "Clear Cut Acetate" as the parallel the query names', () => {
    expect(
      verdict(
        "2021 Donruss Optic Ja'Marr Chase Rated Rookie Holo",
        "2021 Optic Ja'Marr Chase Holo Silver Rated Rookie",
      ),
    ).toMatchObject({ status: 'exact' });
    expect(
      verdict(
        '2011 Topps Update Mike Trout Gold /2011 #US175',
        '2011 Topps Update Trout Gold Parallel /2011 Rookie US175',
      ),
    ).toMatchObject({ status: 'exact' });
    expect(
      verdict(
        '2019-20 Upper Deck Cale Makar Young Guns Clear Cut',
        '2019-20 Upper Deck Cale Makar Young Guns Clear Cut Acetate RC',
      ),
    ).toMatchObject({ status: 'exact' });
    // Sellers call Prizm's silver "Silver Holo" too; another colour is another parallel.
    expect(
      verdict('wemby prizm silver rc', '2023-24 Prizm #136 Victor Wembanyama Rookie Silver Holo').status,
    ).toBe('exact');
    expect(
      verdict('2020 Prizm Justin Herbert Silver #325', '2020 Prizm Justin Herbert Blue #325').reasons,
    ).toContain('wrong_parallel');
  });

  it('prices an SGC or CGC "Pristine 10" apart from a 10, a BGS 10 Pristine as a BGS 10', () => {
    const griffey = '1989 Upper Deck Ken Griffey Jr. #1 SGC 10';
    expect(verdict(griffey, '1989 Upper Deck Ken Griffey Jr #1 SGC 10 Pristine').reasons).toEqual([
      'wrong_grade',
    ]);
    expect(verdict(griffey, '1989 Upper Deck Ken Griffey Jr #1 SGC 10 Gem Mint').status).toBe('exact');
    expect(
      verdict('1989 Upper Deck Ken Griffey Jr. #1 SGC 10 Pristine', '1989 UD Griffey #1 SGC 10 PRISTINE')
        .status,
    ).toBe('exact');
    expect(
      verdict('2019 Prizm Zion #248 BGS 10', '2019 Prizm Zion Williamson #248 BGS 10 Pristine').status,
    ).toBe('exact');
  });

  it('tells Deckle Edge and First Edition apart from the flagship', () => {
    expect(
      verdict('1969 Topps Reggie Jackson #260', '1969 Topps Deckle Edge Reggie Jackson').reasons,
    ).toContain('wrong_set');
    expect(
      verdict('2003-04 Topps LeBron James #221', '2003-04 Topps First Edition LeBron James #221').reasons,
    ).toContain('wrong_set');
  });
});

describe('sixth blind match set: queries as collectors type them', () => {
  it('reads a two-digit year beside the set, wherever it stands', () => {
    expect(parseQuery('steph 09 topps rc').card).toMatchObject({ year: 2009, cardNumber: null });
    expect(parseQuery('griffey 89 ud #1').card).toMatchObject({ year: 1989, cardNumber: '1' });
    expect(parseQuery('mj sticker 86 fleer').card).toMatchObject({ year: 1986, cardNumber: null });
    expect(parseQuery('ripken 82 traded').card.year).toBe(1982);
    // A grade is no year, a card number after a modern set stays one, and a year in full keeps "19".
    expect(parseQuery('psa 10 topps chrome trout').card.year).toBeNull();
    expect(parseQuery('luka prizm 77').card).toMatchObject({ year: null, cardNumber: '77' });
    expect(parseQuery('2019 Topps Chrome Vlad 19').card).toMatchObject({ year: 2019, cardNumber: '19' });
  });

  it('reads nicknames of more than one word, and "bron" and "steph" as the players collectors mean', () => {
    expect(parseQuery('big hurt 90 topps rc').terms).toEqual(['frank', 'thomas']);
    expect(verdict('big hurt 90 topps rc', '1990 Topps Frank Thomas Rookie RC #414 White Sox').status).toBe(
      'exact',
    );
    expect(verdict('bron topps chrome rc', '2003-04 Topps Chrome LeBron James Rookie #111').status).toBe(
      'exact',
    );
    expect(verdict('steph 09 topps rc', '2009 Topps Basketball Curry RC 321').status).toBe('exact');
  });

  it('leaves the release to the card number when the query names no set', () => {
    expect(verdict('trout us175 psa 9', '2011 Topps Update Trout RC PSA 9 Mint').status).toBe('exact');
    // A query's Traded or Update is missing from a listing that states a number of another kind.
    expect(verdict('ripken 82 traded', '1982 Topps Cal Ripken Jr. Future Stars RC #21').reasons).toContain(
      'wrong_set',
    );
    expect(verdict('ripken 82 traded', '1982 Topps Traded Cal Ripken Jr #98T').status).toBe('exact');
    expect(verdict('2018 Update Shohei Ohtani PSA 9', '2018 Shohei Ohtani #US1 Rookie PSA 9').status).toBe(
      'exact',
    );
  });

  it("takes a 1st Bowman from Bowman Draft when the query asks for the player's 1st Bowman", () => {
    const q = 'skenes 1st bowman chrome auto';
    expect(verdict(q, '2023 Bowman Draft Chrome Paul Skenes 1st Bowman Auto Pirates').status).toBe('exact');
    expect(
      verdict('2023 Bowman Chrome Paul Skenes', '2023 Bowman Draft Chrome Paul Skenes').reasons,
    ).toContain('wrong_set');
  });

  it('reads Rookie Debut, Emergent and Monopoly as cards apart from the base rookie card', () => {
    expect(
      verdict('acuna update rc psa 10', '2018 Topps Update Ronald Acuna Jr Rookie Debut PSA 10').reasons,
    ).toContain('wrong_set');
    expect(verdict('soto us300', '2018 Topps Update Juan Soto Rookie Debut').reasons).toContain('wrong_set');
    expect(verdict('soto us300', '2018 Topps Update Juan Soto Rookie Debut #US300').status).toBe('exact');
    expect(
      verdict('luka prizm rc psa 10', '2018-19 Prizm Emergent Luka Doncic Rookie PSA 10').reasons,
    ).toContain('wrong_set');
    expect(verdict('wemby silver prizm rc', '2023-24 Prizm Monopoly Wembanyama Silver RC').reasons).toContain(
      'wrong_set',
    );
  });
});

describe('seventh blind match set: soccer, high-end and college products', () => {
  it("reads soccer's Topps Chrome as its club competitions' unless the query names another product", () => {
    const q = 'lamine yamal topps chrome rc';
    expect(
      verdict(q, '2023-24 Topps Chrome UEFA Club Competitions Lamine Yamal RC Rookie Barcelona').status,
    ).toBe('exact');
    expect(verdict(q, '2024 Topps Chrome Euro Lamine Yamal Spain').reasons).toContain('wrong_set');
    expect(verdict(q, '2023-24 Topps Merlin Chrome Lamine Yamal RC').reasons).toContain('wrong_set');
  });

  it('takes a numbered card of a product whose base cards are numbered as its base card', () => {
    const q = 'bijan robinson national treasures rpa';
    expect(verdict(q, "Bijan Robinson 2023 National Treasures RPA #'d 45/99 Atlanta Falcons").status).toBe(
      'exact',
    );
    expect(verdict(q, '2023 NT Bijan Robinson Rookie Patch Auto RPA /99').status).toBe('exact');
    expect(verdict(q, '2023 National Treasures Bijan Robinson RPA Gold /10').reasons).toContain(
      'parallel_not_base',
    );
    expect(verdict(q, '2023 National Treasures Collegiate Bijan Robinson RPA Texas').reasons).toContain(
      'wrong_set',
    );
  });

  it("reads Panini's Draft Picks as a product of its own, and DP as its name", () => {
    const q = 'caleb williams prizm draft picks';
    expect(parseQuery(q).terms).toEqual(['caleb', 'williams']);
    expect(verdict(q, 'Caleb Williams 2024 Panini Prizm DP USC Trojans').status).toBe('exact');
    expect(verdict(q, '2024 Panini Prizm Caleb Williams RC Chicago Bears').reasons).toContain('wrong_set');
  });
});

describe('ninth blind match set: parallels as sellers name them', () => {
  it('reads "Ref" as a refractor and "Silver Mosaic Prizm" as Mosaic', () => {
    expect(verdict('trout 2019 topps chrome refractor', 'Mike Trout 2019 Chrome Ref').status).toBe('exact');
    expect(
      verdict('chet mosaic silver', '2022-23 Panini Mosaic Chet Holmgren Silver Mosaic Prizm RC Thunder')
        .status,
    ).toBe('exact');
  });

  it("reads Select's tiers, and Prizm's Fireworks and Mosaic's Montage inserts, as cards of their own", () => {
    const q = 'banchero select silver rc';
    expect(verdict(q, '2022-23 Select Paolo Banchero Silver Prizm Rookie').status).toBe('exact');
    expect(verdict(q, '2022-23 Select Paolo Banchero Concourse Silver Prizm Rookie').status).toBe('exact');
    expect(verdict(q, '2022-23 Select Paolo Banchero Premier Level Silver Prizm RC').reasons).toContain(
      'wrong_set',
    );
    expect(verdict(q, '2022-23 Select Paolo Banchero Courtside Silver RC').reasons).toContain('wrong_set');
    expect(
      verdict('lamelo prizm silver', '2020-21 Panini Prizm Fireworks LaMelo Ball Silver Prizm').reasons,
    ).toContain('wrong_set');
  });

  it('takes a first name written in two words for the same name', () => {
    expect(
      verdict('ceedee lamb mosaic silver', 'Cee Dee Lamb Mosaic Silver Mosaic RC 2020 Dallas').status,
    ).toBe('exact');
  });
});

describe('eighth blind match set: vintage', () => {
  it('knows Kareem by his first name, Topps Mini and In Action as cards apart, and "(not mini)" as a denial', () => {
    expect(verdict('1969 topps kareem', '1969-70 Topps Lew Alcindor #25 Rookie RC Bucks').status).toBe(
      'exact',
    );
    expect(
      verdict('1975 topps brett rc psa 8', '1975 Topps Mini George Brett #228 Rookie PSA 8').reasons,
    ).toContain('wrong_set');
    expect(
      verdict('1975 topps brett rc psa 8', '1975 Topps George Brett Rookie PSA 8 (not mini)').status,
    ).toBe('exact');
    expect(
      verdict('1961 fleer wilt chamberlain psa 5', '1961-62 Fleer Wilt Chamberlain In Action #47 PSA 5')
        .reasons,
    ).toContain('wrong_set');
    expect(
      verdict('1963 topps pete rose rc sgc 84', '1963 Topps Pete Rose RC SGC 84 7 + 1964 Topps Rose').reasons,
    ).toContain('lot');
  });
});

describe('tenth blind match set: inserts and everyday cards', () => {
  it('takes an insert asked without its product, and "Insert", "SSP", "Case Hit" beside it', () => {
    expect(
      verdict('herbert color blast', '2020 Panini Prizm Justin Herbert Color Blast RC Chargers SSP').status,
    ).toBe('exact');
    expect(verdict('stroud kaboom', 'CJ Stroud 2023 Absolute Kaboom RC SSP').status).toBe('exact');
    expect(
      verdict('wemby prizm instant impact', 'Victor Wembanyama 2023 Prizm Instant Impact Insert RC').status,
    ).toBe('exact');
    // A product the query names still counts; so does another insert, and the base card.
    expect(
      verdict('burrow downtown 2020 donruss', '2020 Donruss Optic Joe Burrow Downtown RC').reasons,
    ).toContain('wrong_set');
    expect(verdict('stroud kaboom', '2023 Absolute CJ Stroud Rookie RC').reasons).toContain('wrong_set');
    expect(
      verdict('2020 donruss herbert rated rookie', '2020 Donruss Justin Herbert The Rookies').reasons,
    ).toContain('wrong_set');
  });

  it("reads Topps' old designs reissued as inserts ('1987 Topps', \"'88 Topps\", 35th Anniversary)", () => {
    const q = '2023 topps 1988 ohtani';
    expect(parseQuery(q).card.setWords).toContain('retro design');
    expect(verdict(q, "2023 Topps Ohtani '88 Topps 35th Anniv. Angels Two-Way").status).toBe('exact');
    expect(verdict(q, '2023 Topps Series 1 Shohei Ohtani Base Angels').reasons).toContain('wrong_set');
    expect(
      verdict('2023 topps series 1 ohtani base', '2023 Topps Series 1 Shohei Ohtani 1988 Topps Insert')
        .reasons,
    ).toContain('wrong_set');
    expect(classifyTitle('2023 Topps Chrome Ohtani 1988 draft').setWords).not.toContain('retro design');
  });

  it('reads "Non-Silver" as no parallel, and Artist\'s Proof and Hoops Winter as parallels', () => {
    expect(
      verdict('zion prizm rc', '2019-20 Prizm Zion Williamson Rookie Card Base Non-Silver #248').status,
    ).toBe('exact');
    expect(verdict('2024 score bo nix rc', "2024 Score Bo Nix RC Artist's Proof").reasons).toContain(
      'parallel_not_base',
    );
    expect(
      verdict('2020 hoops anthony edwards rc', '2020-21 Hoops Anthony Edwards RC Winter').reasons,
    ).toContain('parallel_not_base');
  });
});

describe('an outside evaluator through kuya-comps fmv', () => {
  it('never lets a card number vouch for a missing "Optic" (Donruss and Optic share their numbers)', () => {
    const q = '2018-19 Donruss Optic Luka Doncic #177';
    expect(verdict(q, '2018-19 Donruss Luka Doncic RC #177 L@@K').reasons).toContain('wrong_set');
    expect(verdict(q, '2018-19 Optic Luka Doncic Rated Rookie #177').status).toBe('exact');
  });

  it('reads "World Cup Russia" as the product, not a first name', () => {
    const q = '2018 Panini Prizm World Cup Kylian Mbappe #80';
    expect(verdict(q, '2018 Panini Prizm World Cup Russia Mbappe #80 RC').status).toBe('exact');
  });
});

describe('twelfth blind match set: autographs, relics, multi-player cards', () => {
  it('keeps the names of players whose names hold a colour as query terms ("pete rose", "jalen green")', () => {
    expect(parseQuery('1963 topps pete rose rookie').terms).toEqual(['pete', 'rose']);
    expect(
      verdict('1963 topps pete rose rookie', '1963 Topps #553 Willie Stargell Rookie Stars').reasons,
    ).toContain('missing_terms');
    expect(
      verdict('1963 topps pete rose rc sgc 84', '1963 Topps Rookie Stars Rose Al Weis Pedro Gonzalez SGC 84')
        .status,
    ).toBe('exact');
  });

  it('reads "without" before a name as no name, and a 1/1 of a numbered-base product as a parallel', () => {
    expect(
      verdict('1980 topps magic bird', '1980-81 Topps Magic Johnson Rookie Panel Lakers (Without Bird)')
        .reasons,
    ).toContain('missing_terms');
    expect(
      verdict('burrow national treasures rpa', '2020 National Treasures Joe Burrow RPA Logoman 1/1').reasons,
    ).toContain('parallel_not_base');
    expect(
      verdict(
        'mcdavid sp authentic future watch auto',
        '2015-16 SP Authentic McDavid Future Watch Auto RC /999',
      ).status,
    ).toBe('exact');
  });

  it("takes a prospect's Bowman Chrome autograph from Bowman Draft, and knows Future Stars and No Name on Front", () => {
    expect(
      verdict('2009 bowman chrome trout auto', '2009 Bowman Chrome Draft Prospects Mike Trout Auto #BDPP89')
        .status,
    ).toBe('exact');
    expect(
      verdict('1982 topps ripken future stars', '1982 Topps Blue Jays Future Stars Jesse Barfield Rookie')
        .reasons,
    ).toContain('missing_terms');
    expect(
      verdict('1990 topps frank thomas no name', 'Frank Thomas 1990 Topps NNOF Rookie Error #414').status,
    ).toBe('exact');
    expect(
      verdict('1973 topps schmidt rookie', '1973 Topps Rookie Third Basemen #615 Schmidt Cey Hilton').status,
    ).toBe('exact');
  });
});

describe('thirteenth blind match set and a second outside evaluator', () => {
  it('reads the number after a set as the card number ("jordan fleer 57"), and a typed name short of a letter', () => {
    expect(parseQuery('jordan fleer 57 psa 8').card).toMatchObject({ year: null, cardNumber: '57' });
    expect(
      verdict('aaron judg chrome rookie 169', '2017 Topps Chrome Aaron Judge #169 Rookie RC Yankees').status,
    ).toBe('exact');
  });

  it('reads an oversized box topper or jumbo as another card', () => {
    expect(
      verdict('mcdavid young guns', '2015-16 Upper Deck Connor McDavid Young Guns #201 Oversized Box Topper')
        .reasons,
    ).toContain('wrong_set');
  });

  it('knows a lead name that ends in "Jr." as another player\'s', () => {
    const q = '2022 Topps Update Julio Rodriguez #US44';
    expect(verdict(q, 'Bobby Witt Jr. 2022 Topps Update Rookie Julio Rodriguez').reasons).toContain(
      'missing_terms',
    );
    expect(verdict('2022 Topps Bobby Witt Jr', 'Bobby Witt Jr. 2022 Topps RC').status).toBe('exact');
  });
});

describe('fourteenth blind match set: names that hold card words', () => {
  it('reads Anthony Black as a name and All-Star Game cards as a subset of their own', () => {
    const q = 'anthony black prizm rc';
    expect(verdict(q, '2023-24 Panini Prizm Anthony Black RC Orlando Magic').status).toBe('exact');
    expect(verdict(q, '2023-24 Prizm Anthony Black Black Prizm RC 1/1').reasons).toContain(
      'parallel_not_base',
    );
    expect(
      verdict('paul skenes topps update rc', '2024 Topps Update Paul Skenes All-Star Game ASG').reasons,
    ).toContain('wrong_set');
  });
});

describe('fifteenth blind match set: hockey, soccer, golf, tennis, UFC, racing', () => {
  it('reads EPL as the Premier League, Net Pro as NetPro, Press Pass Signings as autographs, and their inserts', () => {
    expect(
      verdict('salah prizm premier league 2019', 'Mohamed Salah 2019-20 Prizm EPL Base Liverpool FC').status,
    ).toBe('exact');
    expect(
      verdict('serena williams 2003 netpro rc', '2003 Net Pro Serena Williams Tennis Rookie Card').status,
    ).toBe('exact');
    expect(
      verdict('dale jr 1998 press pass signings', '1998 Press Pass Signings Dale Earnhardt Jr. Autograph')
        .status,
    ).toBe('exact');
    expect(
      verdict('messi prizm world cup 2014', '2014 Panini Prizm World Cup Lionel Messi Scorers Club').reasons,
    ).toContain('wrong_set');
  });
});

describe('search filters for attributes the query leaves open', () => {
  const raw = '2018 Topps Update Ronald Acuna Jr #US250';
  const graded = 'Ronald Acuna 2018 Topps Update US250 PSA 10';
  const gold = 'Ronald Acuna 2018 Topps Update US250 Gold /2018';
  const auto = 'Ronald Acuna 2018 Topps Update US250 Auto';

  it('reads an unset filter as the plain card: raw, base, no autograph, no hoped-for grade', () => {
    expect(verdict(raw, graded).reasons).toEqual(['graded_not_raw']);
    expect(verdict(raw, 'Acuna 2018 Topps Update US250 PSA 10?').reasons).toEqual(['speculative_grade']);
    expect(verdict(raw, gold).reasons).toEqual(['parallel_not_base']);
    expect(verdict(raw, auto).reasons).toEqual(['autograph_mismatch']);
  });

  it('opens an attribute when its filter is false', () => {
    expect(verdict(raw, graded, { rawOnly: false }).status).toBe('exact');
    expect(verdict(raw, gold, { baseOnly: false }).status).toBe('exact');
    expect(verdict(raw, auto, { excludeAutographs: false }).status).toBe('exact');
  });

  it('asks for an exact grade through the grade filter', () => {
    const filters = { grade: { grader: 'psa', grade: 10 } };
    expect(verdict(raw, graded, filters).status).toBe('exact');
    expect(verdict(raw, 'Acuna 2018 Topps Update US250 PSA 9', filters).reasons).toEqual(['wrong_grade']);
  });

  it('lets the query win over a filter', () => {
    expect(verdict(graded, graded, { rawOnly: true }).status).toBe('exact');
  });

  it('counts CSG as CGC and excludes damaged raw cards', () => {
    expect(
      verdict('Luis Robert 2020 Topps Chrome #52 CGC 10', 'Luis Robert 2020 Topps Chrome #52 CSG 10').status,
    ).toBe('exact');
    expect(verdict(raw, 'Acuna 2018 Topps Update US250 creased').reasons).toEqual(['damaged']);
  });

  it('takes a season by its first year only', () => {
    const jordan = 'Michael Jordan 1986-87 Fleer PSA 8';
    expect(verdict(jordan, '1987-88 Fleer Michael Jordan #59 PSA 8').reasons).toEqual(['wrong_year']);
    expect(verdict(jordan, '1985-86 Fleer Michael Jordan PSA 8').reasons).toEqual(['wrong_year']);
    expect(verdict(jordan, '1986 Fleer Michael Jordan #57 PSA 8').status).toBe('exact');
    expect(verdict(jordan, '86-87 Fleer Jordan RC PSA 8').status).toBe('exact');
    // A plain second year is mostly the next season's card ("1987 Fleer Jordan" is 1987-88).
    expect(verdict(jordan, '1987 Fleer Michael Jordan PSA 8').reasons).toEqual(['wrong_year']);
    const gretzky = '1979-80 Topps Wayne Gretzky #18';
    expect(verdict(gretzky, '1980-81 Topps Wayne Gretzky').reasons).toEqual(['wrong_year']);
    expect(verdict(gretzky, '1979 Topps Wayne Gretzky #18').status).toBe('exact');
    expect(verdict('1986 Fleer Michael Jordan #57', '1986-87 Fleer Jordan #57').status).toBe('exact');
  });

  it('excludes a sticker for a card query, and keeps a sticker auto', () => {
    const jordan = 'Michael Jordan 1986-87 Fleer PSA 8';
    expect(verdict(jordan, '1986-87 Fleer Michael Jordan Sticker #8 PSA 8').reasons).toEqual(['wrong_set']);
    expect(verdict(jordan, '1986 Fleer Stickers Jordan #8 PSA 8').reasons).toEqual(['wrong_set']);
    expect(
      verdict('1986-87 Fleer Sticker Michael Jordan #8 PSA 8', '1986 Fleer Stickers Jordan #8 PSA 8').status,
    ).toBe('exact');
    const auto = '2020 Select Justin Herbert Sticker Auto RC /99';
    expect(verdict('2020 Select Justin Herbert Auto /99', auto).status).toBe('exact');
  });

  it('forgives "Series 1" whatever the card numbers, but not another release', () => {
    const yg = '2015-16 Upper Deck Young Guns Connor McDavid PSA 9';
    expect(verdict(yg, 'McDavid 2015 Upper Deck Series 1 Young Guns PSA 9 Mint').status).toBe('exact');
    expect(verdict(yg, '2015-16 Upper Deck Series One Young Guns McDavid #201 PSA 9').status).toBe('exact');
    expect(verdict(`${yg} #201`, '2015-16 UD Series I Young Guns McDavid PSA 9').status).toBe('exact');
    expect(
      verdict('2015-16 Upper Deck Series 1 McDavid PSA 9', '2015-16 Upper Deck Series 2 McDavid PSA 9')
        .reasons,
    ).toEqual(['wrong_set']);
    expect(
      verdict('2022 Topps Update Julio Rodriguez #US44', '2022 Topps Series 1 Julio Rodriguez').reasons,
    ).toEqual(['wrong_set']);
    expect(verdict(yg, '2015-16 Upper Deck Update McDavid PSA 9').reasons).toEqual(['wrong_set']);
  });

  it('excludes Clear Cut, Retrofractor, Tri-Color and Exclusives from base comps', () => {
    expect(
      verdict(
        '2015-16 Upper Deck Young Guns Connor McDavid #201',
        '2015-16 UD Young Guns Clear Cut McDavid #201',
      ).reasons,
    ).toEqual(['parallel_not_base']);
    expect(
      verdict('2019 Topps Chrome Tatis Jr. #203', '2019 Topps Chrome Tatis Jr. #203 Retrofractor').reasons,
    ).toEqual(['parallel_not_base']);
    expect(
      verdict('2017 Select Patrick Mahomes #24', '2017 Select Mahomes Concourse #24 Tri-Color Prizm').reasons,
    ).toContain('parallel_not_base');
  });
});

describe('seventeenth and eighteenth blind match sets: team colours, nicknames, refractors', () => {
  it("takes a team's colours and uniform for no parallel", () => {
    const kobe = '1996 Topps Chrome Kobe Bryant #138 PSA 8';
    expect(verdict(kobe, '1996 Topps Chrome #138 Kobe Bryant RC PSA 8 Lakers Purple & Gold').status).toBe(
      'exact',
    );
    expect(
      verdict(
        '2003 Topps Chrome LeBron James RC #111 BGS 9.5',
        'LeBron James 2003 Topps Chrome #111 BGS 9.5 Cavs Wine & Gold',
      ).status,
    ).toBe('exact');
    const green = verdict(
      '2021 Prizm Jalen Green RC PSA 10',
      'Jalen Green Prizm RC PSA 10 Houston Rockets Red Jersey',
    );
    expect(green.status).toBe('exact');
    // A colour named as a finish is the parallel still.
    expect(
      verdict('2018 Prizm Luka Doncic #280', '2018 Prizm Luka Doncic #280 Mavericks Blue Gold Prizm').reasons,
    ).toEqual(['parallel_not_base']);
    expect(
      verdict('2020 Prizm Justin Herbert #325', '2020 Prizm Justin Herbert #325 Chargers Blue /199').reasons,
    ).toEqual(['parallel_not_base']);
  });

  it('knows Vlad Jr. by his nickname, and a refractor as chrome', () => {
    expect(
      verdict(
        '2016 Bowman Chrome Vladimir Guerrero Jr 1st Blue Refractor /150',
        '2016 Bowman Chrome VLAD JR 1st Blue Refractor #/150 Toronto Blue Jays',
      ).status,
    ).toBe('exact');
    expect(
      verdict(
        '2025 Bowman Draft Ethan Holliday 1st Chrome Auto /99',
        '2025 Bowman Draft ETHAN HOLLIDAY 1st Green Refractor Autograph 23/99',
      ).status,
    ).toBe('exact');
    // Paper Bowman Draft, no refractor: not the Chrome card.
    expect(
      verdict(
        '2025 Bowman Draft Ethan Holliday 1st Chrome Auto',
        '2025 Bowman Draft Ethan Holliday 1st Paper Auto',
      ).reasons,
    ).toContain('wrong_set');
  });
});

describe('nineteenth blind match set: inserts, short prints and variations', () => {
  it('reads "Image Variation SP", "SSP Photo Var" and a named variation as the variation asked, its refractor not', () => {
    const q = '2023 topps chrome gunnar henderson image variation';
    expect(
      verdict(q, '2023 Topps Chrome Gunnar Henderson Image Variation SP Rookie #47 Orioles').status,
    ).toBe('exact');
    expect(verdict(q, 'GUNNAR HENDERSON 2023 TOPPS CHROME SP VARIATION ROOKIE ORIOLES').status).toBe('exact');
    expect(verdict(q, '2023 Topps Chrome Gunnar Henderson Image Variation Refractor RC').reasons).toEqual([
      'wrong_parallel',
    ]);
    expect(verdict(q, '2023 Topps Chrome Gunnar Henderson RC #47').reasons).toEqual(['wrong_parallel']);
    expect(
      verdict(
        '2022 Topps Golden Mirror Wander Franco',
        '2022 Topps Wander Franco Golden Mirror Image Variation RC',
      ).status,
    ).toBe('exact');
  });

  it('takes an insert named for its look as the base card, and knows more inserts by their names', () => {
    const base = '2020 Donruss Justin Herbert Rated Rookie #303';
    expect(verdict(base, '2020 Donruss Herbert Rated Rookie #303 - like Kaboom but base').status).toBe(
      'exact',
    );
    expect(verdict(base, '🔥 Downtown vibes 🔥 Justin Herbert 2020 Donruss Rated Rookie #303').status).toBe(
      'exact',
    );
    expect(verdict(base, '2020 Donruss Justin Herbert Downtown #303').reasons).toContain('wrong_set');
    const uv = '2022 Topps Chrome Ultra Violet All-Stars Shohei Ohtani';
    expect(verdict(uv, '2022 Topps Chrome UV All-Stars Shohei Ohtani UV-3').status).toBe('exact');
    expect(verdict(uv, '2022 Topps Chrome Shohei Ohtani #1').reasons).toContain('wrong_set');
    expect(
      verdict('2019 Topps Stars of MLB Ronald Acuna Jr', '2019 Topps Stars of the MLB Ronald Acuna Jr Braves')
        .status,
    ).toBe('exact');
  });

  it('takes "LaMelo" for Ball, but not another Ball for LaMelo', () => {
    expect(
      verdict('2020-21 Prizm Color Blast LaMelo Ball', '2020-21 Prizm LaMelo Color Blast RC').status,
    ).toBe('exact');
    expect(verdict('lamelo prizm rc', '2020-21 Panini Prizm Lonzo Ball Pelicans').reasons).toContain(
      'missing_terms',
    );
  });
});

describe('an outside evaluator’s markets: names beside product and hype words', () => {
  it('takes "Prospects Holliday", "Iconic Holliday" and "LeBron" alone as the player asked', () => {
    const holliday = '2023 Bowman Chrome Jackson Holliday 1st PSA 10';
    expect(
      verdict(holliday, '2023 Bowman Chrome Prospects Holliday 1st Bowman Chrome Orioles PSA 10').status,
    ).toBe('exact');
    expect(verdict(holliday, 'Iconic Holliday 1st 2023 Bowman Chrome PSA 10 GEM MINT').status).toBe('exact');
    expect(verdict(holliday, 'Matt Holliday 2023 Bowman Chrome 1st PSA 10').reasons).toContain(
      'missing_terms',
    );
    expect(
      verdict('2003 Topps Chrome LeBron James #111 BGS 9.5', '2003 Topps Chrome LeBron RC BGS 9.5').status,
    ).toBe('exact');
    expect(
      verdict(
        '2011 Topps Update Mike Trout #US175 PSA 9',
        '2011 Topps Update & Highlights Trout #US175 PSA 9',
      ).status,
    ).toBe('exact');
  });
});

describe('twentieth blind match set: autographs and numbered high-end cards', () => {
  it('takes no base card signed in person for a certified autograph, unless the query asks for a signed card', () => {
    const auto = 'Wembanyama Prizm auto';
    expect(verdict(auto, '2023-24 Prizm Wembanyama Rookie #136 Signed In Person w/ COA').reasons).toContain(
      'autograph_mismatch',
    );
    expect(
      verdict(
        'griffey signed 1989 upper deck rookie',
        '1989 Upper Deck #1 Ken Griffey Jr Rookie Signed Auto JSA COA',
      ).status,
    ).toBe('exact');
  });

  it("takes no dual autograph for one player's, nor a Rookie Ticket Variation for the Rookie Ticket", () => {
    const skenes = '2023 Bowman Draft Chrome Paul Skenes 1st Auto Orange /25';
    expect(
      verdict(skenes, '2023 Bowman Draft Chrome Paul Skenes Dylan Crews Dual Auto Orange /25').reasons,
    ).toContain('autograph_mismatch');
    expect(verdict(skenes, '2023 Bowman Draft Chrome Paul Skenes 1st Auto Orange Refractor /25').status).toBe(
      'exact',
    );
    const jj = 'Justin Jefferson 2020 Contenders Rookie Ticket Auto Cracked Ice';
    expect(
      verdict(jj, '2020 Contenders Justin Jefferson Rookie Ticket Variation Auto Cracked Ice /24').reasons,
    ).toEqual(['wrong_parallel']);
  });

  it('reads "Auto Sticker", "SPA" and "check my autos" as what they are', () => {
    expect(
      verdict(
        'Caitlin Clark 2024 Prizm WNBA auto',
        '2024 Prizm WNBA Caitlin Clark Rookie Signatures Auto Sticker',
      ).status,
    ).toBe('exact');
    expect(
      verdict(
        '2023-24 SP Authentic Connor Bedard Future Watch Auto /999',
        '2023-24 SPA Connor Bedard Future Watch Rookie Auto #/999',
      ).status,
    ).toBe('exact');
    expect(
      verdict(
        '1996 Topps Chrome Kobe Bryant Refractor PSA 9',
        'Kobe Bryant 96-97 Topps Chrome Refractor RC PSA 9 - check my autos too',
      ).status,
    ).toBe('exact');
  });
});

describe('twenty-first blind match set: names written as one, team colours in pairs, Holo as a finish', () => {
  it('finds a name of several words written as one, and one word written apart', () => {
    const query = '2023 Topps Chrome Update Elly De La Cruz Refractor';
    for (const title of [
      '2023 Topps Chrome Update Series Elly DeLaCruz Rookie Refractor',
      '2023 Topps Chrome Update Elly De-La-Cruz RC Refractor',
    ])
      expect(verdict(query, title).status, title).toBe('exact');
    expect(verdict(query, '2023 Topps Chrome Update Elly Cruz Refractor').reasons).toContain('missing_terms');
    expect(verdict('Fred VanVleet 2016 Prizm', 'Fred Van Vleet 2016 Prizm RC').status).toBe('exact');
    expect(verdict('2020 Prizm Joe Burrow #307', 'JOEBURROW 2020 PRIZM #307 ROOKIE').status).toBe('exact');
  });

  it("reads two colours joined by '&' or 'and' as a team's, named or not", () => {
    expect(
      verdict('1986 Fleer Michael Jordan #57 PSA 8', '1986/87 Fleer MJ #57 RC PSA 8 Red & Black Bulls HOF')
        .status,
    ).toBe('exact');
    expect(
      verdict(
        '2024 Panini Prizm WNBA Caitlin Clark Silver Prizm RC',
        '2024 Panini Prizm WNBA Caitlin Clark Silver RC Fever Red & Navy',
      ).status,
    ).toBe('exact');
    expect(
      verdict(
        '2020-21 Topps Chrome UEFA Champions League Erling Haaland BGS 9.5',
        'BGS 9.5 Haaland 2020-21 Chrome UCC Black and Yellow Dortmund',
      ).status,
    ).toBe('exact');
    // A finish or a print run after the pair makes it the card's parallel.
    expect(classifyTitle('2020 Prizm Herbert Red & Blue /25').serial).toBe(25);
    expect(classifyTitle('2020 Prizm Herbert Red & Blue /25').parallel).not.toBeNull();
    expect(classifyTitle('2020 Prizm Herbert Red White & Blue').parallel).toBe('red white blue');
  });

  it("takes Optic's Holo beside another parallel's name as the finish", () => {
    expect(
      verdict(
        '2020-21 Donruss Optic Anthony Edwards Rated Rookie Pink Velocity',
        'Anthony Edwards Rookie Pink Velocity Holo 2020-21 Optic RR #151',
      ).status,
    ).toBe('exact');
    expect(
      verdict(
        '2020-21 Donruss Optic Anthony Edwards Holo',
        'Anthony Edwards 2020-21 Optic Silver Holo RR #151',
      ).status,
    ).toBe('exact');
  });
});

describe('twenty-second blind match set: queries typed short', () => {
  it('takes a bare two-digit number as the year when the query names none, and as the number otherwise', () => {
    const query = 'jeter sp foil 93 sgc 9';
    expect(parseQuery(query).numberMayBeYear).toBe(true);
    expect(verdict(query, '1993 SP Derek Jeter #279 Foil Rookie RC SGC 9 MINT').status).toBe('exact');
    expect(verdict(query, '1994 SP Derek Jeter #279 SGC 9').reasons).toContain('wrong_card_number');
    expect(parseQuery('jordan 1986 fleer 57 psa 8').numberMayBeYear).toBe(false);
    expect(verdict('jordan fleer 57 psa 8', '1986 Fleer Michael Jordan #58 PSA 8').reasons).toContain(
      'wrong_card_number',
    );
  });

  it("reads 'black label' in a query as Beckett's 10 with that label", () => {
    const query = 'luka prizm rc bgs black label';
    expect(parseQuery(query).card).toMatchObject({ grader: 'BGS', grade: 10, blackLabel: true });
    expect(verdict(query, 'Luka Prizm RC #280 BGS BL 10 Black Label').status).toBe('exact');
    expect(verdict(query, 'LUKA DONCIC 2018 PRIZM ROOKIE #280 BGS 10 PRISTINE').reasons).toContain(
      'wrong_grade',
    );
  });

  it("takes 'Chrome' without a maker as Topps Chrome, and reads Beckett Vintage and Prizm No Huddle", () => {
    const query = 'tatis 2019 chrome rc refractor';
    expect(verdict(query, '2019 Bowman Chrome Fernando Tatis Jr RC Refractor Padres').reasons).toContain(
      'wrong_set',
    );
    expect(verdict(query, '2019 Topps Chrome Fernando Tatis Jr RC Refractor #203').status).toBe('exact');
    expect(verdict('skenes chrome 1st auto', '2023 Bowman Chrome Paul Skenes 1st Bowman Auto').status).toBe(
      'exact',
    );
    expect(
      verdict('nolan ryan 68 topps bvg 5', '1968 Topps Nolan Ryan #177 RC Beckett Vintage 5').status,
    ).toBe('exact');
    expect(
      verdict('stroud prizm silver', '2023 Panini Prizm No Huddle CJ Stroud Silver RC').reasons,
    ).toContain('wrong_set');
  });
});

describe('twenty-third blind match set: every search filter', () => {
  it('takes no hoped-for grade or Authentic slab even when any grade will do', () => {
    const query = '2000 Bowman Chrome Tom Brady #236 RC';
    const anyGrade = { rawOnly: false };
    expect(verdict(query, '2000 Bowman Chrome Tom Brady #236 RC PSA 10?', anyGrade).reasons).toEqual([
      'speculative_grade',
    ]);
    expect(verdict(query, '2000 Bowman Chrome Tom Brady #236 RC PSA Authentic', anyGrade).reasons).toEqual([
      'authentic_slab',
    ]);
    expect(verdict(query, '2000 Bowman Chrome Tom Brady #236 RC PSA 8', anyGrade).status).toBe('exact');
  });

  it("reads Pro Set as a maker, and 'sticker free' as no sticker card", () => {
    expect(
      verdict('1989 Score Barry Sanders #257 RC', '1989 Pro Set Barry Sanders RC Lions').reasons,
    ).toContain('wrong_set');
    expect(
      verdict(
        '2016 Bowman Chrome Prospect Autographs Juan Soto #CPA-JS',
        '2016 Bowman Chrome Prospect Auto Juan Soto CPA-JS sticker free on-card',
      ).status,
    ).toBe('exact');
  });
});

describe("twenty-fourth blind match set: the spec's author's", () => {
  it('leaves out a listing that states none of the year, number and set the query gives', () => {
    const query = '2011 Topps Update Mike Trout #US175 PSA 10';
    expect(verdict(query, 'Mike Trout Rookie Card PSA 10 Angels').reasons).toEqual(['missing_terms']);
    expect(verdict(query, 'Mike Trout Topps Update Rookie PSA 10').status).toBe('exact');
    expect(verdict(query, 'Mike Trout 2011 Rookie PSA 10').status).toBe('exact');
    expect(verdict(query, '2011 Topps Lineage Mike Trout Rookie PSA 10').reasons).toContain('wrong_set');
    expect(verdict('mike trout psa 10', 'Mike Trout Rookie Card PSA 10 Angels').status).toBe('exact');
  });
});

describe('twenty-sixth blind match set: set names that collide', () => {
  it("takes SP Authentic's Future Watch as the set's own rookie cards, a subset the query may leave out", () => {
    const query = '2000 SP Authentic Tom Brady #118 BGS 9';
    expect(verdict(query, 'BGS 9 Tom Brady 2000 SP Authentic Future Watch RC #118 Patriots').status).toBe(
      'exact',
    );
    expect(verdict(query, '2000 SPx Tom Brady #130 RC BGS 9').reasons).toContain('wrong_set');
  });
});

describe('twenty-seventh blind match set: queries with extra words', () => {
  it('takes positions and nicknames in the query as words a listing need not repeat', () => {
    expect(parseQuery('barry sanders lions rb 1989 score rookie 257').terms).toEqual(['barry', 'sanders']);
    expect(parseQuery('jeter yankees ss 1993 sp foil rookie #279 psa 8').terms).toEqual(['jeter']);
    expect(parseQuery('aaron judge 2017 topps base rookie #287 all rise psa 10').terms).toEqual([
      'aaron',
      'judge',
    ]);
    expect(
      verdict('the kid ken griffey jr 1989 ud #1 rc psa 9', '1989 Upper Deck Ken Griffey Jr. #1 PSA 9')
        .status,
    ).toBe('exact');
  });

  it('forgives a misspelt name on a listing of the query card number, and tells Sr. from Jr.', () => {
    const query = 'mahommes chiefs qb 2017 prizm rookie #269 psa10';
    expect(verdict(query, 'Patrick Mahomes 2017 Prizm Rookie #269 PSA 10 Chiefs').status).toBe('exact');
    expect(verdict(query, 'Patrick Mahomes 2017 Prizm Rookie #270 PSA 10 Chiefs').status).toBe('excluded');
    expect(
      verdict(
        'the kid ken griffey jr mariners 1989 ud #1 rc psa 9',
        '1989 Upper Deck Ken Griffey Sr Reds PSA 9',
      ).reasons,
    ).toContain('missing_terms');
  });

  it('reads "sgc 10 gold" as the gold label, and names the inserts and products it confused', () => {
    const query = 'zion williamson pelicans 2019 prizm rc 248 sgc 10 gold';
    expect(verdict(query, '2019-20 Prizm Zion Williamson RC #248 SGC 10 Gold Label').status).toBe('exact');
    expect(verdict(query, '2019-20 Prizm Zion Williamson #248 RC SGC 10 PRISTINE Pelicans').status).toBe(
      'exact',
    );
    expect(verdict(query, '2019-20 Prizm Gold Prizm Zion Williamson #248 /10 RC SGC 10').status).toBe(
      'excluded',
    );
    expect(
      verdict('tom brady patriots qb 2000 bowman rookie #236 raw', '2000 Bowman Reserve Tom Brady RC')
        .reasons,
    ).toContain('wrong_set');
  });
});

describe('twenty-ninth blind match set: vintage variations and errors', () => {
  it('never lets a card number vouch for a missing variation printed with the same number', () => {
    const query = '1990 Topps Frank Thomas #414 NNOF';
    expect(verdict(query, '1990 Topps Frank Thomas #414 Rookie RC White Sox').reasons).toContain('wrong_set');
    expect(verdict(query, '1990 Topps Frank Thomas No Name On Front #414 Rookie Card Error').status).toBe(
      'exact',
    );
  });

  it("reads 1969 Topps' white and yellow letters, a reverse negative as no parallel, and #SP-1 as a card code", () => {
    const mantle = '1969 Topps Mickey Mantle #500 White Letters PSA 4';
    expect(verdict(mantle, '1969 Topps Mickey Mantle White Name Variation #500 PSA 4').status).toBe('exact');
    expect(verdict(mantle, '1969 Topps Mickey Mantle #500 Yellow Letters PSA 4').reasons).toContain(
      'wrong_parallel',
    );
    expect(
      verdict(
        '1957 Topps Hank Aaron #20 Reverse Negative',
        '1957 Topps Baseball #20 Hank Aaron Reverse Image VG-EX',
      ).status,
    ).toBe('exact');
    expect(
      verdict(
        '1991 Upper Deck Michael Jordan #SP1',
        '1991 Upper Deck Michael Jordan Baseball #SP-1 Off Center',
      ).status,
    ).toBe('exact');
  });
});

describe('thirtieth blind match set: cards of several players', () => {
  it("takes a card of several players named by one of them when the listing states the card's number", () => {
    const query = '1968 Topps Nolan Ryan Jerry Koosman #177';
    expect(verdict(query, '1968 Topps Nolan Ryan Rookie #177 Mets Rookie Stars').status).toBe('exact');
    expect(verdict(query, '1968 Topps Mets Rookies #177 Koosman / Ryan RC').status).toBe('exact');
    expect(verdict(query, '1968 Topps Nolan Ryan Rookie Card Mets').reasons).toContain('missing_terms');
    expect(verdict(query, '1968 Topps Nolan Ryan #178 Mets').status).toBe('excluded');
    // Two names are one player: both are still asked for.
    expect(
      verdict('2011 Topps Update Mike Trout #US175', '2011 Topps Update #US175 Bryce Harper').status,
    ).toBe('excluded');
  });
});

describe('thirty-first blind match set: autograph grades', () => {
  it("asks for the autograph's grade the query names, and reads it written every way", () => {
    const query = '2017 Bowman Chrome Ronald Acuna Jr Prospect Auto PSA 9 Auto 10';
    expect(verdict(query, '2017 Bowman Chrome Ronald Acuna Jr Prospect Auto PSA 9 Auto 10').status).toBe(
      'exact',
    );
    expect(verdict(query, '2017 Bowman Chrome Ronald Acuna Jr Prospect Auto PSA Mint 9 DNA 10').status).toBe(
      'exact',
    );
    expect(verdict(query, '2017 Bowman Chrome Ronald Acuna Jr Prospect Auto PSA 9 Auto 9').reasons).toEqual([
      'wrong_grade',
    ]);
    expect(verdict(query, '2017 Bowman Chrome Ronald Acuna Jr Prospect Auto PSA 9 Mint').reasons).toEqual([
      'wrong_grade',
    ]);
    const bgs = '2018 Topps Chrome Shohei Ohtani Rookie Auto BGS 9.5 Auto 10';
    expect(verdict(bgs, '2018 Topps Chrome Ohtani Rookie Auto BGS 9.5 (10/9.5/9.5/9.5) Auto 10').status).toBe(
      'exact',
    );
    expect(verdict(bgs, '2018 Topps Chrome Shohei Ohtani RC Auto BGS 9.5 w/ 10 Auto').status).toBe('exact');
    // A query that names no autograph grade takes any.
    expect(
      verdict(
        '2018 Topps Chrome Shohei Ohtani Rookie Auto BGS 9.5',
        '2018 Topps Chrome Shohei Ohtani Rookie Auto BGS 9.5 Auto 9',
      ).status,
    ).toBe('exact');
  });

  it('takes an Authentic slab whose autograph is graded when the query asks for one', () => {
    const query = '2018 Contenders Josh Allen Rookie Ticket Auto PSA/DNA Auto 10';
    expect(verdict(query, '2018 Contenders Josh Allen Rookie Ticket Auto PSA Auth | Auto 10').status).toBe(
      'exact',
    );
    expect(verdict(query, '2018 Contenders Josh Allen Rookie Ticket Auto PSA/DNA Auto 9').reasons).toEqual([
      'wrong_grade',
    ]);
    expect(verdict(query, '2018 Contenders Josh Allen Rookie Ticket Auto PSA 10').reasons).toEqual([
      'wrong_grade',
    ]);
    expect(verdict(query, '2018 Contenders Josh Allen Rookie Ticket Auto Bills').reasons).toEqual([
      'not_graded',
    ]);
  });
});

describe('thirty-second blind match set: the 2025 rookie classes', () => {
  it("knows Topps' Japan Edition and Hoops Premium Stock as products of their own", () => {
    expect(
      verdict('roki sasaki topps series 2 rc bgs 9.5', '2025 Topps Japan Edition Roki Sasaki RC BGS 9.5')
        .reasons,
    ).toContain('wrong_set');
    expect(
      verdict('vj edgecombe hoops rookie', '2025-26 Panini Hoops Premium Stock VJ Edgecombe RC').reasons,
    ).toContain('wrong_set');
  });
});

describe('thirty-fourth blind match set: how a query names grading', () => {
  it("takes a grader named without a grade as that grader's slabs, and 'graded' as any slab", () => {
    const psa = 'luka doncic prizm rc #280 psa';
    expect(verdict(psa, '2018 Panini Prizm Luka Doncic RC #280 PSA 9 MINT').status).toBe('exact');
    expect(verdict(psa, '2018 Panini Prizm Luka Doncic RC #280 BGS 9.5').reasons).toEqual(['wrong_grade']);
    expect(verdict(psa, '2018 Panini Prizm Luka Doncic RC #280 Raw NM').reasons).toEqual(['not_graded']);
    const graded = 'ohtani 2018 topps chrome rc #150 graded';
    expect(verdict(graded, '2018 Topps Chrome Shohei Ohtani RC #150 BGS 9.5').status).toBe('exact');
    expect(verdict(graded, '2018 Topps Chrome Shohei Ohtani RC #150').reasons).toEqual(['not_graded']);
    // An authentication, a hope or a former slab names no slab wanted.
    expect(parseQuery('derek jeter signed 1996 topps psa/dna coa').card.graded).toBe(false);
    expect(parseQuery('ready to be graded psa trout 2011 topps update').card.graded).toBe(false);
    expect(parseQuery('ex-psa 9 2018-19 prizm luka doncic rc #280').card.graded).toBe(false);
  });
});

describe('thirty-sixth blind match set: error cards and variations', () => {
  const status = (query: string, title: string) => verdict(query, title).status;
  it('knows an error card by the names sellers give it', () => {
    const ff = '1989 fleer billy ripken ff error';
    expect(status(ff, '1989 Fleer #616 Billy Ripken F*ck Face Error')).toBe('exact');
    expect(status(ff, 'Billy Ripken 1989 Fleer 616 Rick Face Error RARE Orioles')).toBe('exact');
    expect(status(ff, '1989 Fleer Bill Ripken #616 Expletive on Bat Error Original')).toBe('exact');
    expect(status(ff, 'Billy Ripken 1989 Fleer F-Face Error Card Baltimore Orioles 616')).toBe('exact');
    expect(status(ff, '1989 Fleer Billy Ripken Black Box Variation #616')).toBe('excluded');
    expect(status(ff, '1989 Fleer Billy Ripken #616 Orioles')).toBe('excluded');
    const marlboro = '1989 fleer randy johnson marlboro error';
    expect(status(marlboro, 'Randy Johnson 1989 Fleer RC Marlboro Sign Visible #381')).toBe('exact');
    expect(
      status('1979 topps bump wills blue jays error', '1979 Topps #369 Bump Wills ERR Toronto Blue Jays'),
    ).toBe('exact');
  });
  it('keeps the corrected version, and the other versions of a variation, apart', () => {
    expect(
      verdict(
        '1989 upper deck dale murphy reverse negative',
        '1989 Upper Deck Dale Murphy #357 Corrected Version',
      ),
    ).toEqual({ status: 'excluded', reasons: ['wrong_parallel'] });
    const box = '1989 fleer billy ripken black box';
    expect(status(box, '1989 FLEER BILL RIPKEN BLACK BOX VARIATION 616 NM')).toBe('exact');
    expect(status(box, 'Billy Ripken 1989 Fleer 616 Blacked Out Variation')).toBe('exact');
    expect(status(box, '1989 Fleer Billy Ripken White Out Error #616')).toBe('excluded');
    const wl = '1969 topps mickey mantle white letters';
    expect(status(wl, '1969 Topps #500 Mickey Mantle White Letters Variation')).toBe('exact');
    expect(status(wl, '1969 Topps Mickey Mantle White Lettering #500 Off Center')).toBe('exact');
  });
  it('reads a nickname before the name as the player, and a draft slot as no Draft product', () => {
    expect(
      status('1990 topps frank thomas nnof', 'Big Hurt 1990 Topps Frank Thomas NNOF RC #414 ungraded'),
    ).toBe('exact');
    expect(status('frank thomas 1990 topps rc', 'Frank Thomas 1990 Topps RC #414 #1 Draft Pick HOF')).toBe(
      'exact',
    );
    expect(status('frank thomas 1990 topps rc', '1990 Topps Major League Debut Frank Thomas RC')).toBe(
      'excluded',
    );
  });
});

describe('thirty-eighth blind match set: serial-numbered cards', () => {
  it('takes a name for a grader only where a grade follows, and a parallel by all its names', () => {
    expect(verdict('2000 bowman josh beckett rc', 'Josh Hamilton 2000 Bowman RC #8').status).toBe('excluded');
    expect(
      verdict(
        'cooper flagg bowman u chrome red refractor /5',
        '2024-25 Bowman University Chrome Ace Flagg Red Refractor /5',
      ).status,
    ).toBe('excluded');
    expect(
      verdict('metal universe pmg jordan red /90', '1997 Metal Universe PMG Red Michael Jordan 41/90 PSA 8', {
        grade: { grader: 'PSA', grade: 8 },
      }).status,
    ).toBe('exact');
    expect(
      verdict(
        'acuna 2018 topps update fathers day blue /50',
        '2018 TOPPS UPDATE RONALD ACUNA JR ROOKIE FATHERS DAY #d 07/50 BRAVES',
      ).status,
    ).toBe('exact');
  });
});

describe('a query naming several grades', () => {
  it("asks for the grader's slabs, not for a hope ('psa 9 or 10' in a title hopes)", () => {
    const q = parseQuery('luka prizm psa 9 or 10');
    expect([q.card.graded, q.card.grader, q.card.grade, q.card.speculativeGrade, q.terms]).toEqual([
      true,
      'PSA',
      null,
      false,
      ['luka'],
    ]);
    expect(verdict('luka prizm psa 9 or 10', '2018 Prizm Luka Doncic #280 PSA 9').status).toBe('exact');
    expect(verdict('luka prizm psa 9 or 10', '2018 Prizm Luka Doncic #280 raw').reasons).toEqual([
      'not_graded',
    ]);
    // "BGS 9.5/10" is a card grade and an autograph's.
    expect(parseQuery('ohtani chrome auto bgs 9.5/10').card).toMatchObject({ grade: 9.5, autoGrade: 10 });
    // A title's "PSA 9 or 10?" is still a hope.
    expect(classifyTitle('2018 Prizm Luka Doncic #280 PSA 9 or 10?').speculativeGrade).toBe(true);
  });
});

describe('thirty-ninth blind match set: soccer', () => {
  const status = (query: string, title: string) => verdict(query, title).status;
  it("reads Merlin Chrome as Merlin, Megacracks as a product, a sticker by its names, and 'Vini' as Vinicius", () => {
    expect(status('pulisic merlin', '2019-20 Topps Merlin Chrome UCL Christian Pulisic Chelsea')).toBe(
      'exact',
    );
    expect(
      status('messi 2004-05 megacracks rc 71 bis', 'Messi Rookie Megacracks 04-05 Nº 71 bis Panini Original'),
    ).toBe('exact');
    expect(
      status(
        'cristiano ronaldo 2002-03 panini futebol sticker rc',
        'Cromo Panini Futebol 2002-2003 Cristiano Ronaldo Sporting original',
      ),
    ).toBe('exact');
    expect(
      status('pele 1958 alifabolaget', '1958 Alifabolaget Pele Rookie Card Brazil World Cup Sweden'),
    ).toBe('exact');
    expect(
      verdict(
        'vinicius jr topps chrome ucl 2018-19 rc psa 10',
        'Vini Jr RC 2018-19 Topps Chrome UCL PSA 10 Brazil',
      ).status,
    ).toBe('exact');
  });
});

describe('fortieth blind match set: the 1990s inserts and refractors', () => {
  const status = (query: string, title: string) => verdict(query, title).status;
  it('reads the rows, tiers and sets of the 90s by their names', () => {
    expect(
      status('1996 flair showcase row 0 kobe', 'Kobe Bryant Rookie 1996 Flair Showcase Row Zero #31 Raw'),
    ).toBe('exact');
    expect(status('1996 flair showcase row 0 kobe', '1996 Flair Showcase Row 1 Kobe Bryant #31')).toBe(
      'excluded',
    );
    expect(
      status(
        '1997 skybox z-force super rave jordan',
        'Michael Jordan 1997-98 Z-Force SUPER RAVE Serial Numbered',
      ),
    ).toBe('exact');
    expect(
      status(
        '1997 metal universe jordan pmg green',
        'Michael Jordan 1997-98 Metal Universe PMG Emerald Green #23 07/10',
      ),
    ).toBe('exact');
  });
});

describe('forty-first blind match set: iconic rookie cards and what sells beside them', () => {
  const status = (query: string, title: string) => verdict(query, title).status;
  it('takes a base card numbered in the thousands as the base, and refuses inserts and buybacks', () => {
    expect(
      status(
        '2009 topps chrome stephen curry #101',
        '2009 Topps Chrome Stephen Curry RC #101 412/999 Warriors',
      ),
    ).toBe('exact');
    expect(
      status(
        '2009 topps chrome stephen curry #101',
        '2009-10 Topps Chrome Stephen Curry Refractor #101 /500',
      ),
    ).toBe('excluded');
    expect(
      status(
        '2011 topps update trout us175',
        '2011 Topps Update Mike Trout US175 2021 70th Anniversary Buyback Stamp',
      ),
    ).toBe('excluded');
    expect(status('2018 prizm luka #280', '2018-19 Prizm Luka Doncic Luck of the Lottery Rookie')).toBe(
      'excluded',
    );
    expect(
      status('1980 topps bird magic erving', '1980 Topps Bird / Magic / Dr. J RC Raw Ungraded Nice Color'),
    ).toBe('exact');
  });
});

describe('forty-second blind match set: Topps flagship and its holiday parallels', () => {
  it("reads Father's and Mother's Day parallels written with their colours", () => {
    const fathers = 'pete alonso 2019 topps 475 fathers day /50';
    expect(
      verdict(fathers, "2019 Topps Series 2 Pete Alonso RC #475 Father's Day Blue /50 Mets").status,
    ).toBe('exact');
    const mothers = '2024 topps series 1 ohtani mothers day pink /50';
    expect(verdict(mothers, "Shohei Ohtani 2024 Topps S1 Hot Pink Mother's Day /50").status).toBe('exact');
  });
});

describe('forty-third and forty-fourth blind match sets: graded comps and short rookie queries', () => {
  it("forgives a short name misspelt on a listing of the query's card number, and only there", () => {
    const luka = '2018-19 prizm luka doncic #280 bgs 9.5';
    expect(verdict(luka, '2018-19 Panini Prizm Luca Doncic #280 Rookie BGS 9.5').status).toBe('exact');
    expect(
      verdict('2011 topps update mike trout #us175 psa 9', '2011 Topps Update Mike Tout #US175 RC PSA 9')
        .status,
    ).toBe('exact');
    // Without the card number a short name one letter away is another player's (Jalen / Jaylin Williams).
    expect(verdict('jalen williams 2022 prizm', '2022 Prizm Jaylin Williams RC').status).toBe('excluded');
  });

  it("reads SGC's grade on both scales as one slab, and a jersey number matched by the print run as no relic", () => {
    expect(
      verdict('1968 topps nolan ryan #177 sgc 84', '1968 Topps Nolan Ryan RC #177 SGC 7 (84) Sharp Corners')
        .status,
    ).toBe('exact');
    const clark = 'caitlin clark 2024 prizm gold /10';
    expect(
      verdict(clark, 'Caitlin Clark 2024 Panini Prizm Gold Prizm Rookie Card 10/10 Jersey # !').status,
    ).toBe('exact');
  });
});

describe('forty-fifth and forty-sixth blind match sets: autographs, vintage', () => {
  it('reads a typed card code as the number, a sticker for an on-card query as another autograph', () => {
    const elly = '2022 bowman chrome elly de la cruz 1st auto blue refractor /150 cpa-edc';
    expect(
      verdict(elly, 'Elly De La Cruz 2022 Bowman Chrome Blue Refractor Auto 88/150 1st Reds').status,
    ).toBe('exact');
    const onCard = '2017 contenders patrick mahomes rookie ticket on card auto';
    expect(verdict(onCard, '2017 Contenders Patrick Mahomes Rookie Ticket Sticker Auto').reasons).toContain(
      'autograph_mismatch',
    );
    expect(verdict(onCard, '2017 Contenders Patrick Mahomes Rookie Ticket Auto RC').status).toBe('exact');
    expect(verdict(onCard, '2017 Contenders Patrick Mahomes Rookie of the Year Contenders Auto').status).toBe(
      'excluded',
    );
    expect(
      verdict(
        '2019-20 national treasures zion williamson rpa /99',
        '2019-20 Nat Treasures Zion Williamson RPA /99 Pelicans',
      ).status,
    ).toBe('exact');
  });

  it("tells oddball makers' cards and Action All-Stars from the query's set", () => {
    expect(
      verdict('1954 topps hank aaron rookie psa 5', '1954 Johnston Cookies Hank Aaron Braves PSA 5').status,
    ).toBe('excluded');
    expect(
      verdict('1984 donruss don mattingly rookie psa 9', '1984 Donruss Action All-Stars Don Mattingly PSA 9')
        .status,
    ).toBe('excluded');
  });
});

describe('forty-seventh and forty-eighth blind match sets: search pages, numbered parallels', () => {
  it('refuses a colour its seller says is not numbered for a numbered query, and knows Tua alone', () => {
    const purple = '2023 topps chrome update elly de la cruz purple refractor /299';
    expect(
      verdict(purple, '2023 Topps Chrome Update Elly De La Cruz Purple Refractor RC - not numbered, retail')
        .reasons,
    ).toContain('serial_mismatch');
    expect(
      verdict(purple, '2023 Topps Chrome Update Elly De La Cruz Purple Refractor RC 101/299').status,
    ).toBe('exact');
    expect(verdict('2020 mosaic tua tagovailoa genesis rc', '2020 mosaic tua genesis rc').status).toBe(
      'exact',
    );
  });
});

describe('sixth outside FMV evaluator: first names written out, jersey inserts', () => {
  it('takes a first name written out or short as the same player, and refuses Young Guns Rookie Threads', () => {
    const trout = '2011 topps update mike trout us175 psa 10';
    expect(verdict(trout, 'Michael Trout 2011 Topps Update RC US 175 PSA GEM MINT 10').status).toBe('exact');
    expect(
      verdict(
        'bobby witt jr 2022 topps chrome update usc1',
        'Robert Witt Jr 2022 Topps Chrome Update #USC1 RC',
      ).status,
    ).toBe('exact');
    expect(verdict(trout, 'Jordan Trout 2011 Topps Update US175 PSA 10').status).toBe('excluded');
    const crosby = '2005-06 upper deck young guns sidney crosby 201 psa 10';
    expect(
      verdict(crosby, '2005-06 UD Young Guns Rookie Threads Sidney Crosby Rookie PSA 10 YG L@@K').status,
    ).toBe('excluded');
  });
});

describe("Messi's Megacracks #71 bis", () => {
  it('reads "bis" after a card number as part of it, in the query and in listings', () => {
    const messi = '2004 megacracks messi 71 bis psa 8';
    expect(verdict(messi, '2004-05 Panini Megacracks Lionel Messi Rookie #71 bis PSA 8').status).toBe(
      'exact',
    );
    expect(verdict(messi, '2004-05 Megacracks Messi #71bis PSA 8 NM-MT').status).toBe('exact');
    expect(verdict(messi, '2004 Megacracks Messi #71 Rookie PSA 8').reasons).toContain('wrong_card_number');
  });
});
