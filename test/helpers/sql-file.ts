// The checked-in query files (src/queries/*.sql): each case's statements under a `-- name` header,
// cases apart by a blank line, every statement ended by `;` at the end of its line. Kysely compiles a
// built query to one line; it is broken before its clauses here so that a diff shows which one changed.
// Hand-written statements keep their own lines, indented by the parentheses open around them.
import type { Captured } from './recording-db.js';

const PREAMBLE =
  '-- What the code sends, written by test/unit/queries/queries.test.ts: do not edit; rewrite with\n' +
  '-- UPDATE_QUERIES=1 npx vitest run --project unit test/unit/queries';

const CLAUSES = [
  'inner join',
  'left join',
  'cross join',
  'from',
  'where',
  'group by',
  'having',
  'order by',
  'limit',
  'offset',
  'returning',
  'set',
  'values',
  'on conflict',
  'union all',
  'for update',
];

/** A one-line statement broken before each clause and after each top-level comma (a column, an
 * assignment), and before each top-level `and`: outside parentheses, `case ... end` and quotes. */
function breakClauses(sql: string): string {
  let out = '';
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    const rest = sql.slice(i);
    const wordStart = !/\w/.test(sql[i - 1] ?? ' ');
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(' || (wordStart && /^case\b/.test(rest))) depth++;
    else if (ch === ')' || (wordStart && /^end\b/.test(rest))) depth--;
    else if (ch === ',' && depth === 0 && sql[i + 1] === ' ') {
      out += ',\n  ';
      i++;
      continue;
    } else if (ch === ' ' && depth === 0) {
      if (CLAUSES.some((c) => rest.startsWith(` ${c} `) || rest === ` ${c}`)) {
        out += '\n';
        continue;
      }
      if (rest.startsWith(' and ')) {
        out += '\n  ';
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** Parentheses opened minus closed in a line, outside quotes and `--` comments. */
function depthChange(line: string): number {
  let change = 0;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '-' && line[i + 1] === '-') break;
    else if (ch === '(') change++;
    else if (ch === ')') change--;
  }
  return change;
}

/** Each line indented by the parentheses open at its start: a hand-written statement's own indent
 * differs from that of the fragments spliced into it. Blank lines and trailing spaces dropped. */
function reindent(sql: string): string {
  let depth = 0;
  const out: string[] = [];
  for (const line of sql.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    // a line that starts by closing a parenthesis sits at the depth it closes to
    const closing = /^\)+/.exec(line)?.[0].length ?? 0;
    out.push('  '.repeat(Math.max(depth - closing, 0)) + line);
    depth += depthChange(line);
  }
  return out.join('\n');
}

export function layout(sql: string): string {
  return sql.includes('\n') ? reindent(sql) : breakClauses(sql.trim());
}

export function renderCase(c: Captured): string {
  return [`-- ${c.name}`, ...c.sent.map((s) => `${layout(s)};`)].join('\n');
}

export function renderFile(cases: readonly Captured[]): string {
  return [PREAMBLE, ...cases.map(renderCase)].join('\n\n') + '\n';
}

/** The file's cases by name, each as renderCase writes it. */
export function casesOf(file: string): Map<string, string> {
  const blocks = file.trimEnd().split('\n\n').slice(1);
  return new Map(blocks.map((b) => [b.slice(3, b.indexOf('\n')), b]));
}

/** Each statement of a file with the name of its case. */
export function statementsOf(file: string): { name: string; sql: string }[] {
  return [...casesOf(file)].flatMap(([name, block]) =>
    block
      .slice(block.indexOf('\n') + 1)
      .split(/;$/m)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((sql) => ({ name, sql })),
  );
}
