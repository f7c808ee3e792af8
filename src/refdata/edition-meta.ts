// Edition label, version and effective date from an operator's flags or, failing those, the file name
// (the CMS/CDC naming: 2024q3, 2024jul, fy2026, rvu25d). Pure.
import { AppError } from '../errors.js';

export interface EditionMeta {
  label: string;
  version: string;
  effectiveFrom: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Version and effective date read from a file name, or null when it follows no known pattern. */
export function versionFromFileName(fileName: string): { version: string; effectiveFrom: string } | null {
  const name = fileName.toLowerCase();
  // PFS RVU releases A-D are the January, April, July and October files.
  let m = /rvu(\d\d)([a-d])/.exec(name);
  if (m)
    return {
      version: `20${m[1]} ${m[2]!.toUpperCase()}`,
      effectiveFrom: `20${m[1]}-${pad('abcd'.indexOf(m[2]!) * 3 + 1)}-01`,
    };
  m = /(20\d\d)q([1-4])/.exec(name);
  if (m)
    return { version: `${m[1]} Q${m[2]}`, effectiveFrom: `${m[1]}-${pad((Number(m[2]) - 1) * 3 + 1)}-01` };
  m = /(20\d\d)_?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.exec(name);
  if (m) {
    const month = MONTHS.indexOf(m[2]!) + 1;
    return {
      version: `${m[2]![0]!.toUpperCase()}${m[2]!.slice(1)} ${m[1]}`,
      effectiveFrom: `${m[1]}-${pad(month)}-01`,
    };
  }
  // Fiscal year N runs from 1 October of N-1 (CMS/CDC code sets).
  m = /fy(20\d\d)/.exec(name);
  if (m) return { version: `FY${m[1]}`, effectiveFrom: `${Number(m[1]) - 1}-10-01` };
  return null;
}

export function editionMeta(
  title: string,
  fileName: string,
  given: { label?: string; version?: string; effective?: string },
): EditionMeta {
  const inferred = versionFromFileName(fileName);
  const effectiveFrom = given.effective ?? inferred?.effectiveFrom;
  if (
    !effectiveFrom ||
    !/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) ||
    Number.isNaN(Date.parse(effectiveFrom))
  ) {
    throw new AppError(
      'REFDATA.NO_EFFECTIVE_DATE',
      `cannot tell when ${fileName} takes effect: pass --effective YYYY-MM-DD`,
    );
  }
  const version = given.version ?? inferred?.version ?? effectiveFrom;
  return { label: given.label ?? `${title} ${version}`, version, effectiveFrom };
}
