import { describe, expect, it } from 'vitest';
import { classifyTitle, readTitle } from './classify.ts';

const read = classifyTitle;

describe('grades', () => {
  it.each([
    ['2011 Topps Update Mike Trout #US175 PSA 10 GEM MINT', 'PSA', 10],
    ['1989 Upper Deck Griffey Jr #1 PSA 8.5 NM-MT+', 'PSA', 8.5],
    ['2018 Bowman Chrome Ohtani BGS 9.5 Gem Mint', 'BGS', 9.5],
    ['Gem Mint 10 PSA 2021 Topps Wander Franco', 'PSA', 10],
    ['2019 Prizm Zion Beckett 9.5 Rookie', 'BGS', 9.5],
    ['1954 Topps Hank Aaron SGC 84 NM 7', 'SGC', 7],
    ['2003 Topps Chrome LeBron SGC 98 Gem Mint 10', 'SGC', 10],
    ['2019 Topps Chrome Vlad Jr CSG 9.5 Blue Jays', 'CSG', 9.5],
    ['1989 Upper Deck Griffey BVG 8', 'BVG', 8],
    ['2020 Topps Chrome Luis Robert TAG 10', 'TAG', 10],
    ['PSA10 2020 Prizm Burrow', 'PSA', 10],
    // An emoji between grader and grade stands for a space.
    ['2011 Topps Update Mike Trout PSA 🔥10🔥', 'PSA', 10],
    ['BGS🔥 9.5 Mint Gem #269 Mahomes Prizm Panini 2017', 'BGS', 9.5],
    ['PSA ✨ 9 Trout 2011 Topps Update', 'PSA', 9],
  ])('reads %s as %s %s', (title, grader, grade) => {
    const c = read(title);
    expect(c).toMatchObject({ graded: true, grader, grade, speculativeGrade: false });
  });

  it('keeps PSA qualifiers, Black Label, subgrades and the autograph grade', () => {
    expect(read('1986 Fleer Jordan #57 PSA 8 OC').gradeQualifier).toBe('OC');
    expect(read('1952 Topps Mantle PSA 2 (MK)').gradeQualifier).toBe('MK');
    expect(read('Trout PSA 9 St. Louis').gradeQualifier).toBeNull();
    expect(read('2020 Prizm Burrow BGS 10 Black Label').blackLabel).toBe(true);
    expect(read('2020 Prizm Burrow BGS 9.5 (10/9.5/9.5/9.5)').subgrades).toEqual([10, 9.5, 9.5, 9.5]);
    expect(read('2019 Bowman Chrome Franco Auto PSA 9 Auto 10')).toMatchObject({ grade: 9, autoGrade: 10 });
    expect(read('2009 Bowman Chrome Strasburg Auto PSA 9/10')).toMatchObject({ grade: 9, autoGrade: 10 });
  });

  it.each([
    'Mike Trout 2011 Topps Update US175 PSA 10?',
    'Trout 2011 Update PSA 9 or 10? sharp',
    '2018 Topps Chrome Ohtani RC 10 Candidate',
    '2020 Prizm Justin Herbert Should Grade PSA 10',
    '2019 Topps Chrome Pete Alonso RC PSA Ready',
    'Luka Doncic 2018 Prizm Rookie PSA 10 Comp Raw',
    'Potential PSA 10 2021 Topps Chrome Wander Franco',
    '2019 Prizm Zion RC Gem Mint 10 ungraded',
    '2017 Prizm Mahomes RC PSA 9-10 quality',
    '2019 Topps Chrome Tatis Jr RC Should Be A 10',
  ])('never reads a hoped-for grade as graded: %s', (title) => {
    expect(read(title)).toMatchObject({ graded: false, grader: null, grade: null, speculativeGrade: true });
  });

  it('reads the slab a card left as no grade, held or hoped for, and the slab it is in now', () => {
    for (const title of [
      'Jordan 1986 Fleer Rookie cracked out of PSA 8 slab',
      'Ex-PSA 9 2018-19 Prizm Luka Doncic RC #280 (cracked)',
      '2000 Bowman Chrome Tom Brady RC #236 raw (was PSA 9)',
    ])
      expect(read(title), title).toMatchObject({ graded: false, grade: null, speculativeGrade: false });
    expect(read('Was BGS 9.5 now PSA 10! 2018 Topps Chrome Shohei Ohtani RC #150')).toMatchObject({
      grader: 'PSA',
      grade: 10,
    });
    expect(read('Regraded from PSA 8 to PSA 9 1986 Fleer Michael Jordan RC #57')).toMatchObject({ grade: 9 });
    expect(read('Crossed from PSA 9 to BGS 9.5 2019-20 Prizm Ja Morant RC #249')).toMatchObject({
      grader: 'BGS',
      grade: 9.5,
    });
  });

  it('reads a grade whose seller hopes for more as the grade it has', () => {
    expect(read('2018 Topps Chrome Ohtani PSA 9 Should Be A 10')).toMatchObject({ graded: true, grade: 9 });
  });

  it('treats Authentic slabs and autograph certificates as not graded', () => {
    expect(read('1915 Cracker Jack Ty Cobb PSA Auth')).toMatchObject({ graded: false, authenticated: true });
    expect(read('Trout 2011 Update PSA Authentic Auto 10')).toMatchObject({
      graded: false,
      authenticated: true,
      autoGrade: 10,
    });
    expect(read('Jeter signed 1993 SP PSA/DNA certified')).toMatchObject({
      graded: false,
      authenticated: true,
    });
    expect(read('Ohtani autographed 2018 Topps Beckett BAS authenticated')).toMatchObject({ graded: false });
  });

  it.each([
    'BGS 9.5 POTENTIAL 2019 Topps Chrome Fernando Tatis Jr Rookie #203 Padres',
    'PSA 10 potential 2019 Topps Chrome Tatis',
    'PSA 10 candidate 2018 Topps Update Acuna #US250',
    'SGC 10 quality 1986 Fleer Jordan',
    'Luka Doncic 2018 Prizm PSA 10 comp 280 Rookie',
    'Trout PSA 10 possible #US175 2011 Update',
  ])('reads a hedge after the grade as a hope even when a year or number follows: %s', (title) => {
    expect(read(title)).toMatchObject({ graded: false, grade: null, speculativeGrade: true });
  });

  it('still reads the grade a card has when the hedge hopes for another grade', () => {
    expect(read('PSA 9 potential 10 2019 Topps Chrome Tatis')).toMatchObject({ graded: true, grade: 9 });
    expect(read('BGS 9 should be a 9.5 2020 Prizm Herbert')).toMatchObject({ graded: true, grade: 9 });
    expect(read('1952 Topps Mays SGC 84 could be SGC 88')).toMatchObject({ graded: true, grade: 7 });
  });

  it.each([
    '2017 Topps Chrome Aaron Judge Rookie #169 BGS 10 BL Pristine Yankees',
    '2020 Prizm Joe Burrow BGS BL 10 #307',
    '2018 Topps Chrome Acuna BGS 10 Pristine BL',
    '2019 Prizm Zion Beckett 10 (BL) Rookie',
  ])('reads "BL" beside a Beckett 10 as Black Label: %s', (title) => {
    expect(read(title)).toMatchObject({ graded: true, grader: 'BGS', grade: 10, blackLabel: true });
  });

  it.each([
    '2018 Topps Chrome Acuna BGS 9.5 BL',
    '2018 Topps Chrome Acuna PSA 10 BL',
    'BL 2018 Topps Chrome Acuna BGS 10',
    '2018 Topps Chrome Acuna BL Blue Refractor',
  ])('reads "BL" anywhere else as nothing: %s', (title) => {
    expect(read(title).blackLabel).toBe(false);
  });

  it.each([
    'Derek Jeter Signed 1996 Topps Baseball Card PSA/DNA Certified Autograph Yankees',
    'Jeter 1996 Topps PSA/DNA Certified Autograph',
    'Ken Griffey Jr signed 1989 Upper Deck #1 PSA DNA authenticated',
    'Mike Trout autographed 2011 Topps Update PSA/DNA Auto 10',
  ])('reads a PSA/DNA certified signed card as an Authentic slab: %s', (title) => {
    expect(read(title)).toMatchObject({ graded: false, authenticated: true, autograph: true });
  });

  it('keeps paper certificates and unsigned cards out of Authentic slabs', () => {
    expect(read('Derek Jeter signed 1996 Topps PSA/DNA COA')).toMatchObject({
      authenticated: false,
      autograph: true,
    });
    expect(read('Derek Jeter signed 1996 Topps PSA DNA sticker')).toMatchObject({ authenticated: false });
    expect(read('Mike Trout signed 2011 Topps Update JSA COA')).toMatchObject({ authenticated: false });
    expect(read('2019 Topps Chrome Vlad Guerrero PSA/DNA Refractor').authenticated).toBe(false);
    // A graded card whose autograph PSA/DNA also graded is graded.
    expect(read('Jeter signed 1996 Topps PSA 8 PSA/DNA Auto 10')).toMatchObject({
      graded: true,
      grade: 8,
      authenticated: false,
    });
  });

  it('does not take a laundry tag for the TAG grading company', () => {
    expect(read('2020 National Treasures Burrow Laundry Tag 1/1').graded).toBe(false);
  });
});

describe('words, not substrings', () => {
  it('ignores markup a seller left in the title', () => {
    const c = read('<script>alert(1)</script> 2019-20 Panini Prizm Zion Williamson #248 RC &amp; more');
    expect(c).toMatchObject({ cardNumber: '248', year: 2019, noise: [], parallel: null });
    expect(c.normalizedTitle).not.toContain('script');
  });

  it.each([
    ['Cincinnati Reds Joey Votto 2008 Topps Chrome', null],
    ['Vladimir Guerrero Jr Blue Jays 2019 Topps Chrome RC', null],
    ['1991 Upper Deck Chicago White Sox Frank Thomas #555', null],
    ['2021 Prizm Jalen Green Rookie', null],
    ['1975 Topps Pete Rose #320', null],
    ['2013 Topps Goldschmidt Gold Glove #425', null],
    ['2021 Prizm Jalen Green Silver Prizm RC', 'silver prizm'],
    ['2012 Topps Bryce Harper Purple #661', 'purple'],
  ])('%s → parallel %s', (title, parallel) => {
    expect(read(title).parallel).toBe(parallel);
  });

  it.each([
    ['2022 Bowman Draft Chrome Elijah Green 1st Bowman #BDC-1 Nationals', null],
    ['2022 Bowman Draft Chrome Elijah Green Auto', null],
    ['2016 Topps Shane Green #45 Tigers', null],
    ['2015 Topps Chrome Kevin White RC', null],
    ['2023 Prizm Anthony Black RC Magic', null],
    ['2023 Prizm Anthony Black Silver Prizm RC', 'silver prizm'],
    ['2022 Bowman Draft Chrome Elijah Green Gold Refractor /50', 'gold refractor'],
    ['2019-20 Panini Prizm Draymond Green Golden State Warriors', null],
    ['2021 Panini Prizm Green Ja Morant', 'green prizm'],
    ['2020 Topps Chrome Mike Trout Green Refractor', 'green refractor'],
    ['2020 Topps Chrome Trout Green /99', 'green'],
    ['2020 Topps Chrome Trout Green 12/99', 'green'],
    ['2020 Topps Chrome Trout Green Wave', 'green wave'],
    ['2020 Topps Chrome Bo Bichette Green RC', 'green'],
  ])('tells a colour that is a surname from a parallel: %s → %s', (title, parallel) => {
    expect(read(title).parallel).toBe(parallel);
  });

  it('keeps a surname colour as a name the listings must carry', () => {
    const reading = readTitle('2022 Bowman Draft Chrome Elijah Green 1st Bowman', true);
    expect(reading.card.parallel).toBeNull();
    expect(reading.unknownWords).toEqual(['elijah', 'green']);
  });

  it.each([
    ['L@@K RARE Shohei Ohtani 2018 Bowman Chrome Rookie Refracter Angels MVP', 'refractor'],
    ['2018 Topps Chrome Ohtani Gold Refracter /50', 'gold refractor'],
    ['2019 Topps Chrome Vlad Jr Refactor RC', 'refractor'],
    ['2021 Bowman Chrome Franco Blue Refracters /150', 'blue refractor'],
  ])('reads a misspelt refractor: %s → %s', (title, parallel) => {
    expect(read(title).parallel).toBe(parallel);
  });

  it.each([
    ['Mahommes 2017 Prism Rookie #269 RC Chiefs HOT', null],
    ['2019 Panini Prism Zion Williamson RC', null],
    ['2017 Panini Prism Mahomes Silver Prism', 'silver prizm'],
    ['2024 Topps Chrome Elly De La Cruz Prism Refractor', 'prism refractor'],
    ['2024 Topps Chrome Elly De La Cruz Prism', 'prism'],
    ['Elly De La Cruz Prism Refractor Rookie', 'prism refractor'],
  ])('reads "Prism" as the Prizm set, but as a parallel in Topps titles: %s → %s', (title, parallel) => {
    expect(read(title).parallel).toBe(parallel);
  });

  it('reads the Prizm set from its misspelling', () => {
    expect(read('Mahommes 2017 Prism Rookie #269 RC').setWords).toEqual(['prizm']);
  });

  it.each([
    [
      '🚨 SSP 🚨 2023 Topps Chrome Update Elly De La Cruz Rookie Debut Red Refractor /5 Reds',
      'red refractor',
    ],
    ['2023 Topps Chrome Elly De La Cruz Red Refractor SSP /5', 'red refractor'],
    ['SP 2021 Topps Gold Mike Trout /2021', 'gold'],
    ['2019 Bowman Chrome Wander Franco Orange Refractor /25 SSP 🔥', 'orange refractor'],
    ['2022 Topps Series 1 Bobby Witt Jr. SSP Photo Variation Rookie', 'ssp photo variation'],
    ['2023 Topps Chrome Image Variation SP Francisco Alvarez', 'image variation sp'],
    ['2020 Topps Heritage Bo Bichette SSP Rookie #501', 'ssp'],
  ])('reads a short print beside a colour as rarity, not the parallel: %s → %s', (title, parallel) => {
    expect(read(title).parallel).toBe(parallel);
  });

  it('reads neither "Harper" nor "purple" as a reprint, nor "short print" or "all-star"', () => {
    for (const title of [
      '2012 Bryce Harper Purple Refractor',
      '2015 Topps Update Kris Bryant All-Star Game Short Print SP',
    ]) {
      expect(read(title).noise).toEqual([]);
    }
  });

  it('does not read a team name as a relic', () => {
    expect(read('Jack Hughes Young Guns #201 New Jersey Devils').relic).toBe(false);
    expect(read('Tom Brady 2000 Bowman Reserve Jersey Relic').relic).toBe(true);
  });
});

describe('context decides', () => {
  it('reads SP as Upper Deck SP when it names the set, a short print otherwise', () => {
    expect(read('2021 SP Authentic Future Watch Auto /999')).toMatchObject({
      parallel: null,
      setWords: ['sp authentic', 'future watch'],
    });
    expect(read('1993 SP Derek Jeter #279').parallel).toBeNull();
    expect(read('2017 Topps Update Aaron Judge #US99 SP').parallel).toBe('sp');
  });

  it('reads RP as Rookie Patch beside an autograph, relic or numbering, else as a reprint', () => {
    expect(read('2020 Immaculate Joe Burrow RP Auto /49')).toMatchObject({
      relic: true,
      rookie: true,
      noise: [],
    });
    expect(read('1952 Topps Mickey Mantle #311 RP').noise).toEqual(['reprint']);
  });

  it('reads Topps Tribute as a set and a tribute card as a reprint', () => {
    expect(read('2021 Topps Tribute Shohei Ohtani Blue /150').noise).toEqual([]);
    expect(read('Mickey Mantle Tribute Card 1952 Style').noise).toEqual(['reprint']);
  });

  it('reads 1st Bowman as a rookie card but not card #1 or a first-round pick', () => {
    expect(read('2013 Bowman Chrome Christian Yelich 1st Bowman').rookie).toBe(true);
    expect(read('2021 Bowman Draft Chrome Jackson Jobe #BDC-150 1st').rookie).toBe(true);
    expect(read('1996 Topps Derek Jeter #1').rookie).toBe(false);
    expect(read('2023 Bowman Chrome Holliday 1st round pick').rookie).toBe(false);
  });

  it('keeps "Mega Box Mojo" a single card and a sealed Mega Box sealed', () => {
    expect(read('2020 Bowman Chrome Mega Box Jasson Dominguez Mojo Refractor').noise).toEqual([]);
    expect(read('2022 Bowman Chrome Mega Box').noise).toEqual(['sealed']);
  });
});

describe('autographs and rookies', () => {
  it.each([
    ['2021 Prizm Justin Fields On-Card Auto', true],
    ['2020 Select Herbert Sticker Auto /99', true],
    ['Mike Trout Signed 2011 Topps Update JSA', true],
    ['2017 Topps Update Aaron Judge #US99 Non-Auto', false],
    ['2021 Topps Chrome Wander Franco NO AUTO', false],
    ['Derek Jeter 1993 SP Facsimile Signature', false],
  ])('%s → autograph %s', (title, autograph) => {
    expect(read(title).autograph).toBe(autograph);
  });

  it('reads RPA as autograph, relic and rookie', () => {
    expect(read('2020 National Treasures Justin Herbert RPA /99')).toMatchObject({
      autograph: true,
      relic: true,
      rookie: true,
    });
  });

  it('does not call a pre-rookie or a Rookie Cup card a rookie', () => {
    expect(read('2016 Bowman Chrome Juan Soto Pre-Rookie').rookie).toBe(false);
    expect(read('2018 Topps Aaron Judge All-Star Rookie Cup').rookie).toBe(false);
    expect(read('1989 Fleer Griffey XRC').rookie).toBe(true);
  });
});

