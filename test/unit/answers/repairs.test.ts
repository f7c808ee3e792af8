import { describe, expect, it } from 'vitest';
import { bundlingRule } from '../../../src/answers/rules/bundling.js';
import { repairsRule } from '../../../src/answers/rules/repairs.js';
import { ask, code, facts, pair, rvu } from './build.js';

describe('wound repairs of one classification and anatomic group are added into one code', () => {
  it('two simple repairs of the limbs: the lengths are summed and the total picks the band', () => {
    const q = ask('ER: simple repair 2.0 cm lac R forearm + 3.0 cm lac L lower leg. 12001 and 12002-59?');
    const [a] = repairsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^One code: .* 2 \+ 3 = 5\.0 cm, and reported as 12002 x 1/);
  });

  it('one written code with two lengths of the scalp and the arm', () => {
    const q = ask('Simple repair 2.5 cm scalp and 3 cm arm, 12002? how to add lengths');
    expect(repairsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /2\.5 \+ 3 = 5\.5 cm, and reported as 12002 x 1/,
    );
  });

  it('repairs described only in words: two face lengths are one face code', () => {
    const q = ask('Closed a 4 cm laceration of the forehead and a 2 cm one of the cheek, both simple.');
    expect(repairsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /4 \+ 2 = 6\.0 cm, and reported as 12014 x 1/,
    );
  });
});

describe('complex repairs of one group', () => {
  it('are added too, and beyond 7.5 cm take the add-on for each further 5 cm', () => {
    const q = ask('Complex repair of the back 9 cm and 4 cm, what do I report?');
    expect(repairsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /9 \+ 4 = 13\.0 cm, and reported as 13101 x 1 and 13102 x 2 \(each further 5 cm or part\)/,
    );
  });
});

describe('repairs of different classifications or anatomic groups are reported separately', () => {
  it('the more complex first; no edit pairs them, so no modifier', () => {
    const q = ask('2.5 cm simple repair on face 12011 and 4 cm intermediate on arm 12032. Codes?');
    const [a] = repairsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(
      /^Not added: .* report 12032 for the intermediate repair .* \(4\.0 cm\) and 12011/,
    );
    expect(a!.conclusion).toMatch(/No NCCI edit pairs 12032 and 12011, so no modifier is needed/);
    expect(a!.source).toMatch(/ch\. III §H; .*ch\. I §E/);
  });

  it('an edit pairing them is bypassed with XS or 59 on its column 2 code, and the PTP rule stays silent', () => {
    const q = ask(
      'Simple repair of a 2 cm laceration on the hand and a 1.5 cm laceration on the nose, 12001 12011',
    );
    const f = facts(q, {
      codes: [
        code('12001', { rvu: rvu('12001', { workRvu: 0.84 }) }),
        code('12011', { rvu: rvu('12011', { workRvu: 1.07 }) }),
      ],
      pairs: [pair('12011', '12001')],
    });
    const [a] = repairsRule.answer(q, f);
    expect(a!.conclusion).toMatch(/report 12011 for the simple repair of the face.* and 12001/);
    expect(a!.conclusion).toMatch(
      /report 12001 with XS \(or 59\) for the repair at a separate anatomic site/,
    );
    expect(bundlingRule.answer(q, f)).toEqual([]);
  });

  it('codes of two families without the words: separate when the groups differ, added when they do not', () => {
    const q = ask('12001 and 12011 same session, 59?');
    const [a] = repairsRule.answer(q, facts(q, { pairs: [pair('12011', '12001')] }));
    expect(a!.conclusion).toMatch(
      /^Repairs of different classifications or anatomic groups are reported separately/,
    );
    expect(a!.conclusion).toMatch(/would instead be added into one code/);
    expect(a).toMatchObject({ settled: false });
  });
});
