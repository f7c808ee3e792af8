import { describe, expect, it } from 'vitest';
import { validityRule } from '../../../src/answers/rules/validity.js';
import { emSameDayRule } from '../../../src/answers/rules/em-same-day.js';
import { ask, code, facts, rvu } from './build.js';

describe('code validity and definition', () => {
  it('a deleted code cannot be reported, and its replacement is named', () => {
    const q = ask('Is CPT 32420 still active for 2026?');
    const [a] = validityRule.answer(
      q,
      facts(q, { codes: [code('32420', { status: 'deleted', deletedOn: '2012-12-31', rvu: null })] }),
    );
    expect(a!.conclusion).toMatch(/^32420 was deleted on 2012-12-31 and cannot be reported/);
    expect(a!.conclusion).toMatch(/replaced by 32408/);
    expect(a!.warning).toBe(true);
  });

  it('a deleted code we hold no replacement for asks for the procedure note instead of guessing', () => {
    const q = ask('is 33999x valid? we used 0213T');
    const [a] = validityRule.answer(
      q,
      facts(q, { codes: [code('0213T', { status: 'deleted', deletedOn: '2020-12-31', rvu: null })] }),
    );
    expect(a!.settled).toBe(false);
    expect(a!.needs).toMatch(/procedure note/);
  });

  it('an unknown code is not guessed at', () => {
    const q = ask('what is 99999?');
    const [a] = validityRule.answer(
      q,
      facts(q, { codes: [code('99999', { status: 'unknown', rvu: null })] }),
    );
    expect(a!.conclusion).toMatch(/not a code in the CMS or CDC code sets we hold/);
    expect(a!.settled).toBe(false);
  });

  it('a CPT definition is our summary or a pointer to the codebook, never the AMA text', () => {
    const q = ask('what does 64483 mean?');
    const [a] = validityRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(
      /is valid for 2026-12-03 \(no date of service given\)\. Its descriptor is AMA CPT text/,
    );
  });

  it('a code Medicare does not pay is said so whatever was asked', () => {
    const q = ask('99241 and 93000 bundled?');
    const [a] = validityRule.answer(
      q,
      facts(q, { codes: [code('99241', { rvu: rvu('99241', { statusCode: 'I' }) })] }),
    );
    expect(a!.conclusion).toMatch(/^Medicare does not pay 99241 under the PFS: its status is I/);
  });
});

describe('PFS status T', () => {
  it('is paid only as the day’s only PFS service: beside a visit it is bundled, and 25 is not offered', () => {
    const q = ask('94760 with 99213 same day?');
    const f = facts(q, {
      codes: [code('94760', { rvu: rvu('94760', { statusCode: 'T' }) }), code('99213')],
    });
    const [a] = validityRule.answer(q, f);
    expect(a!.conclusion).toMatch(/^94760 has PFS status T: Medicare pays it only when no other PFS service/);
    expect(a!.conclusion).toMatch(/Billed with 99213, it is bundled into it/);
    expect(emSameDayRule.answer(q, f)).toEqual([]);
  });
});