describe('numbers', () => {
  it.each([
    ['Gold Refractor /50', 50, null],
    ['Orange #/25 Rookie', 25, null],
    ["Orange Refractor #'d /25", 25, null],
    ['Red Refractor 3/5', 5, 3],
    ['Blue 089/150', 150, 89],
    ['Black 1/1', 1, 1],
    ['Orange Wave numbered to 25', 25, null],
    ['Rookie Patch Auto 1 of 1', 1, 1],
    ['Topps Gold /2019', 2019, null],
  ])('%s → serial %s', (title, serial, serialNumber) => {
    expect(read(`2020 Topps Chrome Player ${title}`)).toMatchObject({ serial, serialNumber });
  });

  it('reads card numbers, not serials, from #US175, #150 and BDC-150', () => {
    expect(read('2011 Topps Update Mike Trout #US175')).toMatchObject({ cardNumber: 'US175', serial: null });
    expect(read('2018 Topps Chrome Ohtani #150 RC')).toMatchObject({ cardNumber: '150', serial: null });
    expect(read('2021 Bowman Draft Chrome BDC-150')).toMatchObject({ cardNumber: 'BDC-150' });
    expect(read('2019 Bowman Chrome Prospect Auto Wander Franco CPA-WF').cardNumber).toBe('CPA-WF');
    expect(read('2023 Bowman Chrome #1 Draft Pick Holliday').cardNumber).toBeNull();
    expect(read('BGS 9.5 w/ 10 sub Ohtani').serial).toBeNull();
  });

  it.each([
    ['2019 Panini Prizm Kyler Murray #301 /10 Gold Prizm Rookie', 10, null, '301'],
    ['2019 Panini Prizm Kyler Murray #301/10 Gold Prizm', 10, null, '301'],
    ['2015-16 SP Authentic Connor McDavid #151 /999 Auto RC', 999, null, '151'],
    ['Curry 2009-10 Topps Rookie #321 /99 PSA 10', 99, null, '321'],
    ['2020 Topps Chrome Trout Orange Refractor #5 /25', 25, null, '5'],
    ['2020 Topps Chrome Trout Orange Refractor #5/25', 25, 5, null],
  ])('reads a card number written before its print run: %s', (title, serial, serialNumber, cardNumber) => {
    expect(read(title)).toMatchObject({ serial, serialNumber, cardNumber });
  });

  it.each([
    '2024 Topps Now Shohei Ohtani 50/50 Club Dodgers',
    '2023 Topps Now Ronald Acuna Jr. 40/70 Season',
    '2023 Topps Chrome Acuna 40/40 club',
    'Dallas Cowboys Break Spot 2023 Prizm Football 1/2 Case PYT',
    '2024 Bowman Chrome 1/4 box break spot Yankees',
  ])('does not read an achievement or a share of a case as numbering: %s', (title) => {
    expect(read(title)).toMatchObject({ serial: null, serialNumber: null });
  });

  it('still reads a copy numbered like an achievement, and a case hit numbered', () => {
    expect(read('2024 Topps Now Ohtani 50/50 Club Gold /10').serial).toBe(10);
    expect(read('2023 Topps Chrome Acuna Gold 50/50')).toMatchObject({ serial: 50, serialNumber: 50 });
    expect(read('2023 Topps Chrome Gold 3/5 Case Hit')).toMatchObject({ serial: 5, serialNumber: 3 });
  });

  it.each([
    ['2020 Bowman Chrome Jasson Dominguez Gold Shimmer Refractor #/50 1st Bowman', null],
    ['2023 Bowman Chrome Ethan Salas Refractor #/499 1st Bowman #BCP-1', 'BCP-1'],
    ['2020 Bowman Chrome Dominguez Refractor #/499 2nd Year', null],
    ['Corbin Carroll 2023 Chrome Gold #/50 NM-MT', null],
    ['#/99 2019-20 Panini Prizm Zion Williamson', null],
    ['2020 Panini Prizm Joe Burrow Blue Prizm #/199 307 RC', '307'],
    ['2023 Bowman Draft Chrome Max Clark 1st Bowman #BDC-12 Draft Pick Tigers', 'BDC-12'],
    ['2023 Bowman Draft Chrome Max Clark #BDC-1 Draft Pick', 'BDC-1'],
    ['2021 Bowman Chrome Prospect Auto #CPA-JH 1st Overall Pick', 'CPA-JH'],
    ['2023 Bowman Chrome #1 Draft Pick Holliday', null],
    ['2023 Bowman Chrome Holliday #1 Overall Pick', null],
  ])('reads the card number, not a print run, an ordinal or a rank: %s → %s', (title, cardNumber) => {
    expect(read(title).cardNumber).toBe(cardNumber);
  });

  it.each([
    ['86-87 Fleer Karl Malone #68 RC Jazz', 1986, 1987],
    ['Karl Malone 86-87 Fleer #68', 1986, 1987],
    ['Fleer 86-87 Karl Malone #68', 1986, 1987],
    ['93-94 Upper Deck Michael Jordan #23', 1993, 1994],
    ['99-00 Upper Deck Vince Carter Rookie', 1999, 2000],
    ['19-20 Prizm Zion Williamson Rookie', 2019, 2020],
  ])('reads a two-digit season at the start or beside a set: %s', (title, year, seasonEnd) => {
    expect(read(title)).toMatchObject({ year, seasonEnd });
  });

  it('reads no year from two-digit ranges elsewhere', () => {
    expect(read('Michael Jordan Lot 86-87 cards').year).toBeNull();
    expect(read('Jordan #86-87 Fleer').year).toBeNull();
    expect(read('Trout 11-12 wins Topps').year).toBeNull();
  });

  it('reads years and seasons, never from a serial', () => {
    expect(read('2019-20 Panini Prizm Zion')).toMatchObject({ year: 2019, seasonEnd: 2020 });
    expect(read("'86 Fleer Jordan").year).toBe(1986);
    expect(read('Topps Gold /2021 Trout').year).toBeNull();
  });
});

describe('noise', () => {
  it.each([
    ['Lot of 5 2019 Topps Pete Alonso RC', 'lot'],
    ['(10) 2020 Topps Luis Robert RC', 'lot'],
    ['Mike Trout x10 2011 Topps Update', 'lot'],
    ['2022 Topps Chicago Cubs Team Set', 'lot'],
    ['2021 Topps Chrome Rookies You Pick', 'you_pick'],
    ['2020 Prizm Base Rookies PYP', 'you_pick'],
    ['2022 Topps Series 1 Choose Your Card', 'you_pick'],
    ['1909 T206 Honus Wagner Reproduction', 'reprint'],
    ['Babe Ruth 1933 Goudey Facsimile', 'reprint'],
    ['Patrick Mahomes Fan Made Proxy', 'custom'],
    ['Mike Trout ACEO Art Card', 'custom'],
    ['Shohei Ohtani NFT Topps Digital', 'digital'],
    ['2022 Bowman Chrome Code Card Unused', 'digital'],
    ['Dallas Cowboys Break Spot 2023 Optic', 'break'],
    ['Live Box Break 2022 Prizm PYT', 'break'],
    ['2021 Topps Chrome Blaster Box Sealed', 'sealed'],
    ['Vintage Repack Mystery Box', 'sealed'],
    ['2021 Topps Chrome Auto Redemption Card', 'redemption'],
  ])('%s → %s', (title, code) => {
    expect(read(title).noise).toContain(code);
  });

  it.each([
    'Bryce Harper 2012 Bowman Chrome Purple Refractor NOT A REPRINT',
    '2019 Prizm Zion Fast Break Prizm Rookie',
    '2021 Upper Deck Sweet Spot Signatures Gretzky Auto',
    '2018 Prizm Luka Doncic Set Break Base Rookie',
    '2022 Topps Chrome Case Hit Julio Rodriguez',
    '2023 Topps Series 1 Elly De La Cruz Pack Fresh',
    '2020 Bowman Chrome Blaster Exclusive Green Refractor',
  ])('is not noise: %s', (title) => {
    expect(read(title).noise).toEqual([]);
  });

  it.each([
    '2020 Panini Prizm Justin Herbert Silver Prizm RC pulled from hobby box pack fresh',
    '2021 Topps Chrome Tatis from hobby box',
    '2024 Topps Chrome Wyatt Langford RC straight from sealed pack to toploader Rangers',
    '2019 Topps Chrome Tatis Jr RC pulled from a 2019 Topps Chrome hobby box',
    'Wander Franco RC out of a fresh blaster box',
    'Elly De La Cruz RC pulled from mega box',
    'Mahomes 2017 Prizm RC pulled from a case break',
    '2023 Topps Chrome Jumbo Box Topper Elly De La Cruz Rookie Reds',
    '2023 Bowman Chrome Hobby Box Topper Jackson Holliday',
    '2023 Bowman Chrome Hobby Box Exclusive Jackson Holliday',
    '2019 Topps Chrome Record Breakers Aaron Judge Insert Yankees',
    '1995 Fleer Ultra Ground Breakers Ken Griffey Jr',
    '2023 Upper Deck Ice Breakers Connor McDavid',
    '2022 Topps Deal Breakers Shohei Ohtani',
  ])('reads a card out of sealed product or an insert set as a card: %s', (title) => {
    expect(read(title).noise).toEqual([]);
  });

  it.each([
    ['2023 Topps Chrome Hobby Box Sealed', 'sealed'],
    ['Case of 12 hobby boxes 2023 Topps Chrome', 'sealed'],
    ['2023 Topps Chrome 1 pack from hobby box', 'sealed'],
    ['Break spot from 2023 Prizm case break', 'break'],
    ['Jaspys Breakers 2023 Prizm Football Live', 'break'],
  ])('still reads the product itself as noise: %s', (title, code) => {
    expect(read(title).noise).toContain(code);
  });

  it('reads a "facsimile signature" on a card of a named release as printed on a genuine card', () => {
    for (const title of [
      '1997-98 SP Authentic Kobe Bryant #1 facsimile signature NO AUTO Lakers',
      '1954 Topps Hank Aaron #128 facsimile signature not signed',
      '1996 Topps Chrome Kobe #138 facsimile signature non-auto',
      '2024 Topps Heritage Shohei Ohtani #300 facsimile signature',
      '1990 Fleer Jerry Rice facsimile signature 49ers',
      '2019 Panini Contenders Kyler Murray Rookie Ticket (facsimile signature, not auto)',
    ]) {
      expect(read(title)).toMatchObject({ noise: [], autograph: false });
    }
    // Without a release, beside "reprint" or "RP", or signed "in facsimile": a reprint.
    for (const title of [
      'Kobe Bryant facsimile signature no auto',
      'Kobe Bryant 1996 Topps #138 facsimile signature reprint no auto',
      'Babe Ruth 1933 Goudey Facsimile Signed #144 not auto',
      'Babe Ruth Facsimile Signed Card Yankees Great Gift',
      'Mike Trout 2009 Bowman Chrome Auto RP Facsimile Autograph',
    ]) {
      expect(read(title).noise).toEqual(['reprint']);
    }
  });

  it('reads a break of a sealed case as a break, not as sealed product', () => {
    expect(read('2023 Bowman Chrome Hobby Case Break Random Team Spot').noise).toEqual(['break']);
  });

  it('flags condition problems, unless negated', () => {
    expect(read('2011 Topps Update Trout RC Creased').damaged).toBe(true);
    expect(read('2018 Topps Chrome Ohtani RC No Creases Sharp').damaged).toBe(false);
  });
});

describe('second holdout: provenance, holders, sets, hoped-for grades, facsimiles, parallels', () => {
  it('reads "off the pack" and "out the pack" as where one card came from', () => {
    for (const title of [
      'Mint/Gem Mint 2019 Topps Chrome Fernando Tatis Jr RC #203 Off the pack',
      '2018 Topps Chrome Ohtani RC fresh off the pack',
      'Luka Doncic 2018 Prizm RC straight out the pack',
      'Wemby Select RC pulled off a hobby box',
      'Trout 2011 Update out the blaster #US175',
    ]) {
      expect(read(title).noise).toEqual([]);
    }
    expect(read('2023 Prizm Football Hobby Pack Sealed').noise).toEqual(['sealed']);
    expect(read('Sold out hobby box 2023 Prizm').noise).toEqual(['sealed']);
  });

  it('reads "sealed in" a card holder as one protected card, not sealed product', () => {
    for (const title of [
      'Wemby Gold Vinyl 1/1 Sealed in One Touch 2023-24 Select RC',
      'Luka 2018 Prizm Silver sealed inside a magnetic holder',
      'Trout 2011 Update #US175 sealed in top loader',
      'Ohtani RC sealed in penny sleeve and team bag',
      '2020 Prizm Burrow RC Sealed in the slab',
    ]) {
      expect(read(title).noise).toEqual([]);
    }
    expect(read('2023 Prizm Hobby Box sealed in original wrap').noise).toEqual(['sealed']);
    expect(read('Factory sealed in shrink wrap 2023 Topps').noise).toEqual(['sealed']);
  });

  it('reads a complete set or a run of card numbers in a set as a lot, one "Base Set" card as a card', () => {
    for (const title of [
      '2023 Topps Series 1 Base Set 1-330 Complete NM',
      '2021 Topps Series 2 Base Set #331-660',
      '1986 Fleer Basketball Complete 1-132',
      '2022 Prizm Base Set Complete Rookies Vets',
    ]) {
      expect(read(title).noise).toEqual(['lot']);
    }
    expect(read('2023 Topps Base Set #27 Mike Trout')).toMatchObject({ noise: [], cardNumber: '27' });
    expect(read('1986-87 Fleer Jordan Base Set #57').noise).toEqual([]);
    expect(read('Complete Rookie 2023 Topps Gunnar Henderson').noise).toEqual([]);
  });

  it('reads a question mark after a grade word as a hoped-for grade, and "not PSA 10" as no grade', () => {
    for (const title of [
      'Jordan 1986 Fleer #57 RC GEM? Sharp corners must see',
      '2024 Prizm WNBA Caitlin Clark Rookie RC #22 Fever gem?',
      '2021 Topps Chrome Wander Franco RC Pristine Condition PSA? Rays',
      'Ohtani 2018 Topps Chrome RC Gem Mint?',
      'Trout 2011 Update RC 10?',
    ]) {
      expect(read(title)).toMatchObject({ graded: false, grader: null, speculativeGrade: true });
    }
    expect(read('PSA 10 2018 Topps Chrome Ohtani gem?')).toMatchObject({ graded: true, grade: 10 });
    for (const title of [
      'Raw Ungraded - Not PSA 10 - 2019 Prizm Zion RC #248 soft corner',
      '2018 Prizm Luka RC raw, not a PSA 10',
      'Trout 2011 Update non PSA 9 ungraded',
    ]) {
      expect(read(title)).toMatchObject({ graded: false, grade: null, speculativeGrade: false });
    }
  });

  it('reads a facsimile signature as printed: no autograph', () => {
    for (const title of [
      'Facsimile Signed 1993 SP Derek Jeter RC Reprint',
      'Mike Trout 2009 Bowman Chrome Auto RP Facsimile Autograph',
      'Michael Jordan autographed facsimile rookie 1986',
    ]) {
      expect(read(title)).toMatchObject({ autograph: false, noise: ['reprint'] });
    }
    expect(read('Trout 2011 Topps Update Auto not facsimile').autograph).toBe(true);
  });

  it('reads Finite, Shock and Golden Mirror parallels whole', () => {
    expect(read('2021 Prizm Justin Fields Black Finite 1/1 Rookie Bears').parallel).toBe('black finite');
    expect(read('1/1 from case hit 2023 Prizm Bijan Robinson Black Finite RC').parallel).toBe('black finite');
    expect(read('2021 Donruss Optic Justin Fields Purple Shock Blaster Exclusive RC').parallel).toBe(
      'purple shock',
    );
    expect(read('2022 Optic Pink Shock Garrett Wilson RC').parallel).toBe('pink shock');
    expect(read('2024 Topps Series 1 Jackson Holliday RC Golden Mirror SSP').parallel).toBe('golden mirror');
    expect(read('2024 Topps Golden Mirror Ohtani #17').parallel).toBe('golden mirror');
  });

  it('reads a colour after a team name as the team colour when the parallel is named elsewhere', () => {
    expect(read('2020 Mosaic Justin Jefferson Reactive Blue RC #209 Vikings Purple').parallel).toBe(
      'reactive blue',
    );
    expect(read('2018 Prizm Luka Doncic Silver #280 Mavericks Blue').parallel).toBe('silver');
    expect(read('2020 Prizm Justin Herbert Chargers Silver').parallel).toBe('silver');
    expect(read('LeBron Lakers Gold Prizm /10').parallel).toBe('gold prizm');
    expect(read('Devers Red Sox Red Refractor').parallel).toBe('red refractor');
  });

  it('reads a decade as no year', () => {
    expect(read('Choose Your Card 1970s Topps Baseball Vintage Stars').year).toBeNull();
    expect(read('1980s Topps lot 1986 Fleer').year).toBe(1986);
    expect(read('2020s stars 2021 Topps Chrome').year).toBe(2021);
  });
});

