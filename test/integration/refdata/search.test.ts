// Search by words when a question names no code, on the shipped reference data.
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, createPool } from '../../../src/db/database.js';
import { searchByWords, suggestCodes } from '../../../src/refdata/search.js';
import { testConfig } from '../../helpers/stack-env.js';

const db = createDb(createPool(testConfig().databaseUrl, 2));

afterAll(async () => {
  await db.destroy();
});

describe('searchByWords', () => {
  it('"malignant pleural effusion" puts J91.0 first, from its ICD-10-CM title', async () => {
    const [first] = await searchByWords(db, 'malignant pleural effusion');
    expect(first).toMatchObject({ code: 'J91.0', system: 'icd10cm', descriptorSource: 'cdc' });
    expect(first!.reason).toBe('malignant, pleural, effusion in the ICD-10-CM title');
  });

  it('"thoracentesis with ultrasound guidance" puts 32555 first, from its lay summary', async () => {
    const [first] = await searchByWords(db, 'thoracentesis with ultrasound guidance');
    expect(first).toMatchObject({ code: '32555', system: 'cpt', descriptorSource: 'lay_summary' });
    expect(first!.reason).toContain('our plain-language summary');
  });

  it('reads coder shorthand: an LP under fluoro is the lumbar puncture done with fluoroscopy', async () => {
    const [first] = await searchByWords(db, 'LP under fluoro');
    expect(first).toMatchObject({ code: '62328', system: 'cpt' });
    expect(first!.reason).toMatch(/^lp \(as lumbar puncture(?: tap)?\), fluoro \(as fluoroscopy\)/);
  });

  it('a whole question in plain words puts the procedure it describes first', async () => {
    const question =
      'Physician drained fluid from around the lung using ultrasound guidance and left no catheter. Which code would that be?';
    const [first, second] = await searchByWords(db, question);
    expect(first).toMatchObject({ code: '32555', system: 'cpt' });
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('finds nothing when the question holds only coding-desk words, a date or no words', async () => {
    expect(await searchByWords(db, 'Bundled on DOS 03/04/2025?')).toEqual([]);
    expect(await searchByWords(db, 'Can we bill both on the same day, patient seen twice?')).toEqual([]);
    expect(await searchByWords(db, ' ?! ')).toEqual([]);
  });

  it('respects the limit', async () => {
    expect(await searchByWords(db, 'pleural effusion', { limit: 3 })).toHaveLength(3);
  });
});

describe('suggestCodes (what a draft shows)', () => {
  it('an ultrasound question with a tap suggests the guided thoracentesis and nothing from sinus CT', async () => {
    const shown = await suggestCodes(db, 'charge a limited diagnostic ultrasound with a US-guided tap?');
    expect(shown[0]).toMatchObject({ code: '32555' });
    expect(shown.every((s) => s.reason && !/sinus/i.test(s.description))).toBe(true);
  });

  it('shows no list for a question whose only content is a vague word', async () => {
    expect(await suggestCodes(db, 'What documentation do we need to support this level?')).toEqual([]);
    expect(await suggestCodes(db, 'Bundled on DOS 03/04/2025?')).toEqual([]);
  });

  it('a procedure described in words gets its procedure code, not the status code that shares its words', async () => {
    const shown = await suggestCodes(db, 'Bilateral vasectomy');
    expect(shown[0]!.code).toBe('55250');
  });

  it('pregnancy and newborn codes stay out of a question that speaks of neither', async () => {
    const shown = await suggestCodes(db, 'Essential hypertension');
    expect(shown.map((s) => s.code)).toContain('I10');
    expect(shown.filter((s) => /^[OP]/.test(s.code))).toEqual([]);
  });

  it('hospital-only C codes rank below the CPT code for the same service', async () => {
    const shown = await suggestCodes(db, 'Left heart cath with coronary angiography');
    expect(shown[0]!.code).toBe('93458');
    expect(shown.filter((s) => /^C/.test(s.code))).toEqual([]);
  });

  it('shows at most five codes, each with its score and reason', async () => {
    const shown = await suggestCodes(db, 'Iron deficiency anemia');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(5);
    for (const s of shown) expect(s).toMatchObject({ score: expect.any(Number), reason: expect.any(String) });
    expect(shown.map((s) => s.code)).toContain('D50.9');
  });

  it('a rule question naming no service shows no list, however many title words it shares', async () => {
    for (const rule of [
      'An add-on code was billed without its primary procedure. Is the add-on payable alone?',
      'Acute and chronic condition both documented: which is sequenced first?',
      'Combination code that identifies both the definitive diagnosis and its manifestation',
    ]) {
      expect(await suggestCodes(db, rule)).toEqual([]);
    }
  });

  it('the codes shown are the thing asked, not another that shares its qualifiers', async () => {
    const codes = async (q: string) => (await suggestCodes(db, q)).map((s) => s.code);
    expect(await codes('Stationary oxygen concentrator rental')).toEqual(['E1390', 'E1391']);
    expect(await codes('Chronic kidney disease stage 4')).toEqual(['N18.4']);
    expect(await codes('Diabetic foot ulcer, right heel')).toContain('E11.621');
    expect(await codes('Diabetic foot ulcer, right heel')).not.toContain('L89.61');
    expect(await codes('Strep test rapid in office')).not.toContain('G0435');
  });
});
