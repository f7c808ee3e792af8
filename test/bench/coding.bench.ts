// Extraction + analysis of a typical question (ex-01 with a signature), excluding the database: the
// look-up result is a fixture. Target: median under 1 ms.
import { analyze } from '../../src/coding/analyze.js';
import { extractMentions } from '../../src/coding/extract.js';
import { THORACENTESIS } from '../fixtures/questions/lookup-fixtures.js';

const QUESTION =
  'Hello,\nOn DOS 03/04/2025 our pulmonologist did a thoracentesis under ultrasound (32555) and also billed 76942-26 for the guidance.\n' +
  'Is 76942 separately payable, and would modifier 59 get it paid? Patient dx J91.8 and C34.90. Call me at 555-32555 ext 76942.';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export default async function bench(): Promise<Record<string, unknown>> {
  const run = (): void => {
    analyze(extractMentions(QUESTION, { today: '2026-06-01' }), THORACENTESIS);
  };
  for (let i = 0; i < 500; i++) run(); // warm-up: JIT and regex caches
  const samples: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const t = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  samples.sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    iterations: samples.length,
    questionChars: QUESTION.length,
    medianMicros: round(percentile(samples, 0.5)),
    p99Micros: round(percentile(samples, 0.99)),
    targetMedianMicros: 1000,
  };
}