describe('third holdout: multi-card sales, digital platforms, ranks, quantities, nicknames, poses', () => {
  it('reads two cards joined by "+", "&" or "and", each with its own number, as a lot', () => {
    expect(read('Wembanyama 2023-24 Prizm RC #136 + Hoops RC #271 Spurs').noise).toContain('lot');
    expect(read('Brady 2000 Bowman #236 & Playoff Contenders #144 RC').noise).toContain('lot');
    expect(read('Jordan 1986 Fleer #57 and 1987 Fleer #59').noise).toContain('lot');
    expect(read('Bijan Robinson Prizm #331+ Optic #209 rookies').noise).toContain('lot');
    // One card's parts, a holder, a rank, or a print run after the joiner: one card.
    expect(read('2020 Prizm Herbert #325 Auto + Patch /99').noise).toEqual([]);
    expect(read('Ohtani 2018 Topps #700 PSA 10 + case').noise).toEqual([]);
    expect(read('Wemby Prizm #136 RC + Auto').noise).toEqual([]);
    expect(read('Kobe Bryant Chrome #26 + #/99 refractor').noise).toEqual([]);
    expect(read('Cade Cunningham Prizm #1 & #1 pick').noise).toEqual([]);
  });

  it('reads NBA Top Shot moments and other digital collectible platforms as digital', () => {
    expect(read('NBA Top Shot Moment LeBron James Dunk Legendary #/99').noise).toEqual(['digital']);
    expect(read('TopShot Ja Morant Rare Moment /250').noise).toEqual(['digital']);
    expect(read('NFL All Day Patrick Mahomes Legendary TD').noise).toEqual(['digital']);
    expect(read('UFC Strike Conor McGregor Moment').noise).toEqual(['digital']);
    // "Moment" alone, "shot" in a card's name: not digital.
    expect(read('2023 Topps Now Moment of Silence Ohtani #1').noise).toEqual([]);
    expect(read('2022 Prizm Steph Curry Shot Callers Insert').noise).toEqual([]);
  });

  it('reads "#N Rated Rookie" and "#N RB Salzburg" as card numbers, "#1 rated prospect" and "#1 QB" as ranks', () => {
    expect(read('Charlotte Hornets LaMelo Ball 2020-21 Donruss Optic #153 Rated Rookie').cardNumber).toBe(
      '153',
    );
    expect(read('2018 Donruss Josh Allen #304 Rated Rookie PSA 10').cardNumber).toBe('304');
    expect(read('Optic #166 Rated RC Justin Jefferson').cardNumber).toBe('166');
    expect(read('2019-20 Topps Chrome UCL Erling Haaland RC #58 RB Salzburg').cardNumber).toBe('58');
    expect(read('Dominik Szoboszlai Topps Chrome UCL #17 RB Leipzig').cardNumber).toBe('17');
    expect(read('2017 Panini Prizm Christian McCaffrey #210 RB Panthers').cardNumber).toBe('210');
    expect(read('Wander Franco #1 rated prospect 2020 Bowman Chrome').cardNumber).toBeNull();
    expect(read('Jackson Holliday #1 rated 2023 Bowman').cardNumber).toBeNull();
    expect(read('Josh Allen #1 QB 2018 Prizm RC').cardNumber).toBeNull();
    expect(read('Barry Sanders #20 RB 1989 Score').cardNumber).toBeNull();
  });

  it('reads no serial from a print run or copies for sale, and "4,321" as one number', () => {
    expect(read('2023 Topps Now #500 Elly De La Cruz Print Run 4,321 Reds').serial).toBeNull();
    expect(read('2021 Topps Now Ohtani #OS-1 print run 821').serial).toBeNull();
    expect(read('Mike Trout 2011 Topps Update US175 RC - 1 of 3 available').serial).toBeNull();
    expect(read('Wemby Prizm #136 2 of 5 left').serial).toBeNull();
    expect(read('Judge 2017 Topps #287 3/10 in stock').serial).toBeNull();
    expect(read('Panini Instant Luka 1,250 made').serial).toBeNull();
    // Still serials.
    expect(read('Ohtani Gold Refractor 3 of 50').serial).toBe(50);
    expect(read('Numbered to 25 Trout Auto').serial).toBe(25);
    expect(read('Chrome Judge Orange /25 1 of 2 available').serial).toBe(25);
  });

  it('reads team nicknames and clubs with a colour as no parallel', () => {
    expect(read('1984 Topps John Elway #63 RC Broncos Orange Crush').parallel).toBeNull();
    expect(read('1970 Topps Alan Page Purple People Eaters Vikings').parallel).toBeNull();
    expect(read('1972 Topps Mean Joe Greene Steel Curtain').parallel).toBeNull();
    expect(read('1976 Topps Johnny Bench Big Red Machine').parallel).toBeNull();
    expect(read('2019 Topps Chrome Haaland RB Salzburg Red Bull').parallel).toBeNull();
    expect(read('1984 Topps Elway Orange Crush Orange Refractor').parallel).toBe('orange refractor');
    expect(read('Haaland RB Salzburg Gold Refractor /50').parallel).toBe('gold refractor');
  });

  it('reads a colour before "portrait" as a pose, not a parallel', () => {
    expect(read('T206 Ty Cobb Red Portrait Piedmont Back').parallel).toBeNull();
    expect(read('1909 T206 Ty Cobb Green Portrait SGC 2').parallel).toBeNull();
    expect(read('T206 Cobb Yellow Portrait Sweet Caporal').parallel).toBeNull();
    expect(read('2023 Topps Heritage Red Border Ohtani').parallel).toBe('red');
    expect(read('Cobb Red Portrait Gold Refractor reprint').parallel).toBe('gold refractor');
  });

  it('reads a single card "sealed in original pack" as one card, a pack so sealed as sealed', () => {
    expect(read('2023 Topps Now Shohei Ohtani #1 sealed in original pack').noise).toEqual([]);
    expect(read('Topps Now #OS-25 Judge Sealed in its original packaging').noise).toEqual([]);
    expect(read('Panini Instant #12 Wembanyama sealed inside the original wrapper').noise).toEqual([]);
    expect(read('1990 Fleer wax pack sealed in original wrapper').noise).toEqual(['sealed']);
    expect(read('Topps Now Ohtani #1 sealed in original box').noise).toEqual(['sealed']);
    expect(read('Judge #99 sealed hobby box').noise).toEqual(['sealed']);
  });

  it('reads "No." before a number as the number sign, not a negation', () => {
    expect(read('2017 Topps Chrome Aaron Judge No. 169 Auto')).toMatchObject({
      autograph: true,
      cardNumber: '169',
    });
    expect(read('1986 Fleer Michael Jordan RC Rookie No. 57 Signed').autograph).toBe(true);
    expect(read('Judge No 169 Auto')).toMatchObject({ autograph: true, cardNumber: '169' });
    expect(read('2017 Topps Chrome Aaron Judge No. 169 Reprint').noise).toEqual(['reprint']);
    expect(read('2000 BOWMAN BRADY NO. 236 BUNDLE').noise).toEqual(['lot']);
    expect(read('1986 FLEER JORDAN NO. 57 CREASE').damaged).toBe(true);
    // Counter-examples: "no" before a word still denies it; a rank or a count is no card number.
    expect(read('2017 Topps Chrome Judge #169 no auto').autograph).toBe(false);
    expect(read('Judge Auto No Creases #169').damaged).toBe(false);
    expect(read('Joe Burrow No 1 Pick Prizm').cardNumber).toBeNull();
    expect(read('Topps Judge lot no 2 cards alike').cardNumber).toBeNull();
  });

  it('reads "RR" in Panini titles and "YG" in Upper Deck titles as rookie cards', () => {
    expect(read('2018-19 Optic Luka Doncic RR #177 BGS 9.5').rookie).toBe(true);
    expect(read('2018 Donruss Josh Allen RR #303').rookie).toBe(true);
    expect(read('2015-16 UD YG McDavid #201 PSA 10').rookie).toBe(true);
    expect(read('2016-17 Upper Deck YG Auston Matthews #201').rookie).toBe(true);
    expect(read('2018 Topps Chrome Ohtani RR #150').rookie).toBe(false);
    expect(read('2018 Panini Prizm Doncic YG #280').rookie).toBe(false);
  });

  it('reads miscuts, surface scratches and dings as damage unless denied', () => {
    expect(read('Mahomes 2017 Prizm #269 Surface Scratch').damaged).toBe(true);
    expect(read('Mahomes 2017 Prizm #269 Corner Ding').damaged).toBe(true);
    expect(read('Mahomes 2017 Prizm #269 small dings').damaged).toBe(true);
    expect(read('1955 Bowman Mantle #202 miscut').damaged).toBe(true);
    expect(read('Mahomes 2017 Prizm #269 no dings sharp').damaged).toBe(false);
    expect(read('Mahomes 2017 Prizm #269 no surface scratches').damaged).toBe(false);
  });

  it('reads a custom case, holder or stand as protection, not a custom card', () => {
    expect(read('Caitlin Clark 2024 Prizm #22 RC In One Touch Custom Case').noise).toEqual([]);
    expect(read('Wembanyama Prizm RC #136 in custom holder').noise).toEqual([]);
    expect(read('Judge Chrome #169 with custom display stand').noise).toEqual([]);
    expect(read('Ohtani Custom Card ACEO').noise).toEqual(['custom']);
    expect(read('Custom Made Judge Rookie Card').noise).toEqual(['custom']);
  });

  it('reads Clear Cut, Retrofractor, Tri-Color and Young Guns Exclusives as parallels', () => {
    expect(read('2015-16 Upper Deck Young Guns Clear Cut McDavid #201').parallel).toBe('clear cut');
    expect(read('2019 Topps Chrome Tatis Retrofractor #203').parallel).toBe('retrofractor');
    expect(read('2017 Select Mahomes Concourse RC #24 Tri-Color Prizm').parallel).toBe('tri color prizm');
    expect(read('2015-16 Upper Deck Young Guns Exclusives McDavid #201 /100').parallel).toBe('exclusives');
    expect(read('2015-16 Upper Deck Young Guns McDavid #201 Blaster Exclusive').parallel).toBeNull();
  });

  it('reads "sticker" as the sticker product, except a sticker autograph or an authenticator\'s sticker', () => {
    expect(read('1986-87 Fleer Michael Jordan Sticker #8 PSA 8').setWords).toContain('sticker');
    expect(read('1986 Fleer Stickers Jordan #8').setWords).toContain('sticker');
    expect(read('2020 Select Herbert Sticker Auto RC /99')).toMatchObject({
      autograph: true,
      setWords: ['select'],
    });
    expect(read('Derek Jeter signed 1996 Topps PSA DNA sticker').setWords).toEqual(['topps']);
  });
});

describe('fifth and sixth holdouts: hedges, dual grades, lot numbers, ink, jersey numbers', () => {
  it.each([
    '2023-24 Prizm Wembanyama RC #136 Potential 10 Fresh Pack Pulled',
    'Jalen Hurts 2020 Prizm Rookie #334 Eagles 💎 Gem candidate',
    '1980 Topps Rickey Henderson RC #482 looks 9ish sharp L@@K',
    'Looks like a PSA 9 to me 😃 2019 Prizm Zion #248 RC',
  ])('reads a hoped-for grade without a slab as speculative: %s', (title) => {
    expect(read(title)).toMatchObject({ graded: false, grade: null, speculativeGrade: true });
  });

  it.each([
    ['2019 Prizm Zion Williamson #248 PSA 9 MINT (should be a 10 IMO)', 'PSA', 9],
    ['BGS 9.5 crack out candidate PSA 10? 2018 Prizm Trae Young #78 RC', 'BGS', 9.5],
    ['2018 Topps Chrome Shohei Ohtani RC #150 graded 9 by HGA Angels', 'HGA', 9],
    ['PSA/DNA 9 Auto 10 Ken Griffey Jr Signed 1989 Donruss #33 RC Mariners', 'PSA', 9],
    ['#321 Topps MINT9 PSA Stephen Curry', 'PSA', 9],
  ])('reads the slab a seller hopes to better, or names oddly: %s', (title, grader, grade) => {
    expect(read(title)).toMatchObject({ graded: true, grader, grade, speculativeGrade: false });
  });

  it('reads no grade from a card number before a grader, and the grader-less cracked-out copy as raw', () => {
    const bas = read('Shohei Ohtani Autographed 2018 Topps Update #US1 Beckett BAS Authenticated');
    expect(bas).toMatchObject({ graded: false, grade: null, cardNumber: 'US1' });
    expect(read('2019 Prizm Zion cracked out of PSA 9')).toMatchObject({ graded: false });
  });

  it('reads an auction lot number, a custom holder, a denied replica and a live-break pull as no noise', () => {
    expect(read('Lot #112: 1952 Topps Jackie Robinson #312 SGC 3 VG Dodgers').noise).toEqual([]);
    expect(read('2020 Prizm Herbert Silver RC #325 in Custom Magnetic One-Touch').noise).toEqual([]);
    expect(read('NOT A REPRINT OR REPLICA! 1986 Fleer Michael Jordan #57 RC Bulls').noise).toEqual([]);
    expect(read('Card pulled from our live break - Wemby Prizm Silver RC #136').noise).toEqual([]);
    expect(read('2020 Optic Jefferson RC Bundle #166').noise).toEqual(['lot']);
    expect(read('Lot of 5 2020 Optic Jefferson RC').noise).toEqual(['lot']);
  });

  it('reads a digital pack as digital only, "UPICK" and a pair as noise', () => {
    expect(read('MLB The Show 24 Code Card Diamond Dynasty Pack').noise).toEqual(['digital']);
    expect(read('1972 Topps Baseball UPICK VG-EX set fillers').noise).toContain('you_pick');
    expect(read('Patrick Mahomes 2017 Donruss Rated Rookie #327 + Optic Rookie Pair').noise).toContain('lot');
  });

  it('reads an ink colour and a jersey number as no parallel and no relic', () => {
    expect(read('Derek Jeter Signed 1997 Topps Card Blue Sharpie Auto').parallel).toBeNull();
    expect(read('Justin Jefferson 2020 Select RC Jersey # Match Vikings').relic).toBe(false);
    expect(read('Michael Jordan 1997 Upper Deck Game Jersey #GJ13 Bulls').relic).toBe(true);
    expect(read('2021 Topps Chrome Blue Refractor Acuna').parallel).toBe('blue refractor');
  });

  it('reads a count of cards written apart ("3 x", "x 2") as a lot, a collaboration "x" as none', () => {
    expect(read('3 x 2020 Prizm Joe Burrow #307 Bengals').noise).toEqual(['lot']);
    expect(read('2018 Prizm Josh Allen BGS 9 X 2').noise).toEqual(['lot']);
    expect(read('Topps x Bape Derek Jeter').noise).toEqual([]);
  });

  it('reads the 2011 Topps Diamond Anniversary parallels', () => {
    expect(read('2011 Topps Update Diamond Anniversary Mike Trout US175').parallel).toBe(
      'diamond anniversary',
    );
    expect(read('2011 Topps Update Trout Cognac Diamond CGC 9.5').parallel).toBe(
      'cognac diamond anniversary',
    );
  });

  it('reads a two-digit soccer season as no numbering, a /25 copy as numbered', () => {
    expect(read('Bellingham Topps Chrome Champions League 20/21 RC').serial).toBeNull();
    expect(read('Haaland 19/20 Topps Chrome UCL RC').serial).toBeNull();
    expect(read('Trout Gold Refractor 24/25').serial).toBe(25);
  });

  it('reads centering shares of 100 as no numbering, a copy numbered beside "centered" as numbered', () => {
    expect(read('Zion 2019-20 Prizm #248 RC Raw Centering 50/50').serial).toBeNull();
    expect(read('2023-24 Young Guns Fantilli Exclusives 12/100 RC Centered').serial).toBe(100);
  });
});

describe('eighth holdout (adversarial): hopes, honours, populations, pulls, jersey numbers', () => {
  it.each([
    'Looks PSA 10 to me - 2020 Select Joe Burrow #44 Concourse RC',
    'PSA-10 Gem Mint grade? 2024 Topps Chrome Update Paul Skenes RC',
    'Mint 9+ raw 1986 Fleer Michael Jordan #57 Rookie',
    'Ready to submit! 2023 Bowman Chrome Dylan Crews 1st Gem',
    'Mystery Repack! Chance at PSA 10 Jordan - Hot Box',
    'PSA 9-10 candidate 2009 Topps Stephen Curry #321',
  ])('reads a hoped-for grade: %s', (title) => {
    expect(read(title)).toMatchObject({ graded: false, speculativeGrade: true });
  });

  it('reads a slab hoping for the next grade as the slab, and "looks great" as no hope', () => {
    expect(read('BGS 9.5 - 10 candidate on resub - 2020 Prizm LaMelo Ball #278 RC')).toMatchObject({
      graded: true,
      grader: 'BGS',
      grade: 9.5,
    });
    expect(read('Looks great PSA 10 Mike Trout 2011 Update')).toMatchObject({ graded: true, grade: 10 });
  });

  it('reads honours, a population and cards per pack as no lot and no numbering', () => {
    expect(read('2x MVP Stephen Curry 2009 Topps Chrome #101 Rookie PSA 9').noise).toEqual([]);
    expect(read('Sealed 2023 Prizm Basketball Hobby Pack - 12 cards per pack').noise).toEqual(['sealed']);
    expect(read('2018 Topps Chrome Ronald Acuna Jr. RC #193 40/70 PSA 10 Braves').serial).toBeNull();
    expect(read('PSA 10 Pop 1 of 12 2022 Topps Chrome Julio Rodriguez RC').serial).toBeNull();
    expect(read('2023 Topps Chrome Acuna Gold 50/50').serial).toBe(50);
    expect(read('Lot of 5 Mike Trout 2011 Update').noise).toEqual(['lot']);
  });

  it('reads a break hit, a factory-set pull and a Topps Now cello as one card', () => {
    expect(read('Break hit! 2022 Bowman Chrome Elly De La Cruz Auto Refractor /499').noise).toEqual([]);
    expect(read('1989 Topps Traded Ken Griffey Jr. #41T RC Pulled From Factory Set').noise).toEqual([]);
    expect(read('2024 Topps NOW Shohei Ohtani 50/50 sealed in original cello').noise).toEqual([]);
    expect(read('Complete Factory Set 2023 Topps Series 1').noise).toContain('lot');
  });

  it('reads "Jersey #99" as the player\'s number and a college or team nickname as no parallel', () => {
    expect(read('1980 O-Pee-Chee Wayne Gretzky #250 Jersey #99 Oilers PSA 8').relic).toBe(false);
    expect(read('Michael Jordan 1997 Upper Deck Game Jersey #GJ13 Bulls').relic).toBe(true);
    expect(read('2003 Topps Chrome Carmelo Anthony #113 RC PSA 10 Syracuse Orange').parallel).toBeNull();
    expect(read('2020 Topps Chrome F1 Lewis Hamilton #1 Mercedes Silver Arrows').parallel).toBeNull();
  });
});

describe('ninth holdout: the whole hobby', () => {
  it('reads Hoops and Prizm Tribute as products, a lone tribute card as a reprint', () => {
    expect(read('2022-23 Panini Hoops Stephen Curry Tribute Warriors').noise).toEqual([]);
    expect(read('Michael Jordan Tribute Card Bulls Legend').noise).toEqual(['reprint']);
  });

  it('reads design colours, older parallels, seasons in two digits and T206', () => {
    expect(read('1933 Goudey Babe Ruth #149 Red Background SGC 2').parallel).toBeNull();
    expect(read('1991 Topps Desert Shield Chipper Jones #333 PSA 8').parallel).toBe('desert shield');
    expect(read('1987 Fleer Glossy Barry Bonds #604 PSA 9').parallel).toBe('glossy');
    expect(read('2022 Donruss Travis Kelce Press Proof Red #136 /75').parallel).toContain('press proof');
    expect(read('Ovi 05/06 UD YG RC BGS 9.5').serial).toBeNull();
    expect(read('1990 Topps Frank Thomas RC #414 Near Mint - 9/10 quality').serial).toBeNull();
    expect(read('T206 Ty Cobb Red Portrait Piedmont Back').year).toBe(1909);
    expect(read('2023 Topps Chrome Update Elly De La Cruz RC Refractor Surface Dent').damaged).toBe(true);
  });
});

describe('tenth holdout: search result pages', () => {
  it('reads a card code before its print run as the card number, a partial set as a lot', () => {
    expect(read('2011 Topps Update Mike Trout Black #US175 /60 RC')).toMatchObject({
      cardNumber: 'US175',
      serial: 60,
      serialNumber: null,
    });
    expect(read('1986 Fleer Basketball Partial Set 100/132 No Jordan').noise).toEqual(['lot']);
  });
});

describe('third blind market generator: grade words, certificates, bare qualifiers', () => {
  it.each([
    ['PSA NEAR MINT 7 1986-87 Fleer Michael Jordan', 'PSA', 7],
    ['PSA Excellent 5 1955 Topps Roberto Clemente 164', 'PSA', 5],
    ['SGC Excellent 5 1969 Topps Reggie Jackson', 'SGC', 5],
    ['PSA GOOD 2 Roberto Clemente 1955 Topps #164', 'PSA', 2],
    ['PSA VG-EX 4 1952 Topps Mickey Mantle #311', 'PSA', 4],
  ])('reads the grade after its words: %s', (title, grader, grade) => {
    expect(read(title)).toMatchObject({ graded: true, grader, grade });
  });

  it('reads no card number from a certificate, and ST apart from the grade as the stain qualifier', () => {
    expect(read('Graded PSA 9 2018 Topps Chrome Shohei Ohtani RC Cert #62718773').cardNumber).toBeNull();
    expect(read('2012 Topps Update Bryce Harper #US-183 PSA 9 ST').gradeQualifier).toBe('ST');
    expect(read('2012 Topps Albert Pujols PSA 9 St. Louis Cardinals').gradeQualifier).toBeNull();
    expect(read('2020 Optic Jefferson PSA 9 1st Down').gradeQualifier).toBeNull();
  });
});

describe('fourth blind match set: card codes before a nickname, inserts', () => {
  it('reads "#T247 Cards" as a card number and the team, not 247 cards', () => {
    expect(read('Pujols 2001 Topps Traded RC #T247 Cards')).toMatchObject({ cardNumber: 'T247', noise: [] });
    expect(read('Lot of 5 cards 2001 Topps Traded')).toMatchObject({ noise: ['lot'] });
  });
});

describe('eleventh holdout: international sellers and listing tools', () => {
  it('reads dotted acronyms, Spanish hedges, "Gm Mt" and em dashes', () => {
    expect(read('P.S.A. 10 GEM MINT 2020 Panini Prizm Justin Herbert Rookie #325')).toMatchObject({
      graded: true,
      grader: 'PSA',
      grade: 10,
    });
    expect(read('B.G.S 9.5 2019-20 Prizm Zion Williamson R.C. #248')).toMatchObject({
      grader: 'BGS',
      grade: 9.5,
      rookie: true,
    });
    expect(read('Posible PSA 10 - Lionel Messi 2014 Prizm World Cup #12')).toMatchObject({
      graded: false,
      speculativeGrade: true,
    });
    expect(read('Gm Mt 2020 Prizm Justin Herbert RC #325 raw').speculativeGrade).toBe(true);
    expect(read('JUAN SOTO\u20142018 TOPPS UPDATE\u2014US300\u2014RC')).toMatchObject({
      year: 2018,
      cardNumber: 'US300',
    });
    expect(read('A.J. Brown 2020 Prizm').normalizedTitle).toContain('aj brown');
  });

  it('reads lots and sealed product named in Spanish, Italian and German', () => {
    expect(read('Lote de 5 tarjetas Lionel Messi Topps Chrome UCL 2021-22').noise).toContain('lot');
    expect(read('Konvolut 15 Karten Bundesliga Topps Match Attax 2021/22').noise).toContain('lot');
    expect(read('Paquete sellado Panini Adrenalyn XL Mundial 2022').noise).toContain('sealed');
  });
});

