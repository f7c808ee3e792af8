// What each PFS global-days indicator means (CMS PFS RVU file layout, "PPRRVU" record), in one place:
// the short meaning a draft lists beside a code, and the advice that names the modifiers to use.

/** The period a code's global package covers, as a draft lists it beside the code. */
const MEANING: Record<string, string> = {
  '000': '0-day global: no postoperative days; related care on the day of the procedure is included',
  '010': '10-day global: related postoperative care for 10 days is included',
  '090': '90-day global: the day before, the day of, and 90 days of related postoperative care are included',
  MMM: 'maternity care global (the global surgery rules do not apply)',
  XXX: 'the global surgery concept does not apply',
  YYY: 'the contractor sets the global period',
  ZZZ: 'add-on service, always inside the global period of the primary procedure',
};

/** The same period with the modifiers that go with visits and procedures inside it. */
const ADVICE: Record<string, string> = {
  '000':
    '0-day global: related E/M on the day of the procedure is included; a separate E/M that day needs modifier 25 (57 when it led to the decision for a major surgery).',
  '010':
    '10-day global: related visits on the day and for 10 days after are included; unrelated E/M uses 24, a staged or related procedure 58, a return to the OR for a complication 78, an unrelated procedure 79.',
  '090':
    '90-day global (major surgery): the day before, the day of and 90 days after are included; the E/M that decided the surgery uses 57, unrelated E/M 24, staged 58, return to the OR 78, unrelated procedure 79.',
  XXX: 'XXX: the global surgery concept does not apply to this code.',
  YYY: 'YYY: the payer (Medicare contractor) sets the global period for this code.',
  ZZZ: 'ZZZ: an add-on type code within the global period of another service; it has no global period of its own.',
  MMM: 'MMM: maternity code; the usual global surgery rules do not apply.',
};

export const globalDaysMeaning = (v: string | null): string | null =>
  v === null ? null : (MEANING[v] ?? null);

export const globalDaysAdvice = (v: string): string | null => ADVICE[v] ?? null;
