/**
 * The base cards the catalogue is built from: real players, real products, real-looking numbers.
 * Parallels and autographs are derived from these rows (see catalogue.ts). Values are raw market
 * values in USD at the data's "now"; `gem` is the PSA 10 / raw premium.
 */

export type Sport = 'baseball' | 'basketball' | 'football' | 'hockey' | 'soccer';

/** Which parallel rainbow a product has (see PARALLEL_FAMILIES). */
export type ParallelFamily =
  | 'topps-chrome'
  | 'topps'
  | 'bowman-chrome'
  | 'prizm'
  | 'optic'
  | 'young-guns'
  | 'club-chrome'
  | 'vintage-chrome'
  | 'none';

export interface BaseCard {
  sport: Sport;
  /** "2011" or a season "2019-20". */
  year: string;
  /** The set as most sellers write it. */
  set: string;
  /** Other ways sellers write the set (some drop words the query may contain). */
  setAliases: string[];
  number: string;
  player: string;
  /** Other spellings sellers use (accents dropped, nicknames). */
  playerAliases: string[];
  teamCity: string;
  teamName: string;
  rookie: boolean;
  /** Prospect cards carry "1st Bowman" instead of RC. */
  firstBowman?: boolean;
  raw: number;
  gem: number;
  /** 1 (niche) to 5 (everyone searches it); drives sales volume. */
  popularity: number;
  family: ParallelFamily;
  /** Autograph cards of the same player in the same product, if any. */
  autos?: AutoSpec[];
}

export interface AutoSpec {
  set: string;
  number: string;
  /** Autograph raw value as a multiple of the base card's raw value. */
  multiple: number;
  serial?: number;
  /** Patch autographs (RPA). */
  relic?: boolean;
}

type Row = [
  Sport,
  string,
  string,
  string,
  string,
  string,
  string,
  boolean,
  number,
  number,
  number,
  ParallelFamily,
  AutoSpec[]?,
];

const SET_ALIASES: Record<string, string[]> = {
  'Topps Chrome': ['Topps Chrome', 'TOPPS CHROME', 'Chrome'],
  'Topps Chrome Update': ['Topps Chrome Update', 'Topps Chrome Update Series'],
  'Topps Update': ['Topps Update', 'Topps Update Series'],
  Topps: ['Topps', 'Topps Series 1', 'Topps Base'],
  'Bowman Chrome': ['Bowman Chrome', '1st Bowman Chrome', 'Bowman Chrome Prospects'],
  'Bowman Chrome Draft': ['Bowman Chrome Draft', 'Bowman Draft Chrome', 'Bowman Chrome Draft Picks'],
  'Panini Prizm': ['Panini Prizm', 'Prizm', 'PANINI PRIZM'],
  'Panini Prizm WNBA': ['Panini Prizm WNBA', 'Prizm WNBA'],
  'Panini Prizm World Cup': ['Panini Prizm World Cup', 'Prizm World Cup', 'Panini Prizm WC'],
  'Donruss Optic': ['Donruss Optic', 'Optic', 'Panini Donruss Optic'],
  'Upper Deck Young Guns': ['Upper Deck Young Guns', 'UD Young Guns', 'Young Guns', 'Upper Deck YG'],
  'Upper Deck': ['Upper Deck', 'UD'],
  Fleer: ['Fleer', 'FLEER'],
  'O-Pee-Chee': ['O-Pee-Chee', 'OPC', 'O Pee Chee'],
  SP: ['SP', 'SP Foil', 'Upper Deck SP'],
  'Bowman Chrome Football': ['Bowman Chrome'],
  'Topps Chrome UEFA Champions League': [
    'Topps Chrome UEFA Champions League',
    'Topps Chrome UCL',
    'Topps Chrome Champions League',
  ],
  'Topps Chrome UEFA Club Competitions': [
    'Topps Chrome UEFA Club Competitions',
    'Topps Chrome UCC',
    'Topps Chrome UEFA',
  ],
  'Topps Chrome Bundesliga': ['Topps Chrome Bundesliga', 'Topps Chrome BUNDESLIGA'],
  'Topps Chrome MLS': ['Topps Chrome MLS'],
  'Panini Mega Craques': ['Panini Mega Craques', 'Panini Sports Mega Craques', 'Mega Cracks'],
  'Panini Prizm Premier League': ['Panini Prizm Premier League', 'Prizm EPL', 'Prizm Premier League'],
};

