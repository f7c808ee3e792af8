import { describe, expect, it } from 'vitest';
import {
  describesSomethingDone,
  serviceBesideCodes,
  serviceInWords,
  withServiceMatched,
} from '../../../src/coding/service-in-words.js';

describe('a service the question asks a code for in words', () => {
  it('is the description after "which code for", up to the next clause', () => {
    expect(
      serviceInWords('Which code for a chest x-ray two views, and is it paid separately with a 99214?'),
    ).toBe('chest x-ray two views');
    expect(
      serviceInWords('What CPT code do we use for shave biopsy of three lesions and is 11102 right?'),
    ).toBe('shave biopsy of three lesions');
    expect(serviceInWords('What CPT for shave biopsy of three lesions?')).toBe(
      'shave biopsy of three lesions',
    );
    expect(serviceInWords('what code is used for the nebulizer treatment given with the visit?')).toBe(
      'nebulizer treatment given with the visit',
    );
  });

  it('is none when the question asks no code or names it', () => {
    expect(serviceInWords('Can 32555 be billed with 76942?')).toBeNull();
    expect(serviceInWords('Which code for 99214 with a 25?')).toBeNull();
    expect(serviceInWords('which code for this?')).toBeNull();
  });
});

describe('a service said to be done beside the codes the question names', () => {
  it('is the part of a clause between written codes that names a service done', () => {
    expect(serviceBesideCodes('Tobacco cessation counseling 5 minutes at a 99213 visit, do I need 25?')).toBe(
      'Tobacco cessation counseling 5 minutes',
    );
    expect(serviceBesideCodes('Pt seen for a 99214 and we did a 12-lead ECG in the office.')).toBe(
      '12-lead ECG in the office',
    );
    expect(serviceBesideCodes('IV hydration 96360 for 1 hour then an IV push of ondansetron.')).toBe(
      'IV push of ondansetron',
    );
    // A point inside a length does not end the clause (the search then finds the named codes' service).
    expect(serviceBesideCodes('Excision of a 3.2 cm lipoma from the back. Is 21931 right or 11406?')).toBe(
      'Excision of a 3.2 cm lipoma from the back',
    );
  });

  it('is none when the words only restate the codes or say nothing else was done', () => {
    expect(serviceBesideCodes('99213 office visit established patient, need 25?')).toBeNull();
    expect(serviceBesideCodes('99213 for a hypertension follow-up, nothing else done. 25?')).toBeNull();
    expect(serviceBesideCodes('Can 32555 be billed with 76942-26 on DOS 03/04/2025?')).toBeNull();
    expect(serviceBesideCodes('Can we bill A7042 for the pleural drainage bottle after 32550?')).toBeNull();
  });

  it('is none for a diagnosis, imaging guidance (the guidance rule reads it) or the place of service', () => {
    expect(serviceBesideCodes('99213 with diagnosis of tobacco counseling Z71.6, 25?')).toBeNull();
    expect(serviceBesideCodes('62328 done, is the fluoroscopic guidance billable?')).toBeNull();
    expect(serviceBesideCodes('J1745 units and waste? infusion center (physician office)')).toBeNull();
  });
});

describe('a described service matched by the word search', () => {
  it('joins the codes asked as a mention spanning its description, marked as matched from words', () => {
    const question = 'Which code for a chest x-ray two views, and is it paid with a 99214?';
    const extraction = {
      mentions: [],
      candidates: ['99214'],
      dateOfService: null,
      setting: null,
      questionTypes: [],
      questionTypeConfidence: 0,
      codesOmitted: 0,
      textOmitted: 0,
    };
    const match = {
      code: '71046',
      system: 'cpt' as const,
      description: 'Chest x-ray, two views.',
      descriptorSource: 'lay_summary' as const,
      score: 1.15,
    };
    const out = withServiceMatched(extraction, { subject: 'CXR', question }, 'chest x-ray two views', match);
    expect(out.candidates).toEqual(['99214', '71046']);
    expect(out.mentions[0]).toMatchObject({
      code: '71046',
      part: 'body',
      matchedFrom: 'words',
      start: 17,
      end: 38,
    });
    expect(question.slice(17, 38)).toBe('chest x-ray two views');
  });
});

describe('a question naming no code describes something done', () => {
  it('when it says what was done, not only what the patient has', () => {
    expect(describesSomethingDone('Impacted cerumen removed with instruments from both ears')).toBe(true);
    expect(describesSomethingDone('3 tangential bx of separate lesions')).toBe(true);
    expect(describesSomethingDone('Ingrown toenail')).toBe(false);
  });
});
