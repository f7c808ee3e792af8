// How `refdata import-release` tells the operator what it found and what it did. Pure: lines of text.
import type { ImportResult } from '../refdata/edition-import.js';
import type { EditionOutcome, ReleaseReport } from '../refdata/official/release.service.js';

export const rate = (r: ImportResult) =>
  `${r.rows} rows in ${r.seconds.toFixed(1)} s (${Math.round(r.rows / Math.max(r.seconds, 0.001))} rows/s)`;

/** The plan: each edition with its dataset, version and first day, then what is passed over or refused. */
export function planLines(report: ReleaseReport): string[] {
  const lines = [`recognised ${report.editions.length} edition${report.editions.length === 1 ? '' : 's'}:`];
  for (const e of report.editions)
    lines.push(
      `  ${e.dataset.padEnd(18)} ${e.label.padEnd(40)} from ${e.effectiveFrom}  ${e.files.join(', ')}`,
    );
  if (report.passedOver.length)
    lines.push('passed over:', ...report.passedOver.map((p) => `  ${p.file}: ${p.reason}`));
  if (report.refused.length)
    lines.push('refused (incomplete):', ...report.refused.map((p) => `  ${p.file}: ${p.reason}`));
  if (report.unrecognised.length)
    lines.push(
      'not a release file CodeDesk reads (left alone):',
      ...report.unrecognised.map((f) => `  ${f}`),
    );
  return lines;
}

export function outcomeLine(e: EditionOutcome): string {
  if (e.error) return `refused: ${e.label}: ${e.error}`;
  const r = e.result!;
  return r.status === 'loaded'
    ? `loaded: ${r.edition.label} (from ${r.edition.effective_from}) — ${rate(r)}`
    : `unchanged (same file already loaded): ${r.edition.label} — ${r.rows} rows`;
}

/** 0 when every edition loaded (or was loaded before), 1 when any was refused; unknown files do not count. */
export const releaseExitCode = (report: ReleaseReport) =>
  report.refused.length || report.editions.some((e) => e.error) ? 1 : 0;