const PLAYER_ALIASES: Record<string, string[]> = {
  'Ronald Acuña Jr.': ['Ronald Acuna Jr', 'Ronald Acuña Jr', 'Ronald Acuna Jr.'],
  'Vladimir Guerrero Jr.': ['Vladimir Guerrero Jr', 'Vlad Guerrero Jr', 'Vladimir Guerrero Jr.'],
  'Ken Griffey Jr.': ['Ken Griffey Jr', 'Ken Griffey Jr.', 'Griffey Jr'],
  'Fernando Tatis Jr.': ['Fernando Tatis Jr', 'Tatis Jr'],
  'Bobby Witt Jr.': ['Bobby Witt Jr', 'Bobby Witt Jr.'],
  'Kylian Mbappé': ['Kylian Mbappe', 'MBAPPE', 'Kylian Mbappé'],
  'Luka Dončić': ['Luka Doncic', 'LUKA DONCIC', 'Luka Dončić'],
  'Nikola Jokić': ['Nikola Jokic', 'Jokic'],
  'Julio Rodríguez': ['Julio Rodriguez', 'J-Rod Julio Rodriguez'],
  'Patrick Mahomes II': ['Patrick Mahomes', 'Mahomes II', 'PATRICK MAHOMES'],
  'C.J. Stroud': ['CJ Stroud', 'C.J. Stroud', 'CJ STROUD'],
  "Ja'Marr Chase": ['Jamarr Chase', "Ja'Marr Chase"],
  'Shohei Ohtani': ['Shohei Ohtani', 'SHOHEI OHTANI', 'Ohtani'],
  'Michael Jordan': ['Michael Jordan', 'MICHAEL JORDAN', 'Jordan'],
  'Victor Wembanyama': ['Victor Wembanyama', 'Wemby Victor Wembanyama', 'WEMBANYAMA'],
};