describe('twelfth holdout: slab label copy, condition words, noise look-alikes', () => {
  it('reads a jersey number before the team apart from the card number after it', () => {
    expect(read('Wayne Gretzky #99 Oilers 1988-89 Topps #120').cardNumber).toBe('120');
    expect(read('Michael Jordan #23 Chicago Bulls 1997-98 Topps Chrome Refractor #123').cardNumber).toBe(
      '123',
    );
    // One number only, or a print run after it: the number before the team is the card's.
    expect(read('2018 Prizm Luka Doncic #280 Mavericks RC').cardNumber).toBe('280');
    expect(
      read('2022 Chrome Bobby Witt Jr. #90 Green Refractor #/99 Rookie Kansas City Royals').cardNumber,
    ).toBe('90');
  });

  it('reads "10/10 centering" as a judgement of the copy and "potential gem" as a hoped-for grade', () => {
    expect(read('2019 Topps Chrome Pete Alonso RC Refractor #204 10/10 centering sharp').serial).toBeNull();
    expect(read('fresh pull potential gem 💎 2023 Topps Chrome Gunnar Henderson RC')).toMatchObject({
      graded: false,
      speculativeGrade: true,
    });
  });

  it('keeps single cards whose titles hold noise or autograph words', () => {
    for (const title of [
      '2023 Score Anthony Richardson Break-out Rookie insert',
      'Sealed in PSA slab - PSA 10 GEM MT 2023 Topps Chrome Gunnar Henderson RC #10',
      '2023 Topps Chrome Update Jackson Holliday Auto Redemption - REDEEMED, card in hand',
    ]) {
      expect(read(title).noise).toEqual([]);
    }
    expect(read('1991 Traks Auto Racing Dale Earnhardt Sr Card #1 NASCAR').autograph).toBe(false);
    expect(read('Juan Soto 2018 Topps Update RC #US300 - just signed w/ Mets').autograph).toBe(false);
    expect(read('2022 Contenders Purdy Rookie Ticket Auto Redemption').noise).toEqual(['redemption']);
  });

  it('names a printing plate without its ink colour', () => {
    expect(read('2023 Bowman Draft Chrome Wyatt Langford Cyan Printing Plate 1/1 #BDC-1').parallel).toBe(
      'printing plate',
    );
  });
});

describe('sixth blind match set: two slabs in one listing', () => {
  it('reads two graded cards joined by "+" or "&" as a lot, one slab with its case or auto grade as one card', () => {
    expect(read('2023-24 Upper Deck Young Guns Bedard PSA 10 + Fantilli YG PSA 10').noise).toEqual(['lot']);
    expect(read('Luka Prizm PSA 10 & BGS 9.5').noise).toEqual(['lot']);
    expect(read('2018 Prizm Luka PSA 10 + case').noise).toEqual([]);
    expect(read('Trout 2011 Update PSA 9 Auto 10').noise).toEqual([]);
  });
});

describe('eleventh blind match set: slab labels', () => {
  it('reads a qualifier after the label words ("PSA 9 MINT OC"), never on a 10', () => {
    expect(read('2019-20 Prizm Ja Morant #249 RC PSA 9 MINT OC off-center')).toMatchObject({
      grade: 9,
      gradeQualifier: 'OC',
    });
    expect(read('1986 Fleer Jordan #57 PSA 8 NM-MT (MK)')).toMatchObject({ grade: 8, gradeQualifier: 'MK' });
    expect(read('PSA 10 GEM MINT Off Center Luka').gradeQualifier).toBeNull();
  });
});

describe('an outside evaluator through kuya-comps fmv: titles', () => {
  it('reads "Crease Free Shipping" as a crease and "Silver Pack Fresh" as the silver parallel', () => {
    expect(read('2019-20 Prizm Ja Morant 249 Soft Corners Crease Free Shipping').damaged).toBe(true);
    expect(read('2019-20 Prizm Ja Morant 249 Crease Free').damaged).toBe(false);
    expect(read('2020-21 Prizm LaMelo Ball Rookie Card Silver Pack Fresh').parallel).toBe('silver');
  });
});

describe('twelfth blind match set: titles', () => {
  it('ends a negation at a comma ("No COA, Crease on back")', () => {
    expect(read('1989 Upper Deck Ken Griffey Jr Signed Rookie No COA, Crease on back').damaged).toBe(true);
    expect(read('1989 Upper Deck Ken Griffey Jr Rookie No Crease').damaged).toBe(false);
  });
});

describe('fourteenth holdout: asks as sellers dress them', () => {
  it('keeps marketing and denials out of the noise codes', () => {
    for (const title of [
      '1933 Goudey Lou Gehrig #92 Yankees Torn Corner AUTHENTIC NOT A RP',
      'Michael Jordan 1996 Upper Deck Printed Signature Facsimile Bulls',
      'Aaron Judge 2025 Topps Series 1 #99 Yankees 6x All-Star x6 Captain',
      '2011 Topps Update Mike Trout No. US175 Sharp',
    ]) {
      expect(read(title).noise).toEqual([]);
    }
    expect(read('2024 Topps Series 1 Code Card Unused Topps Digital Redeem Online').noise).toEqual([
      'digital',
    ]);
    expect(read('1989 Upper Deck Baseball Factory Sealed Set Griffey Jr RC').noise).toEqual([
      'sealed',
      'lot',
    ]);
    expect(read('2011 Topps Update Mike Trout No. US175 Reprint').noise).toEqual(['reprint']);
  });

  it('reads "1 OF 1?" as hype, "Tack Hole" as damage, "Black Borders" as the design, "CGC Perfect 10" as a tier', () => {
    expect(read('2024 Topps Chrome Wyatt Langford RC Rangers 1 OF 1?? MUST SEE').serial).toBeNull();
    expect(read('1960 Topps Carl Yastrzemski #148 Rookie Tack Hole').damaged).toBe(true);
    expect(read('1971 Topps Roberto Clemente #630 BLACK BORDERS SHARP').parallel).toBeNull();
    expect(read('2020 Prizm Joe Burrow #307 RC CGC Perfect 10')).toMatchObject({
      graded: true,
      grade: 10,
      gradeQualifier: 'perfect',
    });
  });
});

describe('a second outside evaluator: grades', () => {
  it('reads "RC 1 Beckett BGS 9.5" as BGS 9.5 (Beckett\'s service names the grade), "Gem Mint 10 PSA" as PSA 10', () => {
    expect(read('Ken Griffey Jr. 1989 Upper Deck Star Rookie RC 1 Beckett BGS 9.5 Slabbed')).toMatchObject({
      grader: 'BGS',
      grade: 9.5,
    });
    expect(read('Gem Mint 10 PSA 2011 Topps Update Trout')).toMatchObject({ grader: 'PSA', grade: 10 });
  });
});

describe('fifteenth holdout: other sports, other countries', () => {
  it('reads "PSA10ランク" and "PSA10相当" (PSA 10 class, equivalent) as hoped-for grades', () => {
    for (const title of [
      'Yuki Tsunoda 角田裕毅 2021 Topps Chrome F1 Rookie RC PSA10ランク',
      '大坂なおみ Naomi Osaka 2024 Topps Chrome Tennis PSA10相当 美品 テニス',
    ]) {
      expect(read(title)).toMatchObject({ graded: false, grader: null, grade: null, speculativeGrade: true });
    }
  });

  it('reads signatures, relics and creases written in Spanish and German, and medals as no colour', () => {
    expect(read('Cromo firmado Lionel Messi Panini Megacracks 2005-06 autografo en persona').autograph).toBe(
      true,
    );
    expect(read('Harry Kane signierte Karte Topps Bundesliga 2023/24 mit COA Autogramm').autograph).toBe(
      true,
    );
    expect(read('Andy Murray 2005 Ace Authentic Grand Slam Rookie Printed Autograph').autograph).toBe(false);
    expect(read('Dale Earnhardt Jr. 2003 Press Pass Burning Rubber Race-Used Tire /100').relic).toBe(true);
    expect(read('Thomas Müller Panini WM 2010 Sticker Nr. 276 Rookie mit Knick').damaged).toBe(true);
    expect(read('Simone Biles 2016 Topps US Olympic Team Rookie Card Gold Medal').parallel).toBeNull();
  });
});

describe('sixteenth blind match set: Prizm as a finish of other Panini sets', () => {
  it('reads "Optic Holo Rated Rookie Prizm" as Optic with a Prizm finish, wherever "Prizm" stands', () => {
    expect(read('Bo Nix 2024 Optic Holo Rated Rookie Prizm')).toMatchObject({
      setWords: ['optic'],
      parallel: 'holo',
    });
    expect(read('2024 Panini Prizm Bo Nix Silver RC').setWords).toContain('prizm');
  });
});

describe('sixteenth title holdout: grades and numbers as consignment houses and slab resellers write them', () => {
  it('keeps a slab that hopes to cross over or regrade a slab, and reads self grading and "Mint 9 condition" as hope', () => {
    expect(read('SGC 10 Crossover Candidate 2020 Prizm Justin Herbert #325 RC')).toMatchObject({
      graded: true,
      grader: 'SGC',
      grade: 10,
      speculativeGrade: false,
    });
    expect(read('PSA 9 🔥 REGRADE CANDIDATE 🔥 2019 Optic Zion Williamson Rated Rookie')).toMatchObject({
      graded: true,
      grade: 9,
    });
    // The plain hope is still a hope.
    expect(read('2020 Prizm Justin Herbert PSA 10 candidate').speculativeGrade).toBe(true);
    for (const title of [
      'Self Graded 9.5 ✅ 2021 Prizm JaMarr Chase Silver RC',
      '2018 Topps Update Juan Soto RC #US300 Mint 9 Condition',
    ]) {
      expect(read(title)).toMatchObject({ graded: false, speculativeGrade: true });
    }
    expect(read('2018 Topps Update Juan Soto RC PSA 9 Mint condition')).toMatchObject({
      graded: true,
      grade: 9,
    });
  });

  it('reads a population as no print run, and a Black Label missed as none', () => {
    expect(read('1 of 12 PSA 10s! 2019 Prizm Zion Williamson Red White Blue #248 RC').serial).toBeNull();
    expect(read('POP 1/1 PSA 10 2014 Bowman Chrome Jose Abreu Orange Refractor RC').serial).toBeNull();
    expect(read('Zion Prizm Gold 1 of 10 PSA 10').serial).toBe(10);
    expect(
      read('BGS 10 Pristine 10/10/10/9.5 Joe Burrow 2020 Prizm RC 1 Sub From Black Label').blackLabel,
    ).toBe(false);
    expect(read('BGS 10 Black Label 2020 Prizm Joe Burrow RC').blackLabel).toBe(true);
  });

  it('believes "Unsigned" beside a set named Signature, and reads Gold Signature and R/W/B as parallels', () => {
    expect(read('1994 Signature Rookies Marshall Faulk Unsigned Base RC').autograph).toBe(false);
    expect(read('1994 Signature Rookies Marshall Faulk Signed Auto RC').autograph).toBe(true);
    expect(read("1995 Collector's Choice Cal Ripken Jr Gold Signature Orioles")).toMatchObject({
      autograph: false,
      parallel: 'gold signature',
    });
    expect(read('2025 Prizm TETAIROA MCMILLAN R/W/B RC #344').parallel).toBe('red white blue');
  });

  it('reads a leading two-digit year before a product this century, not a count or a card number', () => {
    expect(read('18 Prizm Luka RC #280 PSA 10 Mavs').year).toBe(2018);
    expect(read('25 Topps Chrome Update Roman Anthony RC').year).toBe(2025);
    expect(read('#18 Prizm Luka Doncic').year).toBeNull();
    expect(read('12 Topps Mike Trout cards lot').year).toBeNull();
    expect(read('10 Panini Prizm Zion Williamson RC #248').year).toBeNull();
    expect(read('1980-81 Topps Larry Bird Magic Johnson Rookie Scoring Leader Stain').damaged).toBe(true);
  });
});

describe('seventeenth blind match set: team colours', () => {
  it("reads a team's own colour ending the title as the team's, a numbered or other colour as the parallel", () => {
    expect(read('Jaylen Brown 2016 Prizm Rookie PSA 10 Celtics Green ☘️').parallel).toBeNull();
    expect(read('2014 Topps Update Mookie Betts RC PSA 10 Dodgers Blue').parallel).toBeNull();
    expect(read('Coby White 2019 Prizm Rookie Base Bulls Red').parallel).toBeNull();
    expect(read('Mookie Betts 2018 Topps Chrome Dodgers Blue /199').parallel).toBe('blue');
    expect(read('Justin Herbert 2020 Prizm Chargers Silver').parallel).toBe('silver');
    expect(read('Jayson Tatum 2017 Prizm Celtics Green RC').parallel).toBe('green');
    expect(read('1996 Topps Chrome Kobe Bryant #138 RC PSA 8 Lakers Purple & Gold').parallel).toBeNull();
    expect(read('Jalen Green Prizm RC PSA 10 Houston Rockets Red Jersey')).toMatchObject({
      parallel: null,
      relic: false,
    });
  });
});

describe('eighteenth blind match set: holders and hype', () => {
  it("reads a card sealed in its maker's case as no sealed product, and a team's dynasty as no set", () => {
    expect(read('Paul Skenes 2024 Topps Now #184 Debut - Still Sealed in Topps Case').noise).toEqual([]);
    expect(read('2024 Topps Chrome Hobby Box Sealed').noise).toEqual(['sealed']);
    expect(read('2012-13 Prizm Draymond Green Rookie Card PSA 10 Warriors Dynasty').setWords).toEqual([
      'prizm',
    ]);
    expect(read('2019 Panini Dynasty Patrick Mahomes Auto /10').setWords).toContain('dynasty');
  });
});

describe('seventeenth title holdout: the hobby of 2025–26 and words that only look like card fields', () => {
  it("reads TAG's 1000-point score as part of its grade, and ARK and Arena Club as graders", () => {
    expect(read('TAG 9.5 (955) Jayden Daniels 2024 Donruss Optic Downtown SSP')).toMatchObject({
      grader: 'TAG',
      grade: 9.5,
      noise: [],
    });
    expect(read('Caleb Williams 2024 Prizm #301 Silver Prizm RC TAG 9 (925)')).toMatchObject({
      grade: 9,
      cardNumber: '301',
      noise: [],
    });
    expect(read('ARK 10 Pristine Cam Ward 2025 Donruss Optic Rated Rookie #201')).toMatchObject({
      grader: 'ARK',
      grade: 10,
    });
    expect(read('Jayden Daniels 2024 Prizm RC #303 Arena Club 9.5 Slab')).toMatchObject({
      grader: 'Arena Club',
      grade: 9.5,
    });
  });

  it('reads no autograph, relic, parallel, lot or sealed product in words that only look like them', () => {
    expect(read('Kevin Harvick 2011 Press Pass Auto Zone Chevy #12 NASCAR').autograph).toBe(false);
    expect(read('2024 Bowman Chrome Aidan Miller Jersey Shore BlueClaws BCP-50').relic).toBe(false);
    expect(read('HGA 9.5 Gem Mint Custom Label Patrick Mahomes 2017 Prizm RC #269').noise).toEqual([]);
    expect(read('HGA 10 Gold/Blue Label Connor McDavid 2015 Young Guns #201 RC').parallel).toBeNull();
    expect(read('Black Friday Sale Shohei Ohtani 2018 Topps Update RC #US1 Raw').parallel).toBeNull();
    expect(read('PSA 10 Lot Ready? Single Card: Shohei Ohtani 2018 Topps Chrome RC #150').noise).toEqual([]);
    expect(read('2025 Topps Now Roki Sasaki MLB Debut #14 Factory Sealed Print Run 12k').noise).toEqual([]);
    expect(read('2025 Topps Now Ohtani #1 sealed hobby box').noise).toEqual(['sealed']);
    expect(read('Jayden Daniels 2024 National Treasures Shield Auto 1/1')).toMatchObject({
      autograph: true,
      relic: true,
    });
  });

  it('reads a feat as no print run, a car number as no card number, and "looks gem" as a hope', () => {
    expect(read('2025 Topps Now Shohei Ohtani 1 of 1 Game In History #1013').serial).toBeNull();
    expect(read('Patrick Mahomes 2017 Flawless 1/1 Game Used Patch').serial).toBe(1);
    expect(read('Kyle Busch 2024 Prizm Racing Car #8 Silver Prizm').cardNumber).toBeNull();
    expect(read('Bo Nix 2024 Prizm RC #328 Looks Gem Sub Worthy').speculativeGrade).toBe(true);
    expect(read('Pristine Condition Raw Caleb Williams 2024 Select Concourse RC').speculativeGrade).toBe(
      true,
    );
  });
});

describe('eighteenth title holdout: titles typed fast, on a phone or by a listing tool', () => {
  it('reads a card number with "RC" or words typed against it, and no auction or shelf lot number', () => {
    expect(read('2018-19 prizm luka doncic #280rc psa10 gem mint mavs').cardNumber).toBe('280');
    expect(read('2017-PRIZM-MAHOMES-RC-#269-CHIEFS-RAW').cardNumber).toBe('269');
    expect(read('2019 Bowman Chrome #BDC-150 Bobby Witt Jr').cardNumber).toBe('BDC-150');
    expect(read('Lot# B19 - 2019 Topps Chrome Pete Alonso RC #204 Mets')).toMatchObject({
      cardNumber: '204',
      noise: [],
    });
    expect(read('2018 Panini Prizm Luka Doncic RC (4) card lot #280').cardNumber).toBe('280');
  });

  it('reads "🔥x3" as flames, not three copies, and common misspellings as meant', () => {
    expect(read('2017 Prizm Mahomes #269 RC PSA 9 MINT Chiefs 🔥x3').noise).toEqual([]);
    expect(read('Mahomes 2017 Prizm RC x3').noise).toEqual(['lot']);
    expect(read('2020 Prizm Justin Herbert Rookie Autograh #RA-JH').autograph).toBe(true);
    expect(read('2019 Topps Chrome Fernando Tatis Jr. RC #203 Refractr').parallel).toBe('refractor');
    expect(read('2024 Topps Chrome Jackson Holliday Rookei Card').rookie).toBe(true);
  });
});

