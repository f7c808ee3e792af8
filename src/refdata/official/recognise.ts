// Which official layout a file is, from its name (its header is checked when it loads), or why a
// file that comes with a release is passed over. Pure.
import { extname } from 'node:path';
import type { Identity, OfficialLayout } from './layout.types.js';
import { CODE_LAYOUTS } from './layouts-codes.js';
import { NCCI_LAYOUTS } from './layouts-ncci.js';
import { PFS_LAYOUTS } from './layouts-pfs.js';
import type { RecordFormat } from './record-readers.js';

export const OFFICIAL_LAYOUTS: readonly OfficialLayout[] = [...NCCI_LAYOUTS, ...PFS_LAYOUTS, ...CODE_LAYOUTS];

export type Recognition =
  | { kind: 'layout'; layout: OfficialLayout; identity: Identity; format: RecordFormat }
  | { kind: 'skip'; reason: string }
  | { kind: 'unknown' };

/** Files of the releases that CodeDesk does not load, and why. */
const PASSED_OVER: [RegExp, string][] = [
  [/\.(pdf|docx?|rtf|html?)$|readme|record ?layout/i, 'documentation'],
  [
    /^PPRRVU.*_QPP\.\w+$/i,
    'the QPP variant of the RVU file (qualifying APM participants): the non-QPP file is loaded',
  ],
  [
    /^(PPRRVU|GPCI|\d\dLOCCO|ANES).*\.txt$/i,
    'the fixed-width copy of a PFS file: its csv or xlsx copy in the same release is loaded',
  ],
  [/^OPPSCAP/i, 'OPPS payment caps: not used by the desk'],
  [/^icd10(cm|pcs)[-_]codes[-_]/i, 'the code file repeats the order file, which is loaded instead'],
  [/addenda/i, 'addenda list changes only: the full files are loaded'],
  [
    /^POAexempt|conversion[-_ ]table|[-_]tabular|[-_]index|[-_]drug|[-_]neoplasm|[-_]eindex|icd10pcs_(tables|definitions)/i,
    'not loaded by CodeDesk yet',
  ],
  [
    /changes?[-_ ]?(report|file)?\.(xlsx|csv|txt)$|_changes/i,
    'a list of changes: the full edition is loaded',
  ],
  [/^NOC|proc[-_]?notes|HCPC\d{4}.*(_TRANS|CORR)/i, 'not loaded by CodeDesk yet'],
  [/^(\.|__MACOSX)|\/(\.|__MACOSX)/, 'a system file'],
];

export function recognise(name: string): Recognition {
  const ext = extname(name).slice(1).toLowerCase();
  for (const layout of OFFICIAL_LAYOUTS) {
    const identity = layout.identify(name);
    const format = identity && layout.format(ext);
    if (identity && format) return { kind: 'layout', layout, identity, format };
  }
  const skip = PASSED_OVER.find(([re]) => re.test(name));
  return skip ? { kind: 'skip', reason: skip[1] } : { kind: 'unknown' };
}
