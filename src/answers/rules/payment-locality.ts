// The Medicare payment locality a question names: a locality's own name ("Manhattan", "Rest of Texas"),
// a city in it, a county, or a state (one locality, or several to choose from). Pure: the localities
// come from the GPCI facts; the place names we know without them say only that a place was named.
import type { LocalityGpci } from '../../refdata/repositories/gpci.repository.js';

// prettier-ignore
const STATES: Record<string, string> = {
  ALABAMA: 'AL', ALASKA: 'AK', ARIZONA: 'AZ', ARKANSAS: 'AR', CALIFORNIA: 'CA', COLORADO: 'CO',
  CONNECTICUT: 'CT', DELAWARE: 'DE', 'DISTRICT OF COLUMBIA': 'DC', FLORIDA: 'FL', GEORGIA: 'GA',
  HAWAII: 'HI', IDAHO: 'ID', ILLINOIS: 'IL', INDIANA: 'IN', IOWA: 'IA', KANSAS: 'KS', KENTUCKY: 'KY',
  LOUISIANA: 'LA', MAINE: 'ME', MARYLAND: 'MD', MASSACHUSETTS: 'MA', MICHIGAN: 'MI', MINNESOTA: 'MN',
  MISSISSIPPI: 'MS', MISSOURI: 'MO', MONTANA: 'MT', NEBRASKA: 'NE', NEVADA: 'NV', 'NEW HAMPSHIRE': 'NH',
  'NEW JERSEY': 'NJ', 'NEW MEXICO': 'NM', 'NEW YORK': 'NY', 'NORTH CAROLINA': 'NC', 'NORTH DAKOTA': 'ND',
  OHIO: 'OH', OKLAHOMA: 'OK', OREGON: 'OR', PENNSYLVANIA: 'PA', 'PUERTO RICO': 'PR', 'RHODE ISLAND': 'RI',
  'SOUTH CAROLINA': 'SC', 'SOUTH DAKOTA': 'SD', TENNESSEE: 'TN', TEXAS: 'TX', UTAH: 'UT', VERMONT: 'VT',
  'VIRGIN ISLANDS': 'VI', VIRGINIA: 'VA', WASHINGTON: 'WA', 'WEST VIRGINIA': 'WV', WISCONSIN: 'WI', WYOMING: 'WY',
};

// Cities coders name that are not a locality's own name: the state and the words of their locality.
// prettier-ignore
const CITIES: [RegExp, string, string[]][] = [
  [/\b(NYC|new york city)\b/i, 'NY', ['MANHATTAN', 'QUEENS', 'NYC SUBURBS']],
  [/\b(brooklyn|bronx|staten island)\b/i, 'NY', ['NYC SUBURBS']],
  [/\bboston\b/i, 'MA', ['METROPOLITAN BOSTON']],
  [/\b(philadelphia|philly)\b/i, 'PA', ['METROPOLITAN PHILADELPHIA']],
  [/\bpittsburgh\b/i, 'PA', ['REST OF PENNSYLVANIA']],
  [/\b(washington,?\s*D\.?C\.?|D\.C\.)/i, 'DC', ['DISTRICT OF COLUMBIA']],
  [/\b(los angeles|L\.A\.)/i, 'CA', ['LOS ANGELES']],
  [/\b(san francisco|oakland)\b/i, 'CA', ['SAN FRANCISCO']],
  [/\bsan diego\b/i, 'CA', ['SAN DIEGO']],
  [/\bbaltimore\b/i, 'MD', ['BALTIMORE']],
  [/\bst\.?\s*louis\b/i, 'MO', ['METROPOLITAN ST. LOUIS']],
  [/\bkansas city\b/i, 'MO', ['METROPOLITAN KANSAS CITY']],
  [/\bnewark\b/i, 'NJ', ['NORTHERN NJ']],
  [/\banchorage\b/i, 'AK', ['ALASKA']],
  [/\bhonolulu\b/i, 'HI', ['HAWAII']],
  [/\b(cleveland|columbus|cincinnati)\b/i, 'OH', ['OHIO']],
  [/\b(phoenix|tucson)\b/i, 'AZ', ['ARIZONA']],
  [/\b(denver)\b/i, 'CO', ['COLORADO']],
  [/\b(nashville|memphis)\b/i, 'TN', ['TENNESSEE']],
  // Localities named for a city: known here too, so a question naming one is recognised without GPCIs.
  [/\bmanhattan\b/i, 'NY', ['MANHATTAN']],
  [/\bqueens\b/i, 'NY', ['QUEENS']],
  [/\blong island\b/i, 'NY', ['NYC SUBURBS']],
  [/\bchicago\b/i, 'IL', ['CHICAGO']],
  [/\bhouston\b/i, 'TX', ['HOUSTON']],
  [/\bdallas\b/i, 'TX', ['DALLAS']],
  [/\baustin\b/i, 'TX', ['AUSTIN']],
  [/\bmiami\b/i, 'FL', ['MIAMI']],
  [/\batlanta\b/i, 'GA', ['ATLANTA']],
  [/\bdetroit\b/i, 'MI', ['DETROIT']],
  [/\bseattle\b/i, 'WA', ['SEATTLE']],
  [/\bnew orleans\b/i, 'LA', ['NEW ORLEANS']],
  [/\bsan jose\b/i, 'CA', ['SAN JOSE']],
  [/\bsacramento\b/i, 'CA', ['SACRAMENTO']],
];