// sport, year, set, number, player, city, team, rookie, raw $, gem premium, popularity, family, autos
// biome-ignore format: one card per line reads as a table
const ROWS: Row[] = [
  ['baseball', '2011', 'Topps Update', 'US175', 'Mike Trout', 'Los Angeles', 'Angels', true, 180, 8, 5, 'topps'],
  ['baseball', '2018', 'Topps Chrome', '150', 'Shohei Ohtani', 'Los Angeles', 'Angels', true, 120, 5, 5, 'topps-chrome', [
    { set: 'Topps Chrome Rookie Autographs', number: 'RA-SO', multiple: 40 },
  ]],
  ['baseball', '2018', 'Topps Update', 'US1', 'Shohei Ohtani', 'Los Angeles', 'Angels', true, 40, 6, 4, 'topps'],
  ['baseball', '2024', 'Topps Chrome', '150', 'Elly De La Cruz', 'Cincinnati', 'Reds', true, 6, 6, 4, 'topps-chrome', [
    { set: 'Topps Chrome Rookie Autographs', number: 'RA-EDC', multiple: 30 },
  ]],
  ['baseball', '2018', 'Topps Update', 'US300', 'Juan Soto', 'Washington', 'Nationals', true, 45, 5, 4, 'topps'],
  ['baseball', '2018', 'Topps Update', 'US250', 'Ronald Acuña Jr.', 'Atlanta', 'Braves', true, 40, 5, 4, 'topps'],
  ['baseball', '2019', 'Topps Chrome', '200', 'Vladimir Guerrero Jr.', 'Toronto', 'Blue Jays', true, 15, 5, 3, 'topps-chrome'],
  ['baseball', '2017', 'Topps', '287', 'Aaron Judge', 'New York', 'Yankees', true, 20, 6, 4, 'topps'],
  ['baseball', '1989', 'Upper Deck', '1', 'Ken Griffey Jr.', 'Seattle', 'Mariners', true, 60, 30, 4, 'none'],
  ['baseball', '1993', 'SP', '279', 'Derek Jeter', 'New York', 'Yankees', true, 250, 60, 3, 'none'],
  ['baseball', '2009', 'Bowman Chrome Draft', 'BDPP89', 'Mike Trout', 'Los Angeles', 'Angels', false, 600, 10, 3, 'bowman-chrome'],
  ['baseball', '2022', 'Topps Update', 'US44', 'Julio Rodríguez', 'Seattle', 'Mariners', true, 12, 5, 3, 'topps'],
  ['baseball', '2024', 'Topps Update', 'US50', 'Paul Skenes', 'Pittsburgh', 'Pirates', true, 30, 4, 5, 'topps'],
  ['baseball', '2024', 'Topps Chrome Update', 'USC100', 'Paul Skenes', 'Pittsburgh', 'Pirates', true, 45, 4, 5, 'topps-chrome', [
    { set: 'Topps Chrome Update Rookie Autographs', number: 'RA-PS', multiple: 35 },
  ]],
  ['baseball', '2020', 'Topps Chrome', '64', 'Luis Robert', 'Chicago', 'White Sox', true, 6, 5, 2, 'topps-chrome'],
  ['baseball', '2023', 'Topps Chrome', '27', 'Triston Casas', 'Boston', 'Red Sox', true, 3, 6, 2, 'topps-chrome'],
  ['baseball', '2018', 'Topps Chrome', '47', 'Rafael Devers', 'Boston', 'Red Sox', true, 8, 5, 2, 'topps-chrome'],
  ['baseball', '2019', 'Topps Chrome', '203', 'Fernando Tatis Jr.', 'San Diego', 'Padres', true, 20, 5, 3, 'topps-chrome'],
  ['baseball', '2022', 'Topps Chrome', '90', 'Bobby Witt Jr.', 'Kansas City', 'Royals', true, 25, 4, 4, 'topps-chrome', [
    { set: 'Topps Chrome Rookie Autographs', number: 'RA-BWJ', multiple: 20 },
  ]],
  ['baseball', '2023', 'Topps Chrome', '112', 'Corbin Carroll', 'Arizona', 'Diamondbacks', true, 6, 5, 2, 'topps-chrome'],
  ['baseball', '2023', 'Topps Chrome', '46', 'Gunnar Henderson', 'Baltimore', 'Orioles', true, 15, 5, 3, 'topps-chrome'],
  ['baseball', '2024', 'Topps Chrome', '89', 'Jackson Holliday', 'Baltimore', 'Orioles', true, 5, 5, 3, 'topps-chrome'],
  ['baseball', '2024', 'Topps Chrome', '178', 'Wyatt Langford', 'Texas', 'Rangers', true, 4, 5, 2, 'topps-chrome'],
  ['baseball', '2023', 'Bowman Chrome', 'BCP-1', 'Ethan Salas', 'San Diego', 'Padres', false, 10, 5, 3, 'bowman-chrome', [
    { set: 'Bowman Chrome Prospect Autographs', number: 'CPA-ES', multiple: 18 },
  ]],
  ['baseball', '2001', 'Bowman', '264', 'Albert Pujols', 'St. Louis', 'Cardinals', true, 60, 15, 2, 'none'],
  ['baseball', '2019', 'Topps Update', 'US47', 'Pete Alonso', 'New York', 'Mets', true, 5, 6, 2, 'topps'],

  ['basketball', '1986-87', 'Fleer', '57', 'Michael Jordan', 'Chicago', 'Bulls', true, 3000, 60, 5, 'none'],
  ['basketball', '2003-04', 'Topps Chrome', '111', 'LeBron James', 'Cleveland', 'Cavaliers', true, 900, 15, 4, 'vintage-chrome'],
  ['basketball', '1996-97', 'Topps Chrome', '138', 'Kobe Bryant', 'Los Angeles', 'Lakers', true, 500, 20, 4, 'vintage-chrome'],
  ['basketball', '2009-10', 'Topps Chrome', '101', 'Stephen Curry', 'Golden State', 'Warriors', true, 700, 10, 4, 'vintage-chrome'],
  ['basketball', '2013-14', 'Panini Prizm', '290', 'Giannis Antetokounmpo', 'Milwaukee', 'Bucks', true, 250, 6, 4, 'prizm'],
  ['basketball', '2018-19', 'Panini Prizm', '280', 'Luka Dončić', 'Dallas', 'Mavericks', true, 80, 5, 5, 'prizm', [
    { set: 'Panini Prizm Rookie Signatures', number: 'RS-LDC', multiple: 25 },
    { set: 'National Treasures Rookie Patch Autographs', number: 'RPA-LD', multiple: 400, serial: 99, relic: true },
  ]],
  ['basketball', '2019-20', 'Panini Prizm', '248', 'Zion Williamson', 'New Orleans', 'Pelicans', true, 25, 5, 3, 'prizm'],
  ['basketball', '2019-20', 'Panini Prizm', '249', 'Ja Morant', 'Memphis', 'Grizzlies', true, 20, 5, 3, 'prizm'],
  ['basketball', '2023-24', 'Panini Prizm', '136', 'Victor Wembanyama', 'San Antonio', 'Spurs', true, 70, 4, 5, 'prizm', [
    { set: 'Panini Prizm Rookie Signatures', number: 'RS-VWB', multiple: 30 },
  ]],
  ['basketball', '2020-21', 'Panini Prizm', '258', 'Anthony Edwards', 'Minnesota', 'Timberwolves', true, 40, 4, 4, 'prizm'],
  ['basketball', '2017-18', 'Panini Prizm', '16', 'Jayson Tatum', 'Boston', 'Celtics', true, 60, 5, 3, 'prizm'],
  ['basketball', '2018-19', 'Panini Prizm', '62', 'Shai Gilgeous-Alexander', 'LA', 'Clippers', true, 50, 5, 3, 'prizm'],
  ['basketball', '2015-16', 'Panini Prizm', '328', 'Nikola Jokić', 'Denver', 'Nuggets', true, 150, 6, 3, 'prizm'],
  ['basketball', '2024', 'Panini Prizm WNBA', '22', 'Caitlin Clark', 'Indiana', 'Fever', true, 60, 4, 5, 'prizm', [
    { set: 'Panini Prizm WNBA Rookie Signatures', number: 'RS-CCL', multiple: 20 },
  ]],
  ['basketball', '2023-24', 'Donruss Optic', '176', 'Chet Holmgren', 'Oklahoma City', 'Thunder', true, 8, 5, 2, 'optic'],
  ['basketball', '2023-24', 'Panini Prizm', '141', 'Scoot Henderson', 'Portland', 'Trail Blazers', true, 3, 6, 1, 'prizm'],
  ['basketball', '2019-20', 'Panini Prizm', '259', 'Tyler Herro', 'Miami', 'Heat', true, 8, 5, 2, 'prizm'],
  ['basketball', '2012-13', 'Panini Prizm', '55', 'Kyrie Irving', 'Cleveland', 'Cavaliers', true, 45, 6, 2, 'prizm'],

  ['football', '2000', 'Bowman Chrome', '236', 'Tom Brady', 'New England', 'Patriots', true, 1500, 20, 4, 'vintage-chrome'],
  ['football', '2017', 'Panini Prizm', '269', 'Patrick Mahomes II', 'Kansas City', 'Chiefs', true, 250, 5, 5, 'prizm', [
    { set: 'Panini Prizm Rookie Autographs', number: 'RA-PM', multiple: 20 },
  ]],
  ['football', '2020', 'Panini Prizm', '307', 'Joe Burrow', 'Cincinnati', 'Bengals', true, 40, 5, 4, 'prizm'],
  ['football', '2020', 'Panini Prizm', '325', 'Justin Herbert', 'Los Angeles', 'Chargers', true, 30, 5, 3, 'prizm'],
  ['football', '2018', 'Panini Prizm', '205', 'Josh Allen', 'Buffalo', 'Bills', true, 60, 5, 4, 'prizm'],
  ['football', '2018', 'Panini Prizm', '212', 'Lamar Jackson', 'Baltimore', 'Ravens', true, 45, 5, 3, 'prizm'],
  ['football', '2023', 'Panini Prizm', '339', 'C.J. Stroud', 'Houston', 'Texans', true, 12, 4, 3, 'prizm'],
  ['football', '2024', 'Panini Prizm', '301', 'Caleb Williams', 'Chicago', 'Bears', true, 8, 5, 4, 'prizm', [
    { set: 'Panini Prizm Rookie Autographs', number: 'RA-CW', multiple: 25 },
  ]],
  ['football', '2024', 'Donruss Optic', '202', 'Jayden Daniels', 'Washington', 'Commanders', true, 15, 4, 5, 'optic', [
    { set: 'Donruss Optic Rated Rookie Autographs', number: 'RRA-JD', multiple: 20 },
  ]],
  ['football', '2020', 'Panini Prizm', '344', 'Jordan Love', 'Green Bay', 'Packers', true, 15, 5, 3, 'prizm'],
  ['football', '2020', 'Panini Prizm', '398', 'Justin Jefferson', 'Minnesota', 'Vikings', true, 30, 5, 3, 'prizm'],
  ['football', '1981', 'Topps', '216', 'Joe Montana', 'San Francisco', '49ers', true, 150, 60, 3, 'none'],
  ['football', '2024', 'Panini Prizm', '318', 'Brock Bowers', 'Las Vegas', 'Raiders', true, 5, 5, 2, 'prizm'],
  ['football', '2021', 'Panini Prizm', '337', "Ja'Marr Chase", 'Cincinnati', 'Bengals', true, 25, 5, 3, 'prizm'],
  ['football', '2023', 'Panini Prizm', '303', 'Bijan Robinson', 'Atlanta', 'Falcons', true, 10, 5, 2, 'prizm'],

  ['hockey', '2005-06', 'Upper Deck Young Guns', '201', 'Sidney Crosby', 'Pittsburgh', 'Penguins', true, 400, 10, 4, 'young-guns'],
  ['hockey', '2015-16', 'Upper Deck Young Guns', '201', 'Connor McDavid', 'Edmonton', 'Oilers', true, 300, 6, 5, 'young-guns', [
    { set: 'SP Authentic Future Watch Autographs', number: '151', multiple: 6, serial: 999 },
  ]],
  ['hockey', '1979-80', 'O-Pee-Chee', '18', 'Wayne Gretzky', 'Edmonton', 'Oilers', true, 1200, 300, 4, 'none'],
  ['hockey', '2023-24', 'Upper Deck Young Guns', '201', 'Connor Bedard', 'Chicago', 'Blackhawks', true, 120, 4, 5, 'young-guns'],
  ['hockey', '2005-06', 'Upper Deck Young Guns', '443', 'Alex Ovechkin', 'Washington', 'Capitals', true, 300, 10, 3, 'young-guns'],
  ['hockey', '2016-17', 'Upper Deck Young Guns', '201', 'Auston Matthews', 'Toronto', 'Maple Leafs', true, 120, 6, 4, 'young-guns'],
  ['hockey', '2023-24', 'Upper Deck Young Guns', '244', 'Adam Fantilli', 'Columbus', 'Blue Jackets', true, 25, 4, 2, 'young-guns'],
  ['hockey', '2021-22', 'Upper Deck Young Guns', '221', 'Moritz Seider', 'Detroit', 'Red Wings', true, 15, 4, 2, 'young-guns'],
  ['hockey', '2019-20', 'Upper Deck Young Guns', '247', 'Cale Makar', 'Colorado', 'Avalanche', true, 120, 5, 3, 'young-guns'],
  ['hockey', '2024-25', 'Upper Deck Young Guns', '201', 'Macklin Celebrini', 'San Jose', 'Sharks', true, 100, 4, 4, 'young-guns'],
  ['hockey', '2019-20', 'Upper Deck Young Guns', '234', 'Cody Glass', 'Vegas', 'Golden Knights', true, 4, 5, 1, 'young-guns'],
  ['hockey', '2015-16', 'Upper Deck Young Guns', '212', 'Jack Eichel', 'Buffalo', 'Sabres', true, 40, 5, 2, 'young-guns'],

  ['soccer', '2018', 'Panini Prizm World Cup', '80', 'Kylian Mbappé', '', 'France', true, 150, 6, 4, 'prizm'],
  ['soccer', '2019-20', 'Topps Chrome UEFA Champions League', '72', 'Erling Haaland', 'RB', 'Salzburg', true, 120, 5, 4, 'club-chrome'],
  ['soccer', '2004-05', 'Panini Mega Craques', '71', 'Lionel Messi', 'FC', 'Barcelona', true, 2000, 15, 4, 'none'],
  ['soccer', '2023-24', 'Topps Chrome UEFA Club Competitions', '64', 'Lamine Yamal', 'FC', 'Barcelona', true, 80, 5, 5, 'club-chrome', [
    { set: 'Topps Chrome UEFA Club Competitions Autographs', number: 'CA-LY', multiple: 25 },
  ]],
  ['soccer', '2020-21', 'Topps Chrome Bundesliga', '55', 'Jude Bellingham', 'Borussia', 'Dortmund', true, 60, 5, 4, 'club-chrome'],
  ['soccer', '2022-23', 'Topps Chrome UEFA Club Competitions', '58', 'Alejandro Garnacho', 'Manchester', 'United', true, 10, 5, 2, 'club-chrome'],
  ['soccer', '2017-18', 'Panini Prizm Premier League', '36', 'Mohamed Salah', '', 'Liverpool', false, 30, 5, 2, 'prizm'],
  ['soccer', '2003', 'Panini Mega Craques', '104', 'Cristiano Ronaldo', 'Sporting', 'CP', true, 800, 12, 3, 'none'],
  ['soccer', '2023', 'Topps Chrome MLS', '1', 'Lionel Messi', 'Inter', 'Miami', false, 25, 5, 4, 'club-chrome'],
  ['soccer', '2022', 'Panini Prizm World Cup', '64', 'Jude Bellingham', '', 'England', false, 20, 5, 2, 'prizm'],
];

