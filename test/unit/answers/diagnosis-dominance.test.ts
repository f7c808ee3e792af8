import { describe, expect, it } from 'vitest';
import { choosingWords } from '../../../src/answers/rules/diagnosis-words.js';

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