export type Locality =
  | { kind: 'one'; gpci: LocalityGpci; named: string }
  | { kind: 'several'; rows: LocalityGpci[]; named: string }
  | { kind: 'unknown'; named: string };

const words = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9 .]/g, ' ')
    .replace(/\s+/g, ' ');
const has = (hay: string, needle: string) =>
  new RegExp(`(^| )${needle.replace(/\./g, '\\.')}( |$)`).test(hay);

/** The city and county words of a locality name: "LOS ANGELES-LONG BEACH-ANAHEIM (ORANGE CNTY)". */
function namesOf(g: LocalityGpci): string[] {
  const name = g.name.replace(/\*/g, '').trim();
  if (/^REST OF /.test(name)) return [];
  const cities = name
    .replace(/\(.*\)/, '')
    .split(/[-/]/)
    .map((p) => words(p).trim());
  const counties = [
    ...(g.counties ?? []),
    ...[...name.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]!.split('/')),
  ]
    .map((c) => words(c.replace(/\bCNTY\b|\bCOUNTY\b/g, '')).trim())
    .filter(Boolean)
    .map((c) => `${c} COUNTY`);
  return [...cities.filter((c) => c.length > 3 && !STATES[c]), ...counties];
}

function stateNamed(text: string): string | null {
  const upper = words(text);
  const full = Object.keys(STATES)
    .sort((a, b) => b.length - a.length)
    .find((s) => has(upper, s) && !(s === 'WASHINGTON' && /\bD\.?C\b/i.test(text)));
  if (full) return STATES[full]!;
  // Postal codes only where an address puts them: "Houston, TX", "Albany NY 12207".
  const postal = /,\s*([A-Z]{2})\b|\b([A-Z]{2})\s+\d{5}\b/.exec(text);
  const code = postal?.[1] ?? postal?.[2];
  return code && Object.values(STATES).includes(code) ? code : null;
}

/** The locality the question names, or null when it names no place (a national amount, then). */
export function localityOf(text: string, gpci: readonly LocalityGpci[]): Locality | null {
  const upper = words(text);
  const state = stateNamed(text);
  const city = CITIES.find(([re]) => re.test(text));
  const inState = (rows: readonly LocalityGpci[], st: string | null) =>
    st ? rows.filter((g) => g.state === st) : rows;
  const matched = inState(gpci, state).filter((g) => namesOf(g).some((n) => has(upper, n)));
  // "Los Angeles County": the county names one of the localities that share the city's name.
  const byCounty = matched.filter((g) => namesOf(g).some((n) => n.endsWith(' COUNTY') && has(upper, n)));
  const byName = byCounty.length ? byCounty : matched;
  const stateName = Object.keys(STATES).find((s) => STATES[s] === state);
  const named = byName.length
    ? byName.map((g) => titleCase(g.name)).join(', ')
    : (city?.[0].exec(text)?.[0] ?? (stateName ? titleCase(stateName) : null));
  if (byName.length === 1) return { kind: 'one', gpci: byName[0]!, named: named! };
  if (byName.length > 1) return { kind: 'several', rows: byName, named: named! };
  if (city) {
    const rows = gpci.filter((g) => g.state === city[1] && city[2].some((w) => words(g.name).startsWith(w)));
    const label = city[0].exec(text)![0];
    if (rows.length === 1) return { kind: 'one', gpci: rows[0]!, named: label };
    return rows.length ? { kind: 'several', rows, named: label } : { kind: 'unknown', named: label };
  }
  if (!state) return null;
  const rows = gpci.filter((g) => g.state === state);
  const label = named ?? state;
  if (rows.length === 1) return { kind: 'one', gpci: rows[0]!, named: label };
  return rows.length ? { kind: 'several', rows, named: label } : { kind: 'unknown', named: label };
}

const ABBREVIATIONS = new Set(['NYC', 'NJ', 'DC', 'N', 'S', 'E', 'W', 'CNTY']);

/** "REST OF TEXAS" -> "Rest of Texas", "POUGHKEEPSIE/N NYC SUBURBS" -> "Poughkeepsie/N NYC Suburbs". */
export function titleCase(name: string): string {
  return name
    .replace(/\*/g, '')
    .trim()
    .replace(/[A-Z][A-Z.]*/g, (w) =>
      w === 'OF' || w === 'AND'
        ? w.toLowerCase()
        : ABBREVIATIONS.has(w)
          ? w
          : w[0] + w.slice(1).toLowerCase(),
    );
}

/** "Manhattan (NY locality 01)". */
export const localityLabel = (g: LocalityGpci): string =>
  `${titleCase(g.name)} (${g.state} locality ${g.locality})`;
