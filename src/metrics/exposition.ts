// The Prometheus text exposition format, version 0.0.4 (prometheus.io/docs/instrumenting/
// exposition_formats): what prom-client writes, in the few lines CodeDesk needs. Values are computed at
// scrape time from PostgreSQL and Redis (collect.ts), so no registry of live metric objects is kept.

export type Labels = Record<string, string>;

export interface Sample {
  labels?: Labels;
  value: number;
}

/** Cumulative counts per upper bound (`le`), as Prometheus histograms are: counts[i] = values <= bounds[i]. */
export interface HistogramSeries {
  labels?: Labels;
  bounds: readonly number[];
  counts: readonly number[];
  sum: number;
  count: number;
}

export type Family =
  | { type: 'counter' | 'gauge'; name: string; help: string; samples: Sample[] }
  | { type: 'histogram'; name: string; help: string; series: HistogramSeries[] };

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const escapeHelp = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeLabel = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

function formatLabels(labels: Labels | undefined, extra?: [string, string]): string {
  const pairs = Object.entries(labels ?? {});
  if (extra) pairs.push(extra);
  if (pairs.length === 0) return '';
  for (const [k] of pairs)
    if (!LABEL_NAME.test(k) || k.startsWith('__')) throw new Error(`bad label name ${k}`);
  return `{${pairs.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
}

function histogramLines(name: string, s: HistogramSeries): string[] {
  if (s.bounds.length !== s.counts.length) throw new Error(`${name}: one count per bucket bound`);
  const lines = s.bounds.map(
    (le, i) => `${name}_bucket${formatLabels(s.labels, ['le', formatValue(le)])} ${s.counts[i]}`,
  );
  lines.push(`${name}_bucket${formatLabels(s.labels, ['le', '+Inf'])} ${s.count}`);
  lines.push(`${name}_sum${formatLabels(s.labels)} ${formatValue(s.sum)}`);
  lines.push(`${name}_count${formatLabels(s.labels)} ${s.count}`);
  return lines;
}

/** The families as one scrape body: HELP and TYPE lines, then the samples, a newline at the end. */
export function renderExposition(families: Family[]): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of families) {
    if (!METRIC_NAME.test(f.name)) throw new Error(`bad metric name ${f.name}`);
    if (seen.has(f.name)) throw new Error(`metric ${f.name} given twice`);
    seen.add(f.name);
    out.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    if (f.type === 'histogram') for (const s of f.series) out.push(...histogramLines(f.name, s));
    else for (const s of f.samples) out.push(`${f.name}${formatLabels(s.labels)} ${formatValue(s.value)}`);
  }
  return out.join('\n') + '\n';
}
