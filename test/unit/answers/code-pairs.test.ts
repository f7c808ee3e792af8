import { describe, expect, it } from 'vitest';
import {
  combinedContrastCode,
  combinedRegionCode,
  withGuidanceCode,
} from '../../../src/answers/question/code-pairs.js';

describe('two codes that are really one other code', () => {
  it('a procedure without guidance beside a guidance code is its with-guidance code', () => {
    expect(withGuidanceCode('20610')).toBe('20611');
    expect(withGuidanceCode('99213')).toBeNull();
  });

  it('a study without and then with contrast is the combined code', () => {
    expect(combinedContrastCode('74150', '74160')).toBe('74170');
    expect(combinedContrastCode('74150', '74150')).toBeNull();
  });

  it('CT of the abdomen and of the pelvis in one session is the abdomen-and-pelvis code, by contrast', () => {
    expect(combinedRegionCode('74150', '72192')).toBe('74176');
    expect(combinedRegionCode('72193', '74160')).toBe('74177');
    expect(combinedRegionCode('74150', '72193')).toBe('74178');
    expect(combinedRegionCode('74150', '71250')).toBeNull();
  });
});
