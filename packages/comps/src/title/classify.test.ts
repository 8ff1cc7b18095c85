import { describe, expect, it } from 'vitest';
import { classifyTitle } from './classify.ts';

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
    'Jordan 1986 Fleer Rookie cracked out of PSA 8 slab',
    '2019 Topps Chrome Tatis Jr RC Should Be A 10',
  ])('never reads a hoped-for grade as graded: %s', (title) => {
    expect(read(title)).toMatchObject({ graded: false, grader: null, grade: null, speculativeGrade: true });
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
      authenticated: false,
    });
    expect(read('Ohtani autographed 2018 Topps Beckett BAS authenticated')).toMatchObject({ graded: false });
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
      setWords: ['sp authentic'],
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

  it('reads a break of a sealed case as a break, not as sealed product', () => {
    expect(read('2023 Bowman Chrome Hobby Case Break Random Team Spot').noise).toEqual(['break']);
  });

  it('flags condition problems, unless negated', () => {
    expect(read('2011 Topps Update Trout RC Creased').damaged).toBe(true);
    expect(read('2018 Topps Chrome Ohtani RC No Creases Sharp').damaged).toBe(false);
  });
});
