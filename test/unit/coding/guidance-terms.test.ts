import { describe, expect, it } from 'vitest';
import { guidanceTerms, guidelineSetting } from '../../../src/coding/guidance-terms.js';

describe('the words a question searches the guidance library by', () => {
  it('leaves out the words every coding question has', () => {
    expect(guidanceTerms('Can the patient be billed for this bundled code on the same day?')).toEqual([]);
  });

  it("adds the texts' words for coder shorthand (CKD, MI)", () => {
    const terms = guidanceTerms('Hypertension and stage 3 CKD, old MI');
    expect(terms).toEqual(expect.arrayContaining(['chronic', 'kidney', 'myocardial', 'infarction']));
  });

  it('does not read an ordinary two-letter word as shorthand ("let us know")', () => {
    expect(guidanceTerms('let us know')).not.toContain('ultrasound');
  });

  it("adds the guidelines' word for a rule named otherwise", () => {
    expect(guidanceTerms('Probable pneumonia at an office visit')).toContain('uncertain');
    expect(guidanceTerms('residual hemiplegia from an old stroke')).toContain('sequela');
    expect(guidanceTerms('stage documented by the nurse')).toContain('clinicians');
    expect(guidanceTerms('psychotherapy by the psychiatrist')).toContain('psychiatric');
    expect(guidanceTerms('physical therapy timed units')).toContain('rehabilitation');
    expect(guidanceTerms('does the doctor have to link them')).toEqual(
      expect.arrayContaining(['presumed', 'causal']),
    );
    expect(guidanceTerms('A or D for the seventh character?')).toContain('7th');
    expect(guidanceTerms('anemia from colon cancer')).toEqual(
      expect.arrayContaining(['malignancy', 'neoplasm']),
    );
    expect(guidanceTerms('bleeding controlled during the colonoscopy')).toContain('endoscopic');
  });

  it('leaves out grammar words ("from", "during")', () => {
    expect(guidanceTerms('bleeding from the site during the procedure')).toEqual(['bleeding', 'site']);
  });
});

describe('where the encounter happened, for the guideline sections that hold only there', () => {
  it('an admission reads Sections II and III; an office or ED visit Section IV', () => {
    expect(guidelineSetting('Admitted for pneumonia, which is the principal diagnosis?')).toBe('inpatient');
    expect(guidelineSetting('Office visit for chest pain, no diagnosis yet')).toBe('outpatient');
    expect(guidelineSetting('Which code for type 2 diabetes?')).toBeNull();
  });
});
