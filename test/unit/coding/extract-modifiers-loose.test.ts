import { describe, expect, it } from 'vitest';
import { askedModifiers, extractMentions } from '../../../src/coding/extract.js';

const mods = (text: string) => askedModifiers(extractMentions(text));

describe('modifiers written loosely', () => {
  it('after "w/" or "with" next to the code: "97140 w/ 59", "99213 with a 25"', () => {
    expect(mods('Can 97140 w/ 59 go with 97530? Is 99213 with a 25 ok?')).toEqual(['59', '25']);
  });

  it('"25 mod", "bilateral 50" and a "with 59" that ends the sentence', () => {
    expect(
      mods('25 mod needed on 99214? 2 procedures or bilateral 50? 64415 block same day with 59'),
    ).toEqual(['25', '50', '59']);
  });

  it('Q0 is read on its own, like QW: "Q0 vs QW on 87811?"', () => {
    expect(mods('Q0 vs QW on 87811?')).toEqual(['Q0', 'QW']);
  });

  it('a number put on a code: "58 on the 15271", "59 on 64447"', () => {
    expect(mods('Skin sub a week later. 58 on the 15271? And 59 on 64447?')).toEqual(['58', '59']);
  });

  it('a slash pair after the keyword: "mods 24/25", "mod 25/57?"', () => {
    expect(mods('mods 24/25 both on the 99213, or mod 25/57?')).toEqual(['24', '25', '57']);
  });

  it('a number beside a letter modifier: "split 26/TC"', () => {
    expect(mods('Or split 26/TC for 73721?')).toEqual(['26', 'TC']);
  });

  it('an alternative offered after one already named: "93010-76 ...? or 77 if a different doctor?"', () => {
    expect(mods('repeat EKG 93010-76 same day? or 77 if different doc?')).toEqual(['76', '77']);
    expect(mods('Is XE better than 59 here?')).toEqual(['XE', '59']);
  });

  it('after a comma or a "modifier" word: "Which modifier, 59 or XS?", "AS modifier or 80?"', () => {
    expect(mods('Which modifier, 59 or XS? AS modifier or 80?')).toEqual(['59', 'XS', 'AS', '80']);
  });

  it('after verbs such as "gets", "needs", "use": "which one gets 59?", "they use 73/74"', () => {
    expect(mods('which one gets 59? the ASC would use 73/74, does the surgeon need 54?')).toEqual([
      '59',
      '73',
      '74',
      '54',
    ]);
  });

  it('numbers that only look like modifiers stay numbers', () => {
    expect(
      mods('Pt is 55 or 60 years old; 99213 with 25 minutes; 99214 or 50 mg; we saw 20 or 25 patients'),
    ).toEqual([]);
    expect(mods('99213-25 in more than 50 percent of visits, XE older than 59')).toEqual(['25', 'XE']);
  });
});

describe('letter modifiers distinctive within their field', () => {
  it('anesthesia: QS, QX, QK, AA and physical status P3 when the mail is about anesthesia', () => {
    expect(mods('Anesthesia 00790, MAC with QS, CRNA directed so QX or QK? AA? P3.')).toEqual([
      'QS',
      'QX',
      'QK',
      'AA',
      'P3',
    ]);
  });

  it('DME: RR, NU, KH and QF when the mail is about rented equipment', () => {
    expect(mods('E0114 crutches RR or NU? K0001 rental KH, oxygen QF?')).toEqual(['RR', 'NU', 'KH', 'QF']);
  });

  it('clinical trials Q0/Q1, toes T1, hospice GV and off-campus PO/PN in their own fields', () => {
    expect(mods('Clinical trial: Q0 or Q1?')).toEqual(['Q0', 'Q1']);
    expect(mods('Nail avulsion 11732 T1?')).toEqual(['T1']);
    expect(mods('Hospice pt, 99214 GV?')).toEqual(['GV']);
    expect(mods('Off-campus HOPD: PO or PN on 99213?')).toEqual(['PO', 'PN']);
  });

  it('outside their field the same letters are not modifiers: RR 18, P3 ward, Q1 2026, T1 vertebra', () => {
    expect(mods('Vitals RR 18, on the P3 ward, Q1 2026 report, T1 vertebra; 99213')).toEqual([]);
  });

  it('a respiratory therapist is not modifier RT: "RT did", "our RT"', () => {
    expect(mods('RT did 94640 x2 and our RT charted 94664; is it 73630-RT or -LT?')).toEqual(['RT', 'LT']);
  });

  it('a state program or a size is not a modifier: "GA Medicaid", "size XS"', () => {
    expect(mods('GA Medicaid requires what for 99381? L1833 brace, size XS')).toEqual([]);
  });
});