describe('nineteenth and twentieth title holdouts: noise written every way, and words that only look like it', () => {
  it('reads noise written in Spanish, German and Japanese, and "PYC", "Choose 1", "You get both"', () => {
    expect(read('Elige tu carta Panini Adrenalyn XL LaLiga 2023-24').noise).toEqual(['you_pick']);
    expect(read('Topps Chrome Bundesliga 2023/24 Refractor Karten zur Auswahl').noise).toEqual(['you_pick']);
    expect(read('💎 Choose 1 💎 2024 Bowman Chrome Prospect Autos 1st Bowman').noise).toEqual(['you_pick']);
    expect(read('Nachdruck Mickey Mantle 1952 Topps #311 Sammelkarte').noise).toEqual(['reprint']);
    expect(read('Michael Jordan 1986 Fleer #57 Reimpresión Novato Bulls').noise).toEqual(['reprint']);
    expect(read('イチロー 1993 BBM 復刻版 カード オリックス').noise).toEqual(['reprint']);
    expect(read('【未開封】2024 BBM ベースボールカード 1stバージョン BOX').noise).toContain('sealed');
    expect(read('Einlösekarte Topps Chrome Bundesliga Musiala Autogramm').noise).toEqual(['redemption']);
    expect(read('YOU GET BOTH Caleb Williams 2024 Donruss Rated Rookie #301 & Optic').noise).toEqual(['lot']);
    expect(read('2024 Prizm Caleb Williams RC Auto Redemption Not Yet Redeemed').noise).toEqual([
      'redemption',
    ]);
  });

  it('reads a card pulled from a product or a break, an auction lot number, a scan, "spot on" as no noise', () => {
    for (const title of [
      'Hobby Box Hit! 2022 Prizm Brock Purdy Rookie Autograph Gold /10',
      '1987 Topps #170 Bo Jackson RC Just Pulled From Unopened Rack Pack',
      '2011 Topps Update Mike Trout RC #US175 PSA 9, Sealed In Original Slab',
      '2023 Bowman Chrome Ethan Salas 1st Bowman Auto From A PYT Break',
      'Pulled In A Case Break! 2024 Prizm Caleb Williams RC Gold /10',
      'Random Team Break Pull 2020 Bowman Chrome Jasson Dominguez 1st',
      '1986 Fleer #57 Michael Jordan RC Spot On Centering Raw Bulls',
      '1957 Topps #328 Brooks Robinson RC Consignment Lot 88 Single Card',
      'PSA 8 1961 Topps #2 Roger Maris, Cert 40718823, Lot 5 Of Our Auction',
      '2017 Prizm #269 Patrick Mahomes RC BGS 9.5 Custom Acrylic Case',
      'Digital Scan Of Actual Card - 1989 Upper Deck #1 Ken Griffey Jr RC',
      '1954 Topps #128 Hank Aaron RC Original - Reprint-Free Guaranteed',
    ]) {
      expect(read(title).noise, title).toEqual([]);
    }
    expect(read('2020 Donruss Optic Justin Jefferson RC Reprint Free Shipping').noise).toEqual(['reprint']);
    expect(read('2023 Topps Now Shohei Ohtani #1 sealed in original pack').noise).toEqual([]);
    expect(read('Lot of 5 2019 Prizm Zion Williamson #248 RC').noise).toEqual(['lot']);
  });
});

describe('twenty-first title holdout: search result pages of late 2026', () => {
  it("reads a custom or reprint card in a grader's look-alike slab as ungraded", () => {
    expect(read('Paul Skenes Custom PSA 10 Label Novelty Slab Card Pirates Fan Made')).toMatchObject({
      graded: false,
      grade: null,
      noise: ['custom'],
    });
    expect(read('Paul Skenes Reprint Rookie In PSA 10 Style Case 2024 Topps Update Gift').graded).toBe(false);
    expect(read('Paul Skenes 2024 Topps Update #US50 PSA 10 Label Perfect').graded).toBe(true);
  });
});

describe('twenty-second title holdout: counts, the hardest part of telling a lot from a single card', () => {
  it('reads counts typed as one word, a quantity, "2 each", several sealed units and counted words as lots', () => {
    for (const title of [
      'Patrick Mahomes 2017 Donruss Rated Rookie #327 3ct',
      '5pcs Luis Robert 2020 Topps Chrome Rookie RC White Sox',
      'QTY(3) Jasson Dominguez 2023 Topps Chrome Update RC',
      'Paul Skenes 2024 Topps Update RC #US50 - 2 Each',
      'Ken Griffey Jr 1989 Upper Deck #1 Star Rookie Three Cards Raw',
      'Half Dozen Zion Williamson 2019-20 Prizm Base RC #248',
      'Bryce Harper 2012 Topps Update #US183 RC + Bonus Card',
    ]) {
      expect(read(title).noise, title).toEqual(['lot']);
    }
    expect(read('3 Hanger Boxes 2024 Topps Chrome Baseball New Sealed').noise).toEqual(['sealed', 'lot']);
    expect(read('2024 Topps Series 1 Hobby Box Factory Sealed 20 Packs').noise).toEqual(['sealed']);
    expect(read('Aaron Judge 2017 Topps #287 RC $5 each').noise).toEqual([]);
  });
});

describe('twenty-fourth title holdout: what an adversarial tester writes', () => {
  it("keeps a slab's grade beside a regrade hope or a bracketed comparison, and a Black Label denied as none", () => {
    expect(read('Regrade candidate! PSA 9 Mahomes 2017 Prizm RC #269 10 centering')).toMatchObject({
      graded: true,
      grade: 9,
    });
    expect(read('BGS 9 (PSA 10 quality) Zion 2019 Prizm RC #248 Pelicans')).toMatchObject({
      grader: 'BGS',
      grade: 9,
    });
    expect(read('Jordan 1986 Fleer #57 TAG 10 BGS 9.5 should grade').graded).toBe(false);
    expect(read('BGS 10 Pristine Gold Label Ja Morant Prizm RC - not Black Label').blackLabel).toBe(false);
  });

  it("reads the seller's boilerplate, 'Mint+', 'Pack to PSA', 'Bundle & save' and a fulfilled redemption as no noise", () => {
    for (const title of [
      'Juan Soto 2018 Topps Update RC #US300 - check my other lots & breaks',
      'Herbert Prizm RC #325 PSA 10 - see my store for sealed wax',
      'SGC 9.5 Mint+ Ohtani 2018 Topps Update #US1 RC - crossover to PSA 10?',
      'Pack to PSA Card Saver - Bedard Young Guns #201 RC Blackhawks',
      'Bundle & save! Curry 2009-10 Topps #321 Rookie Warriors',
      '2023 Bowman Draft Chrome Paul Skenes 1st Auto (redemption fulfilled)',
    ]) {
      expect(read(title).noise, title).toEqual([]);
    }
    expect(read('BBCE Wrapped 1986-87 Fleer Basketball Box').noise).toEqual(['sealed']);
    expect(read('Bedard YG PSA 10 + Fantilli YG PSA 10').noise).toEqual(['lot']);
  });
});

describe('twenty-fifth and twenty-sixth title holdouts: vintage graders, print runs after a grade, slab labels', () => {
  it('reads GAI, a print run after the grade, and a Beckett 10 with four 10s as Black Label', () => {
    expect(read('1956 Topps Hank Aaron #31 GAI 7 NM')).toMatchObject({
      graded: true,
      grader: 'GAI',
      grade: 7,
    });
    expect(read('2023 Topps Chrome Update Jordan Walker RC Gold Refractor #USC20 PSA 10 /50')).toMatchObject({
      grade: 10,
      serial: 50,
    });
    expect(read('Corbin Carroll Chrome Red Refractor PSA 9 /5')).toMatchObject({ grade: 9, serial: 5 });
    expect(read('2019 Bowman Chrome Franco Auto PSA 9/10')).toMatchObject({ grade: 9, autoGrade: 10 });
    expect(read('Wayne Gretzky 1979 O-Pee-Chee Gold PSA 10 /50 Auto 10')).toMatchObject({
      serial: 50,
      autoGrade: 10,
    });
    expect(read('2017 Topps Chrome Aaron Judge RC #169 BGS 10 (10/10/10/10)').blackLabel).toBe(true);
    expect(read('2017 Topps Chrome Aaron Judge RC #169 BGS 10 Quad 10s').blackLabel).toBe(true);
    expect(read('2017 Topps Chrome Aaron Judge RC #169 BGS 10 Pristine (10/9.5/10/10)').blackLabel).toBe(
      false,
    );
    expect(read('2023 Prizm Stroud RC Slvr PSA 9 MT').parallel).toBe('silver');
  });

  it("reads a slab's custom label as no custom card, and a novelty card as a reprint unless it is custom", () => {
    expect(read('2019-20 Prizm Ja Morant RC HGA 10 Gem Mint custom Grizzlies label').noise).toEqual([]);
    expect(read('1951 Bowman Mantle #253 Rookie novelty card NOT original').noise).toEqual(['reprint']);
    expect(read('2005-06 Upper Deck Young Guns Crosby #201 Reprint Novelty').noise).toEqual(['reprint']);
    expect(read('Luka Doncic Custom Made Novelty Card Prizm Style').noise).toEqual(['custom']);
  });
});

describe('twenty-seventh and twenty-eighth title holdouts: words that only look like noise, rookies abroad', () => {
  it('reads a team, a box bottom, a bonus card, a holder, hype flames and boilerplate as no noise', () => {
    for (const title of [
      '2011 Bowman Chrome Colin Kaepernick Rookie RC Nevada Wolf Pack 49ers',
      '1987 Topps Wax Box Bottom Card #D Don Mattingly Yankees',
      '2019 Topps Factory Set Exclusive Fernando Tatis Jr RC Bonus Card #5',
      '2003-04 Topps LeBron James #221 RC sealed in Ultra Pro one touch',
      'HOT 🔥 x2 Caitlin Clark 2024 Panini Prizm WNBA #22 RC Pink Ice',
      '2022 Topps Chrome Update Bobby Witt Jr RC #USC150 Refractor | more Witt in store, you pick, combined shipping',
    ]) {
      expect(read(title).noise, title).toEqual([]);
    }
  });

  it('reads "duo of", "you get 2", hand-drawn cards and unofficial reprints', () => {
    expect(read('Duo of PSA 10s - Victor Wembanyama 2023-24 Panini Hoops RC').noise).toEqual(['lot']);
    expect(read('1989 Upper Deck Ken Griffey Jr #1 RC - you get 2').noise).toEqual(['lot']);
    expect(read('Hand Drawn Kobe Bryant Trading Card One of a Kind').noise).toEqual(['custom']);
    expect(read('1957 Topps Johnny Unitas #138 RC Unofficial Reprint NOT ORIGINAL').noise).toEqual([
      'reprint',
    ]);
    expect(read('Unofficial Wembanyama Rookie Card Art').noise).toEqual(['custom']);
  });

  it('reads rookie in Japanese and Spanish', () => {
    expect(read('大谷翔平 2018 Topps Update #US1 ルーキー PSA10 鑑定品 エンゼルス').rookie).toBe(true);
    expect(read('Luka Dončić 2018-19 Panini Prizm Silver Prizm #280 PSA 10 tarjeta novato').rookie).toBe(
      true,
    );
  });
});

describe("twenty-ninth title holdout: dealers', auction houses' and listing tools' titles", () => {
  it("reads an auction house's lot number as no lot and no card number", () => {
    expect(
      read('Heritage Lot 80441 1916 M101-5 Sporting News #151 Babe Ruth Rookie SGC 1.5 Fair'),
    ).toMatchObject({
      noise: [],
      cardNumber: '151',
    });
    expect(read('Lot 34 | 1986 Fleer #57 Michael Jordan Rookie RC PSA 6 EX-MT Bulls').noise).toEqual([]);
    expect(read('Consignment Lot #7781: 1957 Topps #35 Frank Robinson Rookie RC PSA 7').cardNumber).toBe(
      '35',
    );
    expect(read('Joe Burrow 2020 Prizm #307 Rookie Lot 2019-20 of 3 Bengals').noise).toEqual(['lot']);
    expect(read('Lot 5 2018 Topps Ohtani RC').noise).toEqual(['lot']);
  });

  it("reads a listing tool's grader and grade fields, and a copy number after 'Numbered'", () => {
    expect(
      read('1989 Upper Deck #1 Ken Griffey Jr. Star Rookie RC - Graded by PSA, Grade 9 MINT'),
    ).toMatchObject({
      graded: true,
      grader: 'PSA',
      grade: 9,
    });
    expect(
      read('2020 Donruss Optic #151 Justin Herbert Rated Rookie Holo RC | Grade: 10 | Grader: PSA |'),
    ).toMatchObject({ grader: 'PSA', grade: 10 });
    expect(read('Herbert Optic graded by PSA grade 9 or 10?').graded).toBe(false);
    expect(read('2023 Topps Chrome #100 Ronald Acuna Jr. Red Refractor Numbered 04/05').serial).toBe(5);
    expect(read('LeBron 04/05 Topps').serial).toBeNull();
  });
});

describe('thirtieth and thirty-first title holdouts: several cards without "lot", artists\' cards, holidays', () => {
  it('reads several cards sold together without the word "lot"', () => {
    for (const title of [
      '3 Michael Jordan Cards 1990 Fleer 1991 Hoops 1992 Upper Deck Bulls',
      'Victor Wembanyama 2023-24 Prizm & Hoops RC - both cards - Spurs',
      'Josh Allen 2018 Donruss Optic RC and Prizm RC Bills',
      'Bobby Witt Jr. 2022 Bowman Chrome RC + Topps Chrome RC Royals',
      'Ja Morant / Zion Williamson 2019-20 Prizm Rookies RC #249 #248',
      'Shohei Ohtani 2018 Topps Series 2 RC #700 & Topps Update #US1 RC Angels',
      'Victor Wembanyama 2023-24 Prizm RC #136 Silver & Base Sold Together',
    ]) {
      expect(read(title).noise, title).toEqual(['lot']);
    }
    expect(read('2024 Topps Chrome Paul Skenes Rookie Refractor - Qty 2 Available').noise).toEqual([]);
    expect(read('Justin Jefferson 2020 Donruss Optic #166 #1 pick PSA 9').noise).toEqual([]);
    expect(read('1980 Topps Bird Magic Erving Scoring Leader RC #34 #139 #174').noise).toEqual([]);
  });

  it("reads homages, re-issues and gold-foil copies as noise, and a maker's sketch or art card as a card", () => {
    expect(read('Michael Jordan 1986 Fleer Style Homage Card Bulls').noise).toEqual(['custom']);
    expect(read('1979 O-Pee-Chee Wayne Gretzky RC #18 Re-Issue').noise).toEqual(['reprint']);
    expect(read('24K Gold Michael Jordan 1986 Fleer Rookie Gold Foil Card w/ COA').noise).toEqual([
      'reprint',
    ]);
    expect(read('2021-22 Panini Prizm NBA Retail Cello Multipack').noise).toEqual(['sealed']);
    expect(read('2009 Topps Series 1 Sketch Card 1/1 Albert Pujols Hand Drawn Cardinals').noise).toEqual([]);
    expect(read('2021 Topps Project70 Card #123 Ken Griffey Jr by Alex Pardee Art Card').noise).toEqual([]);
    expect(read('Shohei Ohtani Dodgers ACEO Art Card Signed by Artist').noise).toEqual(['custom']);
    // "RP Card" is a reprint even beside an autograph; "RP" beside "Closer" a relief pitcher.
    expect(read('Mike Trout 2009 Bowman Chrome Draft Auto #BDPP89 RP Card').noise).toEqual(['reprint']);
    expect(read('2019 Topps Chrome Edwin Diaz RP Mets Closer Refractor').noise).toEqual([]);
    expect(read('2018 Immaculate Luka Doncic RP Auto /99').relic).toBe(true);
  });

  it("reads Mother's Day and Father's Day parallels by name (their colours are theirs, not another parallel)", () => {
    expect(read("2024 Topps Update Colt Keith Mother's Day Hot Pink /50 RC").parallel).toBe('mothers day');
    expect(read("2024 Topps Update Masyn Winn Father's Day Powder Blue /50 RC").parallel).toBe('fathers day');
  });
});

describe('thirty-second and thirty-third title holdouts: grades written every way, sellers abroad', () => {
  it('reads a grade before its grader in brackets, a crossover hope beside a slab, and no pitcher as a grader', () => {
    expect(read('1997-98 Topps Chrome Kobe Bryant #171 GEM MT 10 (PSA)')).toMatchObject({
      grader: 'PSA',
      grade: 10,
    });
    expect(read('2019-20 Prizm Zion Williamson RC #248 BGS 9.5 / PSA 10 crossover candidate')).toMatchObject({
      grader: 'BGS',
      grade: 9.5,
    });
    expect(read('HGA 9.5 PSA 10 candidate 2020 Donruss Optic Justin Herbert RC')).toMatchObject({
      grader: 'HGA',
      grade: 9.5,
    });
    expect(read('PSA 8.5 (9 potential) 1980 Topps Rickey Henderson RC #482')).toMatchObject({ grade: 8.5 });
    expect(read('PSA 9 - PSA 10 comp $1,200 - 2018 Bowman Chrome Shohei Ohtani RC')).toMatchObject({
      grade: 9,
    });
    expect(read('PSA 9 or BGS 9.5? Zion Prizm')).toMatchObject({ graded: false, speculativeGrade: true });
    expect(read('2004 Topps Josh Beckett #10 Florida Marlins').graded).toBe(false);
    // A lot of slabs of several grades has no one grade, nor one grader when they differ.
    expect(read('2017 Prizm Patrick Mahomes RC #269 PSA 10 & PSA 9 Lot (2)')).toMatchObject({
      graded: true,
      grader: 'PSA',
      grade: null,
    });
    expect(read('PSA 9 & BGS 9.5 Shohei Ohtani 2018 Topps Update RC Pair')).toMatchObject({
      grader: null,
      grade: null,
    });
    expect(read('Bedard YG PSA 10 + Fantilli YG PSA 10')).toMatchObject({ grader: 'PSA', grade: 10 });
  });

  it('reads grades with a decimal comma, hopes and noise in other languages', () => {
    expect(read('Kai Havertz Panini Prizm WM 2022 Silber Prizm #95 BGS 9,5 Gem Mint')).toMatchObject({
      grade: 9.5,
      parallel: 'silver prizm',
    });
    for (const title of [
      'Shohei Ohtani 2018 Topps Chrome #150 Rookiekarte PSA 10 Kandidat',
      'Victor Wembanyama Prizm carte n°136 recrue candidat PSA 10',
      '大谷翔平 PSA10狙い 2018 Topps Chrome ルーキー #150 美品',
    ])
      expect(read(title), title).toMatchObject({ graded: false, speculativeGrade: true });
    expect(read('Michael Jordan 1986 Fleer #57 RC Original - kein Nachdruck! PSA 6 EX-MT').noise).toEqual([]);
    expect(read('Carta Paolo Maldini Panini Calciatori 1985-86 rookie ristampa').noise).toEqual(['reprint']);
    expect(read('Bustina sigillata Topps Merlin Chrome 2023/24 nuova').noise).toEqual(['sealed']);
    expect(read('Kaarten naar keuze Topps Chrome F1 2023 Verstappen Norris Piastri').noise).toEqual([
      'you_pick',
    ]);
    expect(
      read('Erling Haaland Topps Chrome UCL 2019/20 Rookie RC nicht signiert, ohne Autogramm').autograph,
    ).toBe(false);
    expect(read('Cartão Cristiano Ronaldo Topps Chrome UCL 2018-19 Juventus autografado').autograph).toBe(
      true,
    );
  });
});

describe("thirty-fourth title holdout: the spec's author's", () => {
  it("reads Donruss' Press Proof as a parallel of its own", () => {
    expect(read('Jayden Daniels 2024 Donruss Rated Rookie Press Proof Commanders').parallel).toBe(
      'press proof',
    );
  });
});

