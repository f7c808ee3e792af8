// Pairs of codes a rule of their own answers, so the PTP rule says nothing of them: Mohs with the repairs,
// biopsies and pathology it includes (mohs.ts), and repairs of different families (repairs.ts), which
// are reported separately with 59 or XS where an edit pairs them, never "report one alone".
import { mohsSettles } from './mohs.js';
import { repairsSettle } from './repairs.js';

export const settledByOwnRule = (a: string, b: string): boolean => mohsSettles(a, b) || repairsSettle(a, b);
