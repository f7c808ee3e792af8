import { describe, expect, it } from 'vitest';
import { choosingWords } from '../../../src/answers/rules/diagnosis-words.js';
import { redundantAnswers } from '../../../src/answers/rules/diagnosis-redundant.js';
import { examFindingAnswers } from '../../../src/answers/rules/diagnosis-partners.js';
import { code } from './build.js';

describe('hemiplegia is chosen by the side affected and whether it is the dominant side', () => {
  it('a right-handed patient with the left side affected: left, non-dominant', () => {
    const words = choosingWords('left hemiparesis after an old stroke, pt is right handed');
    expect(words).toEqual(expect.arrayContaining(['left', 'non', 'dominant']));
    expect(words).not.toContain('right');
  });

  it('without handedness the right side is dominant and the left non-dominant; ambidextrous is dominant', () => {
    expect(choosingWords('residual right hemiplegia from a prior CVA')).toEqual(
      expect.arrayContaining(['right', 'dominant']),
    );
    expect(choosingWords('residual right hemiplegia from a prior CVA')).not.toContain('non');
    expect(choosingWords('residual left hemiplegia from a prior CVA')).toContain('non');
    expect(choosingWords('left hemiplegia, old stroke, ambidextrous')).not.toContain('non');
  });
});

describe("an injury's codes are chosen by the side and the encounter the question states", () => {
  it('an injury to the right hand is on the right side; only "right-handed" or "hand dominant" is handedness', () => {
    expect(choosingWords('dog bite to the right hand')).toContain('right');
    expect(choosingWords('laceration of the left hand, right hand dominant')).toEqual(
      expect.arrayContaining(['left']),
    );
    expect(choosingWords('laceration of the left hand, right hand dominant')).not.toContain('right');
  });

  it('seen "for the first time" is the initial encounter', () => {
    expect(choosingWords('seen in urgent care today for the first time')).toContain('initial');
  });
});

describe('a vague code beside a specific code of its category', () => {
  it('is dropped: E11.9 (without complications) is not reported with E11.65', () => {
    const finding = (c: string, descriptor: string) => ({
      ...code(c, { rvu: null }),
      system: 'icd10cm' as const,
      descriptor,
    });
    const [a] = redundantAnswers([
      finding('E11.65', 'Type 2 diabetes mellitus with hyperglycemia'),
      finding('E11.9', 'Type 2 diabetes mellitus without complications'),
    ]);
    expect(a!.conclusion).toMatch(/^Report E11\.65 without E11\.9/);
  });

  it('is kept when it is the other side: an unspecified left knee sprain beside a right ACL sprain', () => {
    const finding = (c: string, descriptor: string) => ({
      ...code(c, { rvu: null }),
      system: 'icd10cm' as const,
      descriptor,
    });
    expect(
      redundantAnswers([
        finding('S83.511A', 'Sprain of anterior cruciate ligament of right knee, initial encounter'),
        finding('S83.92XA', 'Sprain of unspecified site of left knee, initial encounter'),
      ]),
    ).toEqual([]);
  });
});

describe('a routine exam that found something', () => {
  it('is the exam "with abnormal findings", and the findings are coded after it', () => {
    expect(choosingWords('annual physical, found new HTN')).toContain('with');
    expect(choosingWords('annual physical, all normal')).not.toContain('with');
    expect(examFindingAnswers(['Z00.01'])[0]!.conclusion).toMatch(/also code each abnormal finding/);
    expect(examFindingAnswers(['Z00.00'])).toEqual([]);
  });
});
