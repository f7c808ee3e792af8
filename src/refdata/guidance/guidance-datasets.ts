// The guidance texts as datasets of `refdata import`: how each file is read and split, and the edition
// its own text states when the operator gives none ("Revision Date (Medicare): 1/1/2026", "FY 2026 --
// UPDATED October 1, 2025").
import { readFile } from 'node:fs/promises';
import type { GuidanceParagraph, GuidanceSource } from './guidance.types.js';
import { splitIcdGuidelines } from './icd-guidelines.split.js';
import { splitNcciManual } from './ncci-manual.split.js';
import { pdfText } from './pdf-text.js';

export interface GuidanceDataset {
  dataset: GuidanceSource;
  /** Cited before the version: "NCCI Policy Manual 2026, ch. IX §H". */
  title: string;
  read(file: string): Promise<string>;
  split(text: string): GuidanceParagraph[];
  /** Version and first day as the text states them, or null. */
  editionOf(text: string): { version: string; effectiveFrom: string } | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');

export const GUIDANCE_DATASETS: readonly GuidanceDataset[] = [
  {
    dataset: 'ncci_policy_manual',
    title: 'NCCI Policy Manual',
    read: (file) => readFile(file, 'utf8'),
    split: splitNcciManual,
    editionOf(text) {
      const m = /Revision Date \(Medicare\):\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
      return m
        ? { version: m[3]!, effectiveFrom: `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}` }
        : null;
    },
  },
  {
    dataset: 'icd10cm_guidelines',
    title: 'ICD-10-CM Official Guidelines',
    read: (file) => (/\.pdf$/i.test(file) ? pdfText(file) : readFile(file, 'utf8')),
    split: splitIcdGuidelines,
    editionOf(text) {
      const m = /FY (\d{4})\s*-+\s*UPDATED (\w+) (\d{1,2}), (\d{4})/.exec(text);
      const month = m ? MONTHS.indexOf(m[2]!) + 1 : 0;
      return m && month
        ? { version: `FY${m[1]}`, effectiveFrom: `${m[4]}-${pad(month)}-${pad(Number(m[3]))}` }
        : null;
    },
  },
];

export const GUIDANCE_KEYS: readonly string[] = GUIDANCE_DATASETS.map((d) => d.dataset);

export const guidanceDataset = (key: string): GuidanceDataset | undefined =>
  GUIDANCE_DATASETS.find((d) => d.dataset === key);