describe('thirty-fifth title holdout: product, breaks and lots named without their words', () => {
  it('reads collections, bonus cards, piece counts, live rips, cellos and metal cards as noise', () => {
    const cases: [string, string][] = [
      ['Binder Collection 2000s Football Stars Rookies 300+', 'lot'],
      ['Mike Trout 2011 Topps Update #US175 RC + 5 Bonus Cards', 'lot'],
      ['Bobby Witt Jr 4 pc Rookie Cards 2022 Topps Chrome Donruss Bowman Royals', 'lot'],
      ['Brock Purdy 2022 Donruss Optic Rated Rookie #248 2-Card 49ers', 'lot'],
      ['Jalen Hurts 2020 Prizm Rainbow - 6 Parallels Silver Red White Blue Green', 'lot'],
      ['Loupe Live Rip 2024 Select Football - Chiefs', 'break'],
      ['1990 Fleer Baseball Cello - Griffey Showing on Top', 'sealed'],
      ["2024 Topps Chrome Football Hobby Jumbo Breaker's Delight NEW", 'sealed'],
      ['Victor Wembanyama Acrylic Card Spurs Rookie Display', 'custom'],
    ];
    for (const [title, code] of cases) expect(read(title).noise, title).toContain(code);
    expect(read('2024 Topps NOW Shohei Ohtani 50/50 sealed in original cello').noise).toEqual([]);
    expect(read('1977 Hostess 3-Card Panel George Brett Royals').noise).toEqual([]);
  });
});

describe('misses left from earlier holdouts', () => {
  it('reads katakana parallels and "N枚限定" print runs', () => {
    const card = read('山本由伸 2024 Topps Chrome Update ルーキー ゴールド リフラクター 50枚限定');
    expect([card.parallel, card.serial, card.rookie]).toEqual(['gold refractor', 50, true]);
    expect(read('大谷翔平 2018 Topps Chrome 限定25枚 オレンジ').serial).toBe(25);
    // A print run the title states in ASCII stands.
    expect(read('大谷翔平 2018 Topps Chrome ゴールド /50 100枚限定').serial).toBe(50);
    expect(read('2018 Topps Chrome Shohei Ohtani Gold Refractor /50 ゴールド').parallel).toBe(
      'gold refractor',
    );
  });

  it('reads "Clear" as a parallel only before its print run', () => {
    expect(read('2023 Topps Update Clear /10 Corbin Carroll #US200 RC').parallel).toBe('clear');
    expect(read('2023 Topps Update Clear #/10 Corbin Carroll').parallel).toBe('clear');
    expect(read('2023 Topps Chrome Ohtani PSA 10 clear slab clear photos').parallel).toBeNull();
  });

  it('reads "black bordered" as the design, not a black parallel', () => {
    expect(read('1971 Topps Roberto Clemente #630 Black Bordered PSA 5').parallel).toBeNull();
  });

  it("reads SGC's old 'SGC 10 POOR 1' label as grade 1", () => {
    const card = read('1952 Topps Mickey Mantle #311 SGC 10 Poor 1');
    expect([card.grader, card.grade]).toEqual(['SGC', 1]);
    expect(read('2020 Prizm Justin Herbert SGC 10 Pristine').grade).toBe(10);
  });
});

describe('thirty-sixth title holdout: titles squeezed into 80 characters', () => {
  it('reads a noise word cut short at the end of a full-length title', () => {
    expect(
      read('2020 PANINI PRIZM JUSTIN HERBERT ROOKIE RC #325 CHARGERS LAC NFL FOOTBALL REPRIN').noise,
    ).toEqual(['reprint']);
    expect(
      read('2024 PANINI PRIZM CALEB WILLIAMS RC ROOKIE SILVER CHICAGO BEARS NFL CARD CUSTO').noise,
    ).toEqual(['custom']);
    expect(
      read('2024 TOPPS SERIES 2 BASEBALL BASE CARDS #351-700 RC VETERANS STARS NYY YOU PIC').noise,
    ).toEqual(['you_pick']);
    // Denied, too short to tell, or a short title that is not cut.
    expect(
      read('1986 FLEER BASKETBALL #57 MICHAEL JORDAN ROOKIE RC CHICAGO BULLS HOF NOT A REPRIN').noise,
    ).toEqual([]);
    expect(
      read('2020 PANINI PRIZM JUSTIN HERBERT ROOKIE RC #325 CHARGERS LAC NFL FOOTBALL CUST').noise,
    ).toEqual([]);
    expect(read('2020 Prizm Herbert Custo').noise).toEqual([]);
  });

  it('reads a slab named without its grade as graded, its grade unknown', () => {
    const card = read('2020 PANINI PRIZM JOE BURROW RC ROOKIE #307 BASE BENGALS CIN GRADED SLABBED CGC');
    expect([card.graded, card.grader, card.grade]).toEqual([true, 'CGC', null]);
    expect(
      read('2015-16 UPPER DECK YOUNG GUNS CONNOR MCDAVID #201 ROOKIE RC OILERS ENCASED PSA').grader,
    ).toBe('PSA');
    // Denied, hoped for, or the promise of a sealed product.
    expect(read('2021 Topps Chrome Shohei Ohtani #1 - NOT PSA graded, raw').graded).toBe(false);
    expect(read('Ready to be graded PSA Trout 2011 Topps Update').graded).toBe(false);
    expect(read('Vintage Baseball Cards Repack Mystery Box PSA Graded Hit').graded).toBe(false);
  });

  it('reads the trade shorthand: BLK LBL, AU, PTCH, JSY MEM, X-FRAC, RPRNT, CRSD, DMG, CHOOSE UR CARD', () => {
    const bl = read('2020 PRIZM BURROW RC SLVR BGS BLK LBL 10 CIN');
    expect([bl.grader, bl.grade, bl.blackLabel]).toEqual(['BGS', 10, true]);
    expect(read('2024 TOPPS CHROME PAUL SKENES RC AU REF /499 PIRATES').autograph).toBe(true);
    expect(read('2023 ABSOLUTE BRYCE YOUNG RC ROOKIE PTCH AU /99 PANTHERS').relic).toBe(true);
    expect(read('2020-21 ABSOLUTE LAMELO BALL RC TOOLS OF TRADE JSY MEM').relic).toBe(true);
    expect(read('2024 TOPPS CHROME PAUL SKENES RC X-FRAC PIRATES').parallel).toBe('xfractor');
    expect(read('1933 GOUDEY BABE RUTH #53 RPRNT NYY').noise).toEqual(['reprint']);
    expect(read('1954 TOPPS HANK AARON RC #128 CRSD WTR DMG BRAVES').damaged).toBe(true);
    expect(read('2025 TOPPS HERITAGE BASE CHOOSE UR CARD #1-400').noise).toEqual(['you_pick']);
    expect(read('SPORTS CARD REPACK MYSTERY BOX HITS GUARANTEED').noise).toEqual(['sealed']);
    expect(read('2023 Prizm Hobby Box Hit Wembanyama Silver').noise).toEqual([]);
  });
});

describe('thirty-seventh title holdout: numbers everywhere', () => {
  it("takes the card's number before a jersey number that follows the team", () => {
    expect(read('1986 Fleer Michael Jordan #57 RC Bulls #23').cardNumber).toBe('57');
    expect(read("'79-80 OPC Gretzky #18 RC - 2857 Pts #99 Oilers").cardNumber).toBe('18');
    expect(read('Gretzky #99 Oilers 1988-89 Topps #120').cardNumber).toBe('120');
    expect(read('Jordan #23 Chicago Bulls 1990 Fleer #26').cardNumber).toBe('26');
  });

  it("reads jersey numbers and a grade's plus after the card's number as one card", () => {
    expect(read('1996-97 Topps Chrome #138 Kobe Bryant RC PSA 9 - 81 Pt Game 5x Champ #8 #24').noise).toEqual(
      [],
    );
    expect(read('2003-04 Topps #221 LeBron James Rookie RC CGC 8.5 NM/Mint+ #6 #23').noise).toEqual([]);
    expect(read('2020 Prizm Herbert #249 #248 Silver').noise).toEqual(['lot']);
    expect(read('Prizm RC #136 + Hoops RC #271 Zion').noise).toEqual(['lot']);
  });

  it('reads the cards a sealed product holds as its contents, no lot', () => {
    expect(read('2024 Bowman Draft Super Jumbo Hobby Box Sealed 8 Packs 32 Cards').noise).toEqual(['sealed']);
    expect(read('2024 Topps Series 2 Sealed Pack (1) Retail 8 Cards').noise).toEqual(['sealed']);
    expect(read('Lot of 3 2024 Topps Series 2 Sealed Packs').noise).toEqual(
      expect.arrayContaining(['lot', 'sealed']),
    );
  });

  it('reads "SN50" as a print run and "50/50 Club" as none', () => {
    expect(read('2023 Topps Chrome Gunnar Henderson Rookie RC Gold Refractor SN50 ROY').serial).toBe(50);
    expect(
      read('2018 Topps Update #US1 Shohei Ohtani Rookie RC PSA 10 - 50/50 Club MVP #17').serial,
    ).toBeNull();
  });
});

describe('name words', () => {
  it("marks the words the query reader would collect as names, for the matcher's checks without a second read", () => {
    const titles = [
      '2009 Topps Seth Curry #321 RC',
      '1963 Topps Pete Rose #537 Rookie Reds',
      'Elijah Green 2023 Bowman Chrome 1st Bowman Refractor',
      'Bobby Witt Jr. 2022 Topps Chrome Update RC PSA 10',
      'Cee Dee Lamb 2020 Prizm Silver #316',
    ];
    for (const title of titles) {
      const card = read(title);
      const words = card.normalizedTitle.match(/[a-z0-9]+/g) ?? [];
      const { unknownWords, unknownAt } = readTitle(title, true);
      expect(
        words.flatMap((word, k) => (card.nameWords & (1 << k) ? [[word, k]] : [])),
        title,
      ).toEqual(unknownWords.map((word, k) => [word, unknownAt[k]]));
    }
    expect(read('2009 Topps Seth Curry #321 RC').nameWords).not.toBe(0);
    // A name past the 31st word overflows the bits: the matcher reads such a title again.
    const long = `${Array.from({ length: 34 }, (_, k) => `#${k + 1}`).join(' ')} Mike Trout`;
    expect(read(long).nameWords).toBe(-1);
  });
});

describe('thirty-eighth and thirty-ninth title holdouts: stuffed titles, every grader', () => {
  it('reads a question answered no, a short print hoped for, a lottery pick and "QB1" as none of them', () => {
    expect(read('1986 Fleer Michael Jordan #57 RC Reprint? NO! Authentic Bulls Vintage').noise).toEqual([]);
    expect(read('1986 Fleer Michael Jordan #57 Reprint? Yes').noise).toEqual(['reprint']);
    expect(read('2024 Topps Chrome Bobby Witt Jr #50 Base SSP? 1/1? CASE HIT? Royals').parallel).toBeNull();
    expect(read('2024 Topps Chrome Bobby Witt Jr SSP').parallel).toBe('ssp');
    expect(read('2023-24 Prizm Victor Wembanyama #136 RC Lottery Pick #1 Overall Spurs').noise).toEqual([]);
    expect(read('2023 Prizm Jordan Love Green Bay Packers QB1 Base').cardNumber).toBeNull();
    expect(
      read('2023-24 Upper Deck Young Guns Connor Bedard #451 RC Black Label Candidate?').speculativeGrade,
    ).toBe(true);
  });

  it('reads MNT, Rare Edition, "KSA Certified 9" and the SGC gold label (its Pristine 10)', () => {
    const grade = (title: string) => {
      const card = read(title);
      return [card.grader, card.grade, card.gradeQualifier];
    };
    expect(grade('MNT Grading 10 2024 Upper Deck Young Guns Macklin Celebrini RC')).toEqual([
      'MNT',
      10,
      null,
    ]);
    expect(grade('2005 Upper Deck Young Guns Sidney Crosby #201 RC MNT 8.5')).toEqual(['MNT', 8.5, null]);
    expect(grade('Graded Rare Edition 9.5 2019 Prizm Ja Morant RC')).toEqual(['Rare Edition', 9.5, null]);
    expect(grade('KSA Certified 9 Mint 2022 Prizm World Cup Jude Bellingham')).toEqual(['KSA', 9, null]);
    expect(grade('2019-20 Prizm Zion Williamson RC #248 SGC 10 Gold Label')).toEqual(['SGC', 10, 'pristine']);
    expect(grade('2019-20 Prizm Zion Williamson RC #248 SGC 10')).toEqual(['SGC', 10, null]);
    expect(read('RARE Topps Chrome 1st Edition Ohtani 10 Card Lot').grader).toBeNull();
  });
});

describe('fortieth title holdout: sellers in the UK, Canada and Australia', () => {
  it("reads ACE, the UK's grader, but not Ace Authentic, the tennis cards' maker", () => {
    const ace = read('ACE Grading 9 Mint Cole Palmer 2023-24 Topps Chrome UCL RC #12');
    expect([ace.grader, ace.grade]).toEqual(['ACE', 9]);
    const federer = read('2005 Ace Authentic Grand Slam Roger Federer #1 Tennis');
    expect([federer.graded, federer.authenticated, federer.grader]).toEqual([false, false, null]);
    expect(read('Caitlin Clark ACEO Hand Painted Art Card').grader).toBeNull();
  });

  it('reads job lots, binders, menus, Australia Post and pre-printed autographs', () => {
    expect(read('Job Lot 1000+ Football Cards Match Attax Adrenalyn Merlin Futera').noise).toEqual(['lot']);
    expect(read('Binder of 400+ Match Attax cards various seasons').noise).toEqual(['lot']);
    expect(read('Topps Match Attax 2022/23 Man of the Match - Select Card from Menu').noise).toEqual([
      'you_pick',
    ]);
    expect(read('NRL Traders 2024 Nathan Cleary Pearl - AU Post').autograph).toBe(false);
    const printed = read('Cristiano Ronaldo Signed Photo Card - Pre-Printed Autograph');
    expect([printed.noise, printed.autograph]).toEqual([['reprint'], false]);
    // On a real release the printed signature is the card's own.
    expect(read('2008 Topps Heritage Mickey Mantle #1 pre-printed signature').noise).toEqual([]);
  });

  it('reads a two-digit season written with a slash beside its product', () => {
    expect(read('Match Attax 23/24 100 Club Mohamed Salah Card No. 434').year).toBe(2023);
    expect(read('Ovi 05/06 UD YG RC BGS 9.5').year).toBe(2005);
    expect(read('2020 Prizm Herbert 23/25 Silver').serial).toBe(25);
  });
});

describe('forty-second and forty-third title holdouts: damaged encodings, college and NIL', () => {
  it('decodes numeric entities, and reads zero-width spaces and full-width characters as typed', () => {
    expect(read('2018 Panini Prizm Luka Don&#269;i&#263; RC #280 PSA 10 GEM MINT').noise).toEqual([]);
    expect(read('2018 Panini Prizm Luka Don&#269;i&#263; RC #280 PSA 10 GEM MINT').cardNumber).toBe('280');
    expect(read('Ja&#x27;Marr Chase 2021 Donruss Optic Rated Rookie Purple').cardNumber).toBeNull();
    const zws = read('2019-20 Panini Prizm Zion Williamson Rookie #248 PSA\u200b10 Gem\u200bMint');
    expect([zws.grader, zws.grade, zws.speculativeGrade]).toEqual(['PSA', 10, false]);
    expect(read('２０１８ Panini Prizm Luka Doncic RC #280 ＰＳＡ ９').grade).toBe(9);
    expect(read('2023 Bowman Chrome Jackson Holliday Gold Refractor ／50').serial).toBe(50);
    expect(read('LOTOF 3 JOSH ALLEN 2018 PRIZM RC').noise).toEqual(['lot']);
  });

  it("reads school teams' colours as teams and Leaf's Crystal as a finish", () => {
    expect(read('2023 Bowman U Chrome Michael Pratt Tulane Green Wave 1st Bowman').parallel).toBeNull();
    expect(read('2021 Leaf Metal Draft Bryce Young Pre-RC Auto Blue Crystal /25').parallel).toBe(
      'blue crystal',
    );
  });
});

describe('forty-fourth and forty-fifth title holdouts: the newest parallels, several players', () => {
  it("reads 2025's parallels and Heritage's Black Border before its print run", () => {
    expect(read('2025 Topps Chrome Elly De La Cruz Sonar Refractor Reds #75').parallel).toBe(
      'sonar refractor',
    );
    expect(read('2025 Bowman Chrome Lunar Glow Refractor Junior Caminero RC #50').parallel).toBe(
      'lunar glow refractor',
    );
    expect(read('2025-26 Optic Cooper Flagg Rated Rookie Black Pandora 1/1').parallel).toBe('black pandora');
    expect(read('2025 Topps Heritage High Number Jac Caglianone RC Black Border /50').parallel).toBe(
      'black border',
    );
    expect(read('1971 Topps Roberto Clemente #630 Black Border').parallel).toBeNull();
  });

  it('reads "quantity 4", "3 different cards" and "2 card set" as lots', () => {
    expect(read('2019 Prizm Kyler Murray RC #301 quantity 4').noise).toEqual(['lot']);
    expect(read('Brady Mahomes Rodgers 3 different cards 2020 Donruss').noise).toEqual(['lot']);
    expect(read('Griffey Jr & Griffey Sr 1989 Upper Deck father son 2 card set').noise).toEqual(['lot']);
    expect(read('2019 Prizm Kyler Murray RC quantity available 4').noise).toEqual([]);
  });
});

describe('forty-sixth and forty-eighth title holdouts: vintage oddballs, one word decides', () => {
  it('reads vending boxes as sealed, pinholes as damage, and a sealed slab or a code on the back as neither', () => {
    expect(read('1990 Topps Baseball Vending Box 500 Cards Sealed').noise).toEqual(['sealed']);
    expect(read('1953 Bowman Color Pee Wee Reese #33 VG Pinholes').damaged).toBe(true);
    expect(read('2020 Prizm Joe Burrow #307 RC Rookie Bengals PSA 10 Gem Mint Slab Sealed').noise).toEqual(
      [],
    );
    expect(read('2024 Topps Jackson Holliday #1 RC Rookie Orioles Unused Code on Back Raw').noise).toEqual(
      [],
    );
  });
});

describe('forty-ninth title holdout: graded lots and mixed company', () => {
  const slab = (title: string) => {
    const card = read(title);
    return [card.graded, card.grader, card.grade, card.noise];
  };
  it('gives a lot of several grades, graders, or a slab and a raw copy no one grade', () => {
    expect(slab('1996-97 Topps Kobe Bryant #138 RC PSA 8, 9, 10 Lot of 3')).toEqual([
      true,
      'PSA',
      null,
      ['lot'],
    ]);
    expect(slab('Slab Lot PSA BGS SGC 2018 Topps Chrome Ronald Acuna Jr. #193 RC')).toEqual([
      true,
      null,
      null,
      ['lot'],
    ]);
    expect(slab('2011 Topps Update Mike Trout #US175 RC PSA 10 + raw copy')).toEqual([
      true,
      null,
      null,
      ['lot'],
    ]);
    // One grade shared, a grade's plus, and a raw card alone keep their readings.
    expect(slab('2020 Prizm Justin Herbert #325 PSA 10 Lot of 3')).toEqual([true, 'PSA', 10, ['lot']]);
    // A grader's name inside a word is none ("ace" of "replace").
    expect(slab('Slab Lot PSA 2020 Prizm Herbert #325 - will replace if damaged')).toEqual([
      true,
      'PSA',
      null,
      ['lot'],
    ]);
    expect(read('Mint 9+ raw 1986 Fleer Michael Jordan #57 Rookie').graded).toBe(false);
    expect(readTitle('mcdavid young guns #201 & raw', true).saysRaw).toBe(true);
  });
});

