// Pairs of codes a rule of their own answers, so the PTP rule says nothing of them: Mohs with the repairs,
// biopsies and pathology it includes (mohs.ts), repairs of different families (repairs.ts), which
// are reported separately with 59 or XS where an edit pairs them, never "report one alone", and a
// screening colonoscopy turned therapeutic beside the colonoscopy done (coverage-colonoscopy.ts).
import type { AnswerQuestion } from '../types.js';
import { screeningSettles } from './coverage-colonoscopy.js';
import { mohsSettles } from './mohs.js';
import { repairsSettle } from './repairs.js';

export const settledByOwnRule = (a: string, b: string, q?: AnswerQuestion): boolean =>
  mohsSettles(a, b) || repairsSettle(a, b) || (q !== undefined && screeningSettles(a, b, q));
