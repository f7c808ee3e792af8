// Validating accessors for one CSV record: each returns the value as COPY text (or null) and throws
// a FieldError naming the column when the value is not what the CMS/CDC layout promises.
import { FieldError } from './import-error.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

export class Fields {
  private record: string[] = [];
  private readonly index: Map<string, number>;

  constructor(header: readonly string[]) {
    this.index = new Map(header.map((name, i) => [name, i]));
  }

  use(record: string[]): this {
    this.record = record;
    return this;
  }

  /** Trimmed text; empty -> null (or an error when required). */
  text(name: string, required = false): string | null {
    const i = this.index.get(name);
    if (i === undefined) throw new FieldError(name, 'missing from the header');
    const v = (this.record[i] ?? '').trim();
    if (v === '') {
      if (required) throw new FieldError(name, 'is empty');
      return null;
    }
    return v;
  }

  required(name: string): string {
    return this.text(name, true)!;
  }

  /** A code matching `pattern` (upper-cased). */
  code(name: string, pattern: RegExp, required = true): string | null {
    const v = this.text(name, required)?.toUpperCase() ?? null;
    if (v !== null && !pattern.test(v)) throw new FieldError(name, `not a valid code (got "${v}")`);
    return v;
  }

  int(name: string, required = false, min = -2147483648, max = 2147483647): string | null {
    const v = this.text(name, required);
    if (v === null) return null;
    if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      throw new FieldError(name, `expected a whole number from ${min} to ${max} (got "${v}")`);
    }
    return String(Number(v));
  }

  /** A fiscal/calendar year. */
  year(name: string): string | null {
    return this.int(name, false, 1900, 2100);
  }

  num(name: string): string | null {
    const v = this.text(name);
    if (v !== null && !/^-?(\d+\.?\d*|\.\d+)$/.test(v))
      throw new FieldError(name, `expected a number (got "${v}")`);
    return v;
  }

  /** ISO (YYYY-MM-DD) or CMS compact (YYYYMMDD) date; `*` and empty mean none. */
  date(name: string): string | null {
    const v = this.text(name);
    if (v === null || v === '*') return null;
    const m = COMPACT.exec(v);
    const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : v;
    if (!ISO.test(iso) || Number.isNaN(Date.parse(iso)))
      throw new FieldError(name, `expected a date (got "${v}")`);
    return iso;
  }

  oneOf(name: string, allowed: readonly string[], required = true): string | null {
    const v = this.text(name, required);
    if (v !== null && !allowed.includes(v)) {
      throw new FieldError(name, `expected one of ${allowed.join(', ')} (got "${v}")`);
    }
    return v;
  }

  /** 1/0 flags as PostgreSQL booleans. */
  flag(name: string): string {
    return this.oneOf(name, ['0', '1'])! === '1' ? 't' : 'f';
  }
}

/** Joins index terms to their parents by level ("Effusion" > "pleura" > "malignant"). */
export class TermPath {
  private stack: string[] = [];

  push(level: number, term: string): string {
    this.stack.length = Math.min(this.stack.length, level);
    this.stack[level] = term;
    return this.stack.filter(Boolean).join(', ');
  }
}
