// The words of a diagnosis as a coder reads them for the Alphabetic Index.
import { describe, expect, it } from 'vitest';
import { diagnosticWords } from '../../../src/coding/icd-index-words.js';

describe('the words the index is walked by', () => {
  it('"history of" without "family" is the patient\'s own history: History, personal', () => {
    expect(diagnosticWords('history of breast cancer')).toEqual(
      expect.arrayContaining(['personal', 'history', 'breast', 'malignant', 'neoplasm']),
    );
    expect(diagnosticWords('h/o DVT')).toEqual(expect.arrayContaining(['personal', 'history']));
    expect(diagnosticWords('family history of breast cancer')).not.toContain('personal');
  });

  it('what the note says is absent names no entry: "no evidence of disease"', () => {
    expect(diagnosticWords('completed treatment, no evidence of disease')).not.toContain('disease');
  });

  it("colon cancer in the family is a digestive organ's, as the family-history entries file it", () => {
    expect(diagnosticWords('family history of colon cancer')).toEqual(
      expect.arrayContaining(['family', 'digestive', 'organ', 'colon']),
    );
  });
});

describe('a deficit left by a past stroke', () => {
  it('is read as a sequela of stroke, with hemiparesis as the index files it (hemiplegia)', () => {
    const words = diagnosticWords('left hemiparesis from an old stroke (2 yrs ago)');
    expect(words).toEqual(expect.arrayContaining(['sequelae', 'stroke', 'hemiplegia']));
  });

  it('is not a sequela when the stroke is the current one', () => {
    expect(diagnosticWords('acute stroke today with new right hemiparesis')).not.toContain('sequelae');
  });
});
