import { describe, expect, it } from 'vitest';
import { askedModifiers, extractMentions } from '../../../src/coding/extract.js';

const mods = (text: string) => askedModifiers(extractMentions(text));
const glued = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'modifier')
    .map((m) => [m.code, m.modifiers]);

describe('modifiers in every common writing', () => {
  it('glued with a dash, a space, or a slash chain', () => {
    expect(glued('32555-59, 76942 26, 32557-RT/-LT and 20610-XS-LT')).toEqual([
      ['32555', ['59']],
      ['76942', ['26']],
      ['32557', ['RT', 'LT']],
      ['20610', ['XS', 'LT']],
    ]);
  });

  it('"mod 59", "modifier XS or XU", "the 25 modifier", "-RT/-LT" standing alone', () => {
    expect(mods('mod 59? modifier XS or XU? the 25 modifier, or -RT/-LT')).toEqual([
      '59',
      'XS',
      'XU',
      '25',
      'RT',
      'LT',
    ]);
  });

  it('a number in modifier context: "a 25 on the E/M", "need 57", "58 or 79?"', () => {
    expect(mods('Put a 25 on the E/M? Do we need 57? 58 or 79?')).toEqual(['25', '57', '58', '79']);
  });

  it('distinctive letter modifiers alone: TC, XS, LT, F1, E3', () => {
    expect(mods('Is TC right, XS too, LT on the finger F1, lid E3?')).toEqual(['TC', 'XS', 'LT', 'F1', 'E3']);
  });

  it('a number after a code is not a modifier when units, minutes or ages follow', () => {
    expect(mods('99214 25 minutes, J1100 10 mg, 99204 45 year old')).toEqual([]);
  });

  it('a number after a code is not a modifier when it is not one (60)', () => {
    expect(mods('32555 60')).toEqual([]);
  });
});

describe('units', () => {
  const units = (text: string) =>
    extractMentions(text)
      .mentions.filter((m) => m.kind !== 'modifier')
      .map((m) => [m.code, m.units]);

  it('"x2", "2 units", "QTY 3", "units: 4", "twice" and "3 units of J1100"', () => {
    expect(
      units('32557 x2; 97110 2 units; 96366 QTY 3; 96361 units: 4; 62329 twice; 3 units of J1100'),
    ).toEqual([
      ['32557', 2],
      ['97110', 2],
      ['96366', 3],
      ['96361', 4],
      ['62329', 2],
      ['J1100', 3],
    ]);
  });

  it('glued units "99213x2" keep the code and count 2', () => {
    expect(units('billed 99213x2')).toEqual([['99213', 2]]);
  });

  it('no units when none are written', () => {
    expect(units('Is 32555 bundled with 76942?')).toEqual([
      ['32555', null],
      ['76942', null],
    ]);
  });
});