export const BASE_CARDS: readonly BaseCard[] = ROWS.map(
  ([sport, year, set, number, player, teamCity, teamName, rookie, raw, gem, popularity, family, autos]) => ({
    sport,
    year,
    set,
    setAliases: SET_ALIASES[set] ?? [set],
    number,
    player,
    playerAliases: PLAYER_ALIASES[player] ?? [player],
    teamCity,
    teamName,
    rookie,
    ...(set.startsWith('Bowman Chrome') && !rookie ? { firstBowman: true } : {}),
    raw,
    gem,
    popularity,
    family,
    ...(autos ? { autos } : {}),
  }),
);

/** A parallel: its name as sellers write it, its print run (null = unnumbered) and value multiple. */
export interface ParallelSpec {
  name: string;
  serial: number | null;
  multiple: number;
}

export const PARALLEL_FAMILIES: Record<ParallelFamily, ParallelSpec[]> = {
  'topps-chrome': [
    { name: 'Refractor', serial: null, multiple: 2.5 },
    { name: 'Prism Refractor', serial: null, multiple: 3 },
    { name: 'X-Fractor', serial: null, multiple: 3.5 },
    { name: 'Sepia Refractor', serial: null, multiple: 2.5 },
    { name: 'Green Refractor', serial: 99, multiple: 8 },
    { name: 'Gold Refractor', serial: 50, multiple: 15 },
    { name: 'Orange Refractor', serial: 25, multiple: 25 },
    { name: 'Red Refractor', serial: 5, multiple: 90 },
  ],
  topps: [
    { name: 'Gold', serial: 0, multiple: 4 },
    { name: 'Rainbow Foil', serial: null, multiple: 2.5 },
    { name: 'Vintage Stock', serial: 99, multiple: 9 },
    { name: 'Black', serial: 60, multiple: 12 },
  ],
  'bowman-chrome': [
    { name: 'Refractor', serial: 499, multiple: 3 },
    { name: 'Blue Refractor', serial: 150, multiple: 6 },
    { name: 'Gold Refractor', serial: 50, multiple: 15 },
    { name: 'Orange Refractor', serial: 25, multiple: 25 },
  ],
  prizm: [
    { name: 'Silver Prizm', serial: null, multiple: 4 },
    { name: 'Red White Blue Prizm', serial: null, multiple: 2.5 },
    { name: 'Green Prizm', serial: null, multiple: 3 },
    { name: 'Blue Prizm', serial: 199, multiple: 7 },
    { name: 'Gold Prizm', serial: 10, multiple: 50 },
  ],
  optic: [
    { name: 'Holo', serial: null, multiple: 3 },
    { name: 'Pink', serial: null, multiple: 4 },
    { name: 'Red', serial: 99, multiple: 10 },
    { name: 'Gold', serial: 10, multiple: 50 },
  ],
  'young-guns': [
    { name: 'Exclusives', serial: 100, multiple: 12 },
    { name: 'High Gloss', serial: 10, multiple: 40 },
    { name: 'Canvas', serial: null, multiple: 2.5 },
  ],
  'club-chrome': [
    { name: 'Refractor', serial: null, multiple: 2.5 },
    { name: 'Green Refractor', serial: 99, multiple: 8 },
    { name: 'Gold Refractor', serial: 50, multiple: 12 },
    { name: 'Orange Refractor', serial: 25, multiple: 20 },
  ],
  'vintage-chrome': [{ name: 'Refractor', serial: null, multiple: 6 }],
  none: [],
};