describe('fiftieth title holdout: item specifics pasted into titles', () => {
  it('reads a field answered no as no, and the card number, set and lot size fields', () => {
    expect(read('Joe Burrow 2020 Prizm #307 RC | Autographed: No | Graded: No | Lot Size: 1').autograph).toBe(
      false,
    );
    expect(read('Autograph: Yes | 2016 Bowman Chrome Juan Soto #CPA-JS | 1st Bowman').autograph).toBe(true);
    expect(read('2017 Prizm Patrick Mahomes #269 (RC) Chiefs | Parallel: None').parallel).toBeNull();
    expect(read('1989 Upper Deck Ken Griffey Jr #1 RC | Original/Licensed Reprint: Original').noise).toEqual(
      [],
    );
    expect(read('Joe Burrow 2020 Prizm #307 RC | Lot Size: 1').noise).toEqual([]);
    expect(read('Lot Size: 12 | Type: Sports Trading Card | 1991 Fleer Basketball').noise).toEqual(['lot']);
    expect(read('LeBron James 2003-04 Topps Chrome Card #: 111 {Rookie}').cardNumber).toBe('111');
    expect(
      read('Year: 2020 | Set: Panini Prizm | Player: Justin Herbert | Card Number: 325 | RC').cardNumber,
    ).toBe('325');
    const jeter = read('Year: 1993 | Set: SP | Player: Derek Jeter | Card #: 279 | Rookie: Yes');
    expect([jeter.parallel, jeter.setWords]).toEqual([null, ['sp']]);
  });
});

describe('fifty-second title holdout: raw cards that look graded, slabs that look raw', () => {
  it('reads pending, equivalent and self-graded claims as hopes, and "Not Raw" beside a slab as denied', () => {
    const card = (title: string) => {
      const c = read(title);
      return [c.graded, c.grade, c.speculativeGrade];
    };
    expect(card('2023 Prizm CJ Stroud RC #339 CGC 10 Pending')).toEqual([false, null, true]);
    expect(card('2011 Topps Update Mike Trout RC #US175 BGS 9.5 Equivalent')).toEqual([false, null, true]);
    expect(card('2017 Topps Aaron Judge RC #287 Graded 10 By Me')).toEqual([false, null, true]);
    expect(card('2020 Topps Bryce Harper Phillies #100 PSA 10 Candidate 10/10 Centering')).toEqual([
      false,
      null,
      true,
    ]);
    expect(card('2000 Bowman Chrome Tom Brady RC #236 PSA 9 Slabbed Not Raw')).toEqual([true, 9, false]);
    // The old label's number explained, and a slab hoping for more, stay graded.
    expect(card('2019 Bowman Chrome Wander Franco 1st Auto SGC 9.5 (96 equivalent)')).toEqual([
      true,
      9.5,
      false,
    ]);
    expect(card('1979 O-Pee-Chee Wayne Gretzky Rookie 18 BGS 9.5 10 candidate PSA 9/10 Gem Mint')).toEqual([
      true,
      9.5,
      false,
    ]);
    expect(card('no creases ungraded PSA9 2019 Chrome Pete Alonso 25/50 #204')).toEqual([false, null, true]);
  });
});

describe('fifty-fifth title holdout: slab label wording', () => {
  it('reads the grade before the grader when bracketed subgrades follow its name', () => {
    const card = read('2020 Prizm Justin Herbert #325 Rookie Gem Mint 9.5 BGS (9.5/10/9.5/9.5)');
    expect([card.graded, card.grader, card.grade, card.speculativeGrade]).toEqual([true, 'BGS', 9.5, false]);
    expect(read('Herbert BGS 9.5 (9.5/10/9.5/9.5)').subgrades).toEqual([9.5, 10, 9.5, 9.5]);
  });
});

describe('fifty-sixth title holdout: slab metadata, population reports, regrades', () => {
  const grade = (t: string) => {
    const c = read(t);
    return [c.graded, c.grader, c.grade, c.speculativeGrade];
  };
  it('reads a population count beside a grader as no grade of the card', () => {
    expect(grade('Pop 3 in PSA 10, this one should gem! 2020 Prizm Herbert RC')).toEqual([
      false,
      null,
      null,
      true,
    ]);
    expect(grade('Pop Report: 25 PSA 10s | 2015 Topps Chrome Kris Bryant RC PSA 9')).toEqual([
      true,
      'PSA',
      9,
      false,
    ]);
    const higher = read('PSA 9 - only 5 higher (x5 PSA 10) 1984 Fleer Update Roger Clemens XRC');
    expect([higher.grade, higher.noise]).toEqual([9, []]);
    expect(read('BGS 9.5 Pop 7 Only 1 Black Label Jalen Hurts 2020 Prizm RC').blackLabel).toBe(false);
    expect(read("PSA 10 POP 2 (1 of 2) Tim Duncan 1997-98 Bowman's Best").serial).toBeNull();
  });
  it('reads the slab a card went to on a regrade or crossover, and keeps a hoped-for one a hope', () => {
    expect(grade('Regraded PSA 8 to PSA 9!! 1984 Donruss Don Mattingly #248 RC')).toEqual([
      true,
      'PSA',
      9,
      false,
    ]);
    expect(grade('Upgraded BGS 9 to 9.5 2018 Prizm Luka')).toEqual([true, 'BGS', 9.5, false]);
    expect(grade('BGS 9.5 crossover to PSA 9 - 2017 Optic Mahomes #177 RC')).toEqual([true, 'PSA', 9, false]);
    expect(grade('BGS 9.5 crossover to PSA 10? 2017 Optic Mahomes')).toEqual([true, 'BGS', 9.5, false]);
    expect(grade('PSA 10 Registry Set Quality 1987 Topps Barry Bonds #320 RC')).toEqual([
      true,
      'PSA',
      10,
      false,
    ]);
    expect(grade('2019 Bowman Draft Chrome Riley Greene BDC-1 PSA 10 Potential 1st Bowman')).toEqual([
      false,
      null,
      null,
      true,
    ]);
    expect(grade('SGC 84 / 7 1965 Topps Joe Namath #122 RC')).toEqual([true, 'SGC', 7, false]);
    expect(read('SGC 84 / 7 1965 Topps Joe Namath #122 RC').serial).toBeNull();
    expect(grade('Graded Slab Repack - 1 PSA/BGS slab per pack')).toEqual([false, null, null, false]);
    expect(grade('2023 Bowman Chrome Dylan Crews 1st Bowman Auto in BGS Slab - see pics')).toEqual([
      true,
      'BGS',
      null,
      false,
    ]);
  });
  it('reads grading dates, registry ranks and label years as no serial, year or card number', () => {
    expect(read('2019 Topps Chrome Pete Alonso #204 RC PSA 10 graded 08/2019').serial).toBeNull();
    expect(read('Luka 2018-19 Optic Holo #177 PSA 9 graded 7/21').serial).toBeNull();
    expect(read('Graded 2003 PSA 9 1989 Upper Deck Ken Griffey Jr #1 RC').year).toBe(1989);
    expect(read('PSA 10 - 2024 grading - 2021 Topps Chrome Ohtani #1').year).toBe(2021);
    expect(read('Just back from PSA (Mar 2024) PSA 10 2023 Prizm Wembanyama #136 RC').year).toBe(2023);
    expect(read('PSA 9 Older Flip Label (2002) 1998 Bowman Chrome Ryan Leaf RC').year).toBe(1998);
    // "2024 grading ready" is a hope, and its year the card's.
    expect(read('Paul Skenes 2024 grading ready Topps Chrome Update').year).toBe(2024);
    expect(read('From #1 PSA Registry Set! 1989 Donruss Randy Johnson RC #42 PSA 9').cardNumber).toBe('42');
    expect(read('Ranked #2 All-Time Registry - 1986 Topps Jerry Rice #161 RC PSA 8').cardNumber).toBe('161');
    expect(
      read('Julio Rodriguez 2022 Topps Chrome Gold Wave /50 Pop 3 (#1 of 3 graded) PSA 10').cardNumber,
    ).toBeNull();
  });
  it('reads damage to the slab as no damage to the card, and a card sealed in it as no sealed product', () => {
    expect(
      read('Bent PSA holder (warped), card inside unaffected PSA 9 2003 Topps LeBron #221 RC').damaged,
    ).toBe(false);
    expect(read('Damaged case, PSA 9, 1989 UD Griffey #1 RC').damaged).toBe(false);
    expect(read('1989 UD Griffey #1 RC creased, comes in case').damaged).toBe(true);
    const still = read('Slab damaged in shipping - card still sealed PSA 10 2017 Optic Mahomes #177');
    expect([still.damaged, still.noise]).toEqual([false, []]);
    expect(read('Cracked slab PSA 8 - card still inside, only the case is cracked').noise).toEqual([]);
    expect(read('PSA 10 New Holo Label 2019 Prizm Zion #248 RC').parallel).toBeNull();
  });
});

describe('fifty-eighth title holdout: prospects and draft cards', () => {
  it('reads autograph codes with digits and a run of numbers as no one card', () => {
    expect(read("2019 Bowman's Best Wander Franco Best of 2019 Autographs B19-WF Gold /50").cardNumber).toBe(
      'B19-WF',
    );
    expect(read('2024 Leaf Metal Draft Konnor Griffin Auto Pink Wave /15 BA-KG1').cardNumber).toBe('BA-KG1');
    expect(
      read('2023 Bowman Chrome Prospects 1st Bowman Pick Your Prospect BCP-1 - BCP-150').cardNumber,
    ).toBeNull();
    expect(
      read('2024 Bowman Chrome Prospects 1st Bowman Complete Base Set BCP-1 to BCP-150').cardNumber,
    ).toBeNull();
    expect(read('2023 Bowman Chrome Jackson Holliday BCP-1').cardNumber).toBe('BCP-1');
  });
  it('reads Contenders ticket parallels and ink colours', () => {
    expect(read('2019 Panini Contenders Draft Picks Zion Williamson Championship Ticket 1/1').parallel).toBe(
      'championship ticket',
    );
    expect(read('2022 ONYX Vintage Extended Druw Jones Auto Red Ink /10').parallel).toBe('red ink');
  });
});

describe('fifty-ninth and sixtieth title holdouts: the low end, and how many cards a listing sells', () => {
  it('reads pairs, duos and bonus cards as lots, and one card of two players as one card', () => {
    for (const t of [
      'Victor Wembanyama 2023-24 Prizm RC #136 Base and the Silver Prizm',
      'Julio Rodriguez 2022 Topps Chrome Update Refractor RC #USC150 w/ Base',
      'Mookie Betts 2014 Bowman Chrome Plus Inserts & Parallels',
      '2024 Topps Chrome Jackson Merrill RC Refractor 2x',
      'Brock Bowers 2024 Prizm Rookie Silver + Free Bonus RC',
      'Bichette & Vlad Guerrero Jr Rookies Both 2019 Topps Chrome Refractor',
      'Jasson Dominguez Oswald Peraza Yankees Duo 2023 Topps Chrome Rookies',
      '2 Shohei Ohtani 2018 Topps Chrome #150 Rookies',
      'Two PSA 10s: Tua Tagovailoa 2020 Prizm Rookie RC',
      '1989 Bowman Uncut Sheet Ken Griffey Jr RC 100+ Cards',
      'Binder Full of 1990s Baseball Cards Griffey Thomas Jeter',
    ])
      expect(read(t).noise, t).toContain('lot');
    for (const t of [
      '2019-20 Donruss Duo Zion Williamson Brandon Ingram Pelicans',
      '2016 Topps Five Star Dual Auto Kris Bryant Anthony Rizzo Both On-Card /25 Cubs',
      '2023 Topps Chrome Gunnar Henderson Sepia RC x 2 Available, Buy 1',
      'Tom Brady 2000 Bowman #236 RC PSA 8 Multiple Available Pick Your Cert',
      'Jac Caglianone 2024 Bowman Draft Chrome Aqua Refractor /125 Random Serial #',
      '2023 Topps Heritage #123 Willson Contreras Cardinals Complete Your Set',
      // "10x" at the end is hype ("10x potential"), not ten copies.
      '2019-20 PANINI PRIZM JA MORANT #249 RC MEMPHIS GRIZZLIES 10x',
    ])
      expect(read(t).noise, t).toEqual([]);
    expect(read('2021 Topps Chrome Rookies You Pick Complete Your Set').noise).toEqual(['you_pick']);
    expect(read('Mystery Slab Pack - 1 Random Graded Card Per Purchase').noise).toContain('sealed');
  });
});

describe('sixty-first title holdout: titles scraped with the search page around them', () => {
  it("reads a glued 'New Listing' badge, a sale date and a seller's feedback as no part of the card", () => {
    expect(read('New ListingLot of 10 Shohei Ohtani Base Cards Dodgers Angels').noise).toEqual(['lot']);
    expect(read('Sold Nov 12, 2025 2017 Panini Prizm Patrick Mahomes II Rookie RC #269 PSA 8').year).toBe(
      2017,
    );
    expect(read('Sold Nov 12, 20252019 Bowman Chrome Julio Rodriguez 1st Bowman #BCP-41 Raw').year).toBe(
      2019,
    );
    expect(read('Sold Dec 9, 2025 Michael Jordan Fleer Sticker #8 raw Pre-Owned').year).toBeNull();
    expect(read("cardking_22 (10) 100% 2021 Prizm Ja'Marr Chase RC Silver").noise).toEqual([]);
    expect(read('Lot (10) 2021 Prizm Chase RC').noise).toEqual(['lot']);
  });
});

describe('sixty-second title holdout: noise words in other senses, graders as names', () => {
  it('reads a card sealed in its holder or its packaging, a redemption received and a pick of N as no product or lot', () => {
    expect(read('Sealed One Touch 2023 Prizm CJ Stroud Silver RC #339 Texans').noise).toEqual([]);
    expect(read('Topps NOW Caitlin Clark Still Sealed In Original Packaging').noise).toEqual([]);
    expect(read('Panini Redemption Received - 2022 Prizm Brock Purdy Rookie Auto Signed').noise).toEqual([]);
    expect(read('2024 Topps Series 1 Complete Your Set - Pick 10 Cards Base & RC').noise).toEqual([
      'you_pick',
    ]);
  });
  it('reads a slab whose grade the photos show, and Beckett or Ace as a name before or after a name', () => {
    const slab = read('PSA 2023 Topps Chrome Update Elly De La Cruz RC See Pics for Grade');
    expect([slab.graded, slab.grader, slab.grade]).toEqual([true, 'PSA', null]);
    expect(read('2000 Bowman Josh Beckett RC').graded).toBe(false);
    expect(read('Josh Beckett 2000 Bowman RC Beckett 9.5')).toMatchObject({ grader: 'BGS', grade: 9.5 });
    expect(read('2025-26 Topps Chrome Ace Bailey RC Jazz').leadName).toBe('ace bailey');
  });
  it('names one parallel once ("PMG Red … Precious Metal Gems"), and Father\'s Day by its name', () => {
    expect(
      read('1997-98 Metal Universe Michael Jordan PMG Red #/90 Precious Metal Gems BGS 8').parallel,
    ).toBe('precious metal gems red');
    expect(read('2018 Topps Update Acuna Fathers Day Powder Blue 23/50').parallel).toBe('fathers day');
  });
});

describe('sixty-third and sixty-fourth title holdouts: soccer worldwide, NFL rookies in every Panini product', () => {
  it('reads grade hopes written in Spanish and German, and a hope for the next grade after the label', () => {
    expect(read('Bellingham Topps Chrome UCC Novato RC Ideal Para Graduar PSA 10')).toMatchObject({
      graded: false,
      speculativeGrade: true,
    });
    expect(read('Yamal Topps Chrome UCC RC Sauber PSA 10 Fähig')).toMatchObject({
      graded: false,
      speculativeGrade: true,
    });
    expect(read('2025 Select Cam Ward Concourse RC PSA 9 MINT (10 Worthy)')).toMatchObject({
      graded: true,
      grade: 9,
      speculativeGrade: false,
    });
  });
  it('reads sticker albums and pick lists abroad as noise, and team kits as no parallel', () => {
    expect(read('Panini Calciatori 2023-2024 Album Completo Figurine').noise).toContain('lot');
    expect(read('Panini WM 2006 Sticker 10 Stück Klose Ballack').noise).toContain('lot');
    expect(read('Cromos Panini Mundial Qatar 2022 a elegir / sueltos').noise).toContain('you_pick');
    expect(read('Topps Now Yamal Auto Redemption Code Card Barcelona').noise).toEqual(['redemption']);
    expect(read('Mohammed Kudus Ghana Black Stars 2022 Prizm World Cup RC #93 Base').parallel).toBeNull();
  });
});

describe('sixty-fifth and sixty-sixth title holdouts: the 1990s inserts, pre-war tobacco cards', () => {
  it("reads the 90s parallels by name, and Fleer Brilliants' 24K Gold as one", () => {
    expect(read('1997-98 Flair Showcase Row 0 Michael Jordan #1 Showcase Bulls').parallel).toBe('row 0');
    expect(read('1997-98 SkyBox Premium Star Rubies Michael Jordan #29 /50 Bulls').parallel).toBe(
      'star rubies',
    );
    const gold = read('1998-99 Fleer Brilliants 24K Gold Kobe Bryant #24 /24');
    expect([gold.parallel, gold.noise]).toEqual(['24k gold', []]);
    expect(read('1993 Stadium Club First Day Issue Ken Griffey Jr').parallel).toBe('first day issue');
  });
  it("reads a tobacco card's back as no serial, a restrike as a reprint, and commons offered in a pick list as no lot", () => {
    expect(read('1909-11 T206 Ty Cobb Green Portrait Piedmont 150/350 PSA 1').serial).toBeNull();
    expect(
      read('T206 Christy Mathewson White Cap Sweet Caporal 350 Factory 25 SGC 45 VG+ 3.5'),
    ).toMatchObject({
      serial: null,
      cardNumber: null,
      parallel: null,
    });
    expect(read('1933 Goudey #53 Babe Ruth Restrike Gum Card').noise).toEqual(['reprint']);
    expect(read('1911 T205 Hal Chase Both Ears Showing Sweet Caporal SGC 30').noise).toEqual([]);
    expect(read('1915 Cracker Jack Commons You Pick Ungraded').noise).toEqual(['you_pick']);
    expect(read('1958 Topps Commons Lot VG').noise).toEqual(['lot']);
    expect(read('1933 Goudey #181 Babe Ruth Rebacked Raw').damaged).toBe(true);
  });
});

describe('sixty-seventh title holdout: auction houses and dealers', () => {
  it("reads an auction's lot number set apart as no lot, and a set's completion or a consignor's number as no serial or card number", () => {
    expect(read('Lot 88 - 1954 Topps #128 Hank Aaron Rookie Card SGC 84 NM 7').noise).toEqual([]);
    expect(read('1952 Topps #311 Mantle SGC 40 VG 3 - Lot 3').noise).toEqual([]);
    expect(read('1952 Topps #311 Mickey Mantle PSA 4 VG-EX (Lot of 1)').noise).toEqual([]);
    expect(read('Lot 77 - (3) 1968 Topps #177 Nolan Ryan Rookies PSA 5').noise).toEqual(['lot']);
    expect(read('Group of 5 1954 Topps Hall of Famers SGC Graded').noise).toEqual(['lot']);
    expect(
      read('1981 Topps #216 Joe Montana Rookie PSA 9 - From the Collection of a Hall of Famer').noise,
    ).toEqual([]);
    expect(read('1933 Goudey Partial Set (140/240) Raw').serial).toBeNull();
    expect(read('Consignor #4471 - 1961 Topps #2 Roger Maris PSA 7').cardNumber).toBe('2');
    const range = read('Lot #2231: (4) 1956 Topps Mickey Mantle #135 PSA 4-6');
    expect([range.noise, range.graded, range.grade]).toEqual([['lot'], true, null]);
  });
});

