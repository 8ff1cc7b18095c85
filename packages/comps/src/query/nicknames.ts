/**
 * Names the hobby writes more than one way. Nicknames of more than one word for a player ("Big Hurt",
 * "Big Unit"): a query's are read as the player's name, and a title that opens with one names the
 * player, not another. First names written out or short ("Michael"/"Mike").
 */
const NICKNAMES: ReadonlyArray<[RegExp, string]> = [
  ['big hurt', 'frank thomas'],
  ['king james', 'lebron james'],
  ['the great one', 'wayne gretzky'],
  ['say hey kid', 'willie mays'],
  ['mad max', 'max scherzer'],
  ['big unit', 'randy johnson'],
  ['mr\\.? october', 'reggie jackson'],
  ['black mamba', 'kobe bryant'],
  ['j-rod', 'julio rodriguez'],
  ['all rise', 'aaron judge'],
  ['sid the kid', 'sidney crosby'],
  ['the kid', 'ken griffey'],
  ['the captain', 'derek jeter'],
  ['(?:the\\s+)?great 8', 'alex ovechkin'],
  ['his airness', 'michael jordan'],
  ['air jordan', 'michael jordan'],
  ['mj', 'michael jordan'],
  ['greek freak', 'giannis antetokounmpo'],
  ['the mailman', 'karl malone'],
  ['the admiral', 'david robinson'],
  ['the answer', 'allen iverson'],
  ['the dream', 'hakeem olajuwon'],
  ['mr\\.? cub', 'ernie banks'],
  ['the hammer', 'hank aaron'],
  ['hammerin hank', 'hank aaron'],
  ['the bambino', 'babe ruth'],
  ['the iron horse', 'lou gehrig'],
  ['the mick', 'mickey mantle'],
  ['prime time', 'deion sanders'],
  ['neon deion', 'deion sanders'],
  ['chef curry', 'stephen curry'],
].map(([nickname, name]) => [new RegExp(`(?<![a-z0-9])${nickname}(?![a-z0-9])`, 'i'), name!]);

/** The query with each nickname replaced by the player's name ("big hurt 90 topps rc"). */
export function withNamesForNicknames(query: string): string {
  let text = query;
  for (const [nickname, name] of NICKNAMES) if (nickname.test(text)) text = text.replace(nickname, name);
  return text;
}

/** The player a nickname of several words names ("big unit": "randy johnson"), or null. */
export function playerNicknamed(words: string): string | null {
  for (const [nickname, name] of NICKNAMES) if (nickname.test(words)) return name;
  return null;
}

/** First names and their short forms, both ways: "Michael Trout" is Mike Trout, "Robert Witt" Bobby Witt. */
const FIRST_NAME_FORMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const groups = [
    ['michael', 'mike'],
    ['matthew', 'matt'],
    ['christopher', 'chris'],
    ['joshua', 'josh'],
    ['alexander', 'alex'],
    ['nicholas', 'nick'],
    ['thomas', 'tom', 'tommy'],
    ['joseph', 'joe', 'joey'],
    ['daniel', 'dan', 'danny'],
    ['david', 'dave'],
    ['james', 'jim', 'jimmy'],
    ['robert', 'rob', 'bob', 'bobby'],
    ['william', 'will', 'bill', 'billy'],
    ['kenneth', 'ken', 'kenny'],
    ['ronald', 'ron', 'ronnie'],
    ['benjamin', 'ben'],
    ['samuel', 'sam'],
    ['anthony', 'tony'],
    ['steven', 'steve'],
    ['stephen', 'steve'],
    ['zachary', 'zach', 'zack'],
    ['jacob', 'jake'],
    ['andrew', 'andy', 'drew'],
    ['gregory', 'greg'],
    ['peter', 'pete'],
    ['timothy', 'tim'],
    ['edward', 'ed', 'eddie'],
    ['jonathan', 'jon'],
    ['richard', 'rick', 'ricky'],
    ['charles', 'charlie', 'chuck'],
    ['frederick', 'fred', 'freddie'],
    ['lawrence', 'larry'],
    ['gerald', 'jerry'],
    ['nathan', 'nate'],
    ['cameron', 'cam'],
    ['mitchell', 'mitch'],
  ];
  const forms = new Map<string, Set<string>>();
  for (const group of groups)
    for (const name of group) {
      const set = forms.get(name) ?? new Set<string>();
      for (const other of group) if (other !== name) set.add(other);
      forms.set(name, set);
    }
  return forms;
})();

/** `a` and `b` are one first name, written out or short ("michael" and "mike"). */
export function sameFirstName(a: string, b: string): boolean {
  return FIRST_NAME_FORMS.get(a)?.has(b) === true;
}