describe('sixty-ninth and seventieth title holdouts: adversarial noise recall and speculative grades', () => {
  it('reads runs, rainbows, app transfers, slots, fan cards and pick lists written loosely as noise', () => {
    expect(read('Tom Brady the whole run 2000-2022 Topps base Patriots Bucs').noise).toContain('lot');
    expect(read('Shohei Ohtani Topps flagship base every year 2018-2024 run').noise).toContain('lot');
    expect(read('Wembanyama RC Prizm #136 + Hoops + Donruss Rated Rookie (3 card)').noise).toContain('lot');
    expect(read('Kobe Bryant Lakers 1996-97 rookie year 6 different RCs').noise).toContain('lot');
    expect(read('Elly De La Cruz Topps Collect Gold /10 transfer via app').noise).toContain('digital');
    expect(read('Ohtani Dodgers slot 2024 Bowman Chrome 1 box').noise).toContain('break');
    expect(read('Caitlin Clark Fan Edition Rookie Card Iowa Hawkeyes #22').noise).toEqual(['custom']);
    expect(read('2024 Topps Update #US1-US350 select player').noise).toEqual(['you_pick']);
    expect(read('2023 Topps Chrome Sealed Pack (4 cards) Hobby').noise).toEqual(['sealed']);
    expect(read('Jackson Chourio 2024 Topps Chrome Update RC Gold /50 pulled live on break').noise).toEqual(
      [],
    );
  });
  it('reads what slabs sell for, a hope of what a card would be and a pitch at its corners as no grade', () => {
    for (const t of [
      '2017 Panini Prizm Patrick Mahomes RC #269 - PSA 10s sell for $900+',
      '1989 Upper Deck Ken Griffey Jr #1 Rookie would be a PSA 10 sharp',
      'Luka Doncic 2018-19 Prizm #280 RC look at the corners PSA 10',
      '2018 Topps Update Ronald Acuna #US250 RC - SGC 10 material',
      'Carta Messi 2018 Panini Prizm World Cup calidad PSA 10 - sin calificar',
      'Jude Bellingham 2020-21 Topps Chrome Bundesliga RC Top Zustand PSA 10 würdig ungegradet',
    ])
      expect(read(t).graded, t).toBe(false);
    expect(read('Acuna 2018 Topps Chrome #193 RC PSA 9 MINT (undergraded, 10 worthy)')).toMatchObject({
      graded: true,
      grade: 9,
    });
    expect(read('Mahomes Prizm RC #269 in PSA slab (graded 9)')).toMatchObject({
      graded: true,
      grader: 'PSA',
      grade: 9,
    });
    expect(read('Custom PSA 10 Slab Label Mahomes Prizm Rookie fan made').graded).toBe(false);
    // A relic named "Material" beside a grade is no hope.
    expect(read('2022 Topps Major League Material Guerrero Jr PSA 10').graded).toBe(true);
  });
});

describe('sixty-ninth title holdout, continued', () => {
  it('reads several players named as a class, a retail box and "multiple players" as noise, unless a pick list offers them', () => {
    expect(read('Drake Maye Caleb Williams Jayden Daniels 2024 Prizm RC QB class').noise).toEqual(['lot']);
    expect(read('Luka Doncic 2018-19 Prizm #280 RC multiple players Trae Young Ayton').noise).toEqual([
      'lot',
    ]);
    expect(read('You Pick Jersey Relic Cards Topps Baseball Multiple Players').noise).toEqual(['you_pick']);
    expect(read('2020 Prizm Football Retail Mega Herbert Burrow chase').noise).toEqual(['sealed']);
  });
});

describe('seventy-second title holdout: every grader as its label reads', () => {
  it("reads a card code's number, a repack's slab count and a break's chase as no grade", () => {
    expect(
      read('2023 Bowman Chrome Jackson Chourio 1st Bowman #BCP-1 BGS Black Label? Gem Mint').graded,
    ).toBe(false);
    expect(read('Graded Card Repack Mystery Box BGS PSA SGC - 1 Slab Per Box').graded).toBe(false);
    expect(read('Case Break Spot - 2024 Prizm Football Random Team - PSA 10 Chase').graded).toBe(false);
    expect(read('2020 Prizm Justin Herbert RC Reprint PSA 10 Custom Label Novelty').graded).toBe(false);
    expect(read('3 PSA 9 Slabs - Ken Griffey Jr Inserts 1990s Lot')).toMatchObject({
      graded: true,
      grade: 9,
    });
    expect(read('GEM MINT 10 CPA-JD 2019-20 SGC 2009-10 TOPPS STEPHEN CURRY').seasonEnd).toBe(2020);
  });
});

describe('seventy-third to seventy-fifth title holdouts: a week of listings, 2025-26, lexicon words in names', () => {
  it("reads an artist's signature as no autograph and a pick list's range as no lot", () => {
    expect(read('Paul Skenes Custom Art Card ACEO 2.5x3.5 Signed by Artist').autograph).toBe(false);
    expect(read('1982 Donruss Cal Ripken Jr #405 Rookie signed by artist Dick Perez').autograph).toBe(false);
    expect(read('Mike Trout Signed Auto 2011 Topps Update').autograph).toBe(true);
    expect(read('1972 Topps Baseball Pick Your Card #1-787 EX Fill Your Set').noise).toEqual(['you_pick']);
    expect(read('1987 Topps Base Set 1-792 Complete').noise).toEqual(['lot']);
  });

  it('reads slabs counted, a parallel or bonus cards joined and another year added as lots', () => {
    expect(
      read('2025 Donruss Optic Shedeur Sanders Rated Rookie RC Holo PSA 9 & 10 (2 slabs)'),
    ).toMatchObject({
      noise: ['lot'],
      grade: null,
    });
    expect(read('Wemby Prizm PSA 10 2 slabs').noise).toEqual(['lot']);
    expect(read('Repack 1 Slab Per Box Mystery').noise).toEqual(['sealed']);
    expect(read('2025 Panini Prizm Tetairoa McMillan Rookie RC Panthers + Silver Prizm').noise).toEqual([
      'lot',
    ]);
    expect(read('Luka 2018 Prizm Silver + PSA 10').noise).toEqual([]);
    expect(read('Caleb Williams 2024 Prizm RC w/ 2 bonus cards Bears').noise).toEqual(['lot']);
    expect(read('2011 Topps Update Trout with bonus toploader').noise).toEqual([]);
    expect(read('Rickey Henderson 1980 Topps #482 RC plus 1981 Topps #261').noise).toEqual(['lot']);
    expect(read('Mike Trout 2011 Topps Update US175 RC and the Chrome').noise).toEqual(['lot']);
  });

  it("reads a break's spot number as no card number, but not Prizm's Fast Break or a set break's card", () => {
    expect(
      read('2025-26 Topps Chrome Basketball Hobby Case Break - Random Team #37 Mavericks?').cardNumber,
    ).toBeNull();
    expect(read('2025 Prizm Football Hobby Case Break #4 PYT - Las Vegas Raiders').cardNumber).toBeNull();
    expect(read('2020 Prizm Fast Break #12 Zion RC').cardNumber).toBe('12');
    expect(read('1982 Topps Traded set break #98T Cal Ripken Jr').cardNumber).toBe('98T');
  });

  it("reads SGC's two scales, an arrow after a regrade, and 'slab ready' (not 'ready to ship')", () => {
    expect(read('Roberto Clemente 1955 Topps #164 Rookie SGC 84 (7)')).toMatchObject({ grade: 7, noise: [] });
    expect(read('1968 Topps Nolan Ryan RC #177 SGC 7 (84) Sharp Corners')).toMatchObject({
      grade: 7,
      noise: [],
    });
    expect(read('Giannis 2013-14 Prizm #290 RC regraded BGS 9 -> PSA 10')).toMatchObject({
      grader: 'PSA',
      grade: 10,
    });
    expect(read('Carey Price 2007-08 Upper Deck Young Guns Rookie slab ready')).toMatchObject({
      graded: false,
      speculativeGrade: true,
    });
    expect(read('2018 Prizm Luka PSA 10 ready to ship')).toMatchObject({ graded: true, grade: 10 });
    expect(read('Luka Prizm 10 ready').speculativeGrade).toBe(true);
  });

  it('reads a jersey number the print run matches as no relic', () => {
    expect(read('Caitlin Clark 2024 Panini Prizm Gold Prizm Rookie Card 10/10 Jersey # !').relic).toBe(false);
    expect(read('2023 Prizm Wemby Game Jersey #').relic).toBe(true);
  });
});

describe('sixty-ninth and thirtieth title holdouts: rookies sold as a trio', () => {
  it('reads a rookie trio as a lot, a trio of players on one card as one card', () => {
    expect(read('CJ Stroud Bryce Young Anthony Richardson 2023 Prizm RC trio').noise).toEqual(['lot']);
    expect(read('Victor Wembanyama Rookie Trio Prizm Optic Donruss Rated Rookie 2023-24').noise).toEqual([
      'lot',
    ]);
    expect(read('2024 Topps Now Ohtani Betts Freeman Dodgers Trio World Series Champs').noise).toEqual([]);
    expect(read('2022 Topps Chrome UCL Messi Mbappe Neymar Trio Refractor').noise).toEqual([]);
  });
});

describe('seventy-sixth and seventy-seventh title holdouts: 1996-2012 cards, listing tools', () => {
  it("reads a slab whose autograph is not graded, a count of slabs and a lot's run of grades", () => {
    expect(read('2000 Playoff Contenders Tom Brady RC Auto #144 PSA 7 NM (auto not graded)')).toMatchObject({
      graded: true,
      grade: 7,
      speculativeGrade: false,
    });
    expect(read('1954 Johnston Cookies Hank Aaron #5 PSA 3 non-auto ungraded').graded).toBe(false);
    expect(read('Lot of 3 PSA graded LeBron James rookies 8, 9, 9 Topps Upper Deck')).toMatchObject({
      grader: 'PSA',
      grade: null,
    });
    expect(read('LeBron James Kobe Bryant Jordan PSA graded lot PSA 8 9 10 mixed').grade).toBeNull();
    expect(read('Luka Prizm BGS 9.5 9.5 10 9.5 9').grade).toBe(9.5);
  });

  it('reads a slab hoping for a higher grade as its own grade, a raw hope as a hope', () => {
    expect(
      read('2017 Prizm Patrick Mahomes Silver Prizm RC #269 PSA 9 MINT 10 candidate for crossover/regrade'),
    ).toMatchObject({
      graded: true,
      grade: 9,
    });
    expect(read('Mahomes Prizm PSA 10 candidate').speculativeGrade).toBe(true);
    expect(read('2017 Prizm Mahomes #269 RC PSA 9-10 quality').speculativeGrade).toBe(true);
    expect(read('1954 TOPPS HANK AARON #128 PSA 5 EX - QUALITY SLAB, FAST SHIPPING')).toMatchObject({
      graded: true,
      grade: 5,
    });
  });

  it("reads a vintage card's number over its set's size as the card number, not a print run", () => {
    expect(read('1986 FLEER MICHAEL JORDAN ROOKIE #57/132 CHICAGO BULLS PSA 8 NM-MT')).toMatchObject({
      serial: null,
      cardNumber: '57',
    });
    expect(read('1986-87 Fleer Michael Jordan RC 57 of 132 BGS 8.5 NM-MT+ Bulls').cardNumber).toBe('57');
    expect(read('Near Complete Set 1971 Topps 600/752 VG-EX').cardNumber).toBeNull();
    expect(read('2016 Topps Archives 1986 Fleer Jordan buyback 12/150').serial).toBe(150);
  });

  it('reads oddball makers as sets and "filler" as a worn copy', () => {
    expect(read('1954 Johnston Cookies Hank Aaron Rookie PSA 3').setWords).toContain('johnston cookies');
    expect(read('1984 Donruss Action All-Stars Don Mattingly PSA 9').setWords).toContain('action all stars');
    expect(read('1957 Topps Brooks Robinson #328 (poor) rookie filler').damaged).toBe(true);
  });
});

describe('seventy-eighth title holdout: the other sports, sellers abroad', () => {
  it('reads Spanish and Portuguese words, a Japanese signed card, and a card pulled live in a break', () => {
    expect(read('Panini Mexico 86 Maradona sticker reproducción').noise).toEqual(['reprint']);
    expect(read('Figurinha Legend Ouro Messi Copa 2022 Panini').parallel).toBe('gold');
    expect(read('井上尚弥 Naoya Inoue 2021 EPOCH ボクシング 直筆サイン 10枚限定')).toMatchObject({
      autograph: true,
      serial: 10,
    });
    expect(
      read('Pulled it live in a box break! 2022-23 Topps Chrome UCL Jamal Musiala Green Refractor /99').noise,
    ).toEqual([]);
    expect(read('WWE 2022 Prizm Pick Your Card PYP Base & Silver').noise).toEqual(['you_pick']);
  });

  it("reads a slight flaw as the card, a plain one as damage, and an insert's 'parallel' as the insert", () => {
    expect(read('2003-04 Topps LeBron James #221 RC Cavs light surface scratch on front').damaged).toBe(
      false,
    );
    expect(read("1997 Bowman's Best Jeter Refractor minor chipping on edges").damaged).toBe(false);
    expect(read('2024 Prizm WNBA Caitlin Clark Base RC - surface scratch').damaged).toBe(true);
    expect(read('Jeter 1993 SP light crease').damaged).toBe(true);
    expect(read('2020 Mosaic Football Tua Tagovailoa RC Genesis Parallel Case Hit').parallel).toBeNull();
    expect(read('2020 Prizm Herbert Silver Parallel').parallel).not.toBeNull();
  });
});

describe('seventy-ninth title holdout: noise without its usual words', () => {
  it('reads lots told by counts in words, several names or years, and "every"', () => {
    expect(read('Tiger Woods 2001 Upper Deck #1 RC, two copies').noise).toEqual(['lot']);
    expect(read('Patrick Mahomes 2017 Donruss Rated Rookie #327 — three of them, all sharp').noise).toEqual([
      'lot',
    ]);
    expect(read('1986-87 Fleer Basketball Jordan Barkley Ewing Malone Drexler rookies').noise).toEqual([
      'lot',
    ]);
    expect(read('2024-25 O-Pee-Chee Platinum Macklin Celebrini Marquee Rookies').noise).toEqual([]);
    expect(read('2020 Donruss Justin Herbert The Rookies').noise).toEqual([]);
    expect(
      read('Manning family: Archie 1972 Topps, Peyton 1998 Topps, Eli 2004 Topps rookies').noise,
    ).toEqual(['lot']);
    expect(read('1989 Score #257 Barry Sanders Rookie RC PSA 9 2053 Yds 1997').noise).toEqual([]);
    expect(read('Every Steph Curry card I own — 60+ Panini and Topps').noise).toEqual(['lot']);
    expect(read('Lakers legends four-card run: Kobe 1996 Topps, Magic, Kareem and Worthy').noise).toEqual([
      'lot',
    ]);
    expect(read('Rickey Henderson 1980 Topps #482 RC plus 1981, 1982, 1983 Topps').noise).toEqual(['lot']);
    expect(read("Kobe Bryant 1996-97 Topps #138 RC and 1996-97 Bowman's Best #R23 RC").noise).toEqual([
      'lot',
    ]);
    expect(read('Julio Rodriguez 2022 Topps Update #US44 RC PSA 10 — trio, all gem mint').noise).toEqual([
      'lot',
    ]);
    expect(read('2005-06 Upper Deck Rookie Class Alex Ovechkin').noise).toEqual([]);
  });

  it('reads pick lists, customs, reprints, digital, sealed and breaks told in other words', () => {
    expect(read('2024 Bowman Chrome prospects BCP — player from the drop-down').noise).toEqual(['you_pick']);
    expect(read('Mike Trout Angels print-at-home card in a magnetic holder').noise).toEqual(['custom']);
    expect(read('Joe Montana 1981 Topps #216 RC — copy of the original, gold stamped back').noise).toEqual([
      'reprint',
    ]);
    expect(read('Topps NOW in the Collect app: Caitlin Clark Rookie of the Year').noise).toEqual(['digital']);
    expect(read('2003-04 Topps Chrome basketball box still shrink wrapped, LeBron year').noise).toContain(
      'sealed',
    );
    expect(read('Randomized team assignment, 2023 Bowman Chrome HTA — 1 of 30 teams').noise).toEqual([
      'break',
    ]);
  });

  it('reads single cards whose words only look like noise', () => {
    expect(read('Cooper Kupp slot receiver 2017 Donruss Optic Rated Rookie Rams').noise).toEqual([]);
    expect(
      read('2011 Topps Update Mike Trout #US175 RC — from a factory set, factory fresh corners').noise,
    ).toEqual([]);
    expect(read('2016 Panini Prizm Dak Prescott RC BGS 9.5 — only 5 copies graded this high').noise).toEqual(
      [],
    );
    expect(
      read('Fresh pull from a 1986-87 Fleer unopened wax pack I opened today — Hakeem Olajuwon #82 RC').noise,
    ).toEqual([]);
  });
});

describe('eightieth title holdout: grades written every odd way', () => {
  it('reads grades spelled out and grades said apart from the grader', () => {
    expect(read('PSA Gem Mint Ten 2018 Panini Prizm Luka Doncic Rookie RC #280')).toMatchObject({
      grader: 'PSA',
      grade: 10,
    });
    expect(read('2003-04 Topps Chrome LeBron James Rookie #111 graded a nine by PSA')).toMatchObject({
      grade: 9,
    });
    expect(read('BGS Nine and a Half 2017 Panini Prizm Patrick Mahomes II RC #269')).toMatchObject({
      grade: 9.5,
    });
    expect(read('Mint 9 1986 Fleer Michael Jordan #57 Rookie Card PSA')).toMatchObject({
      grader: 'PSA',
      grade: 9,
    });
    expect(read('Eight NM-MT PSA 1984 Donruss Don Mattingly Rookie #248')).toMatchObject({ grade: 8 });
    expect(read('BGS 9 1/2 Gem 2019 Prizm Kyler Murray Silver RC')).toMatchObject({
      grade: 9.5,
      serial: null,
    });
    expect(read('Gold Vinyl 1/2 Luka').serial).toBe(2);
    expect(read('NM 7 1961 Topps Roger Maris #2 - graded by SGC')).toMatchObject({ grader: 'SGC', grade: 7 });
    expect(read('Jordan Fleer #57 Mint 9 - send to PSA').graded).toBe(false);
  });

  it('reads estimates, a chase and an imitation slab as no grade, and RP before rookie patches as a reprint', () => {
    expect(read('2018 Prizm Luka Silver RC #280 small corner ding, PSA 8 at best')).toMatchObject({
      graded: false,
      speculativeGrade: true,
    });
    expect(read('2022 Topps Chrome Bobby Witt Jr RC - grades PSA 10 easy').graded).toBe(false);
    expect(read('Team Set 2023 Topps Series 1 Dodgers (15 cards) - all sharp, PSA 9 or better').graded).toBe(
      false,
    );
    expect(read('2023-24 Prizm Basketball Hobby Box Factory Sealed - chase a PSA 10 Wemby!').graded).toBe(
      false,
    );
    expect(read("Ja'Marr Chase PSA 10 2021 Prizm").graded).toBe(true);
    expect(read('Michael Jordan 1986 Fleer RP PSA 10 Style Custom Slab Display')).toMatchObject({
      graded: false,
      noise: ['reprint'],
    });
    expect(read('2021 National Treasures Mac Jones RP Auto #/99 Patriots')).toMatchObject({
      relic: true,
      noise: [],
    });
  });
});
