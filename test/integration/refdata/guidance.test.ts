// The guidance library on the real texts: the 2026 NCCI Policy Manual and the FY2026 ICD-10-CM
// Official Guidelines import as paragraphs under their section ids, a second import of the same file
// changes nothing, and a few real questions get the paragraph a coder would cite.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findGuidance } from '../../../src/coding/guidance-lookup.js';
import { importFile } from '../../../src/refdata/import.service.js';
import { SHIPPED_GUIDANCE } from '../../../src/refdata/sample.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';

const shipped = (dataset: string) =>
  join(testConfig().refdataDir, SHIPPED_GUIDANCE.find((g) => g.dataset === dataset)!.path);

describe('guidance library on the real texts', () => {
  let s: ScratchDb;
  beforeAll(async () => {
    s = await createScratchDb();
    for (const g of SHIPPED_GUIDANCE)
      await importFile(s.db, { dataset: g.dataset, file: shipped(g.dataset) });
  }, 60_000);
  afterAll(async () => {
    await s.drop();
  });

  it('loads each text as an edition with the version and first day it states', async () => {
    const editions = await s.db
      .selectFrom('refdata_editions')
      .select(['dataset', 'label', 'effective_from', 'row_count'])
      .orderBy('dataset')
      .execute();
    expect(editions.map((e) => [e.dataset, e.label, e.effective_from])).toEqual([
      ['icd10cm_guidelines', 'ICD-10-CM Official Guidelines FY2026', '2025-10-01'],
      ['ncci_policy_manual', 'NCCI Policy Manual 2026', '2026-01-01'],
    ]);
    for (const e of editions) expect(e.row_count).toBeGreaterThan(400);
  });

  it('keeps section ids, titles and chapter code ranges', async () => {
    const row = (section: string) =>
      s.db
        .selectFrom('guidance_paragraphs')
        .select(['title', 'code_ranges', 'text'])
        .where('section', '=', section)
        .executeTakeFirstOrThrow();
    expect(await row('ch. IX §C.9')).toMatchObject({
      title: 'Non-interventional Diagnostic Imaging',
      code_ranges: ['70000-79999'],
    });
    expect((await row('I.C.2.m')).title).toBe('Current malignancy versus personal history of malignancy');
    expect((await row('I.C.2.m')).code_ranges).toEqual(['C00-D49']);
    expect((await row('I.B.1')).code_ranges).toBeNull();
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importFile(s.db, {
      dataset: 'ncci_policy_manual',
      file: shipped('ncci_policy_manual'),
    });
    expect(again.status).toBe('unchanged');
  });

  const cited = async (question: string, procedureCodes: string[], diagnosisCodes: string[] = []) =>
    (await findGuidance(s.db, { question, procedureCodes, diagnosisCodes, dateOfService: '2026-03-02' })).map(
      (g) => `${g.edition}, ${g.section}`,
    );

  it('cites the radiology paragraph for a chest x-ray after a chest tube', async () => {
    expect(
      await cited('Chest x-ray to confirm the chest tube position: separately reportable?', [
        '32555',
        '71045',
      ]),
    ).toContain('NCCI Policy Manual 2026, ch. IX §C.9');
  });

  it('cites the anemia-with-malignancy guideline for its sequencing question', async () => {
    expect(
      await cited('Sequencing of anemia associated with the malignancy', [], ['D63.0', 'C50.911']),
    ).toContain('ICD-10-CM Official Guidelines FY2026, I.C.2.c.1');
  });

  it('keeps to the chapters of the codes asked about, or to paragraphs naming them', async () => {
    const found = await findGuidance(s.db, {
      question: 'Is fluoroscopy reported separately?',
      procedureCodes: ['77002'],
      diagnosisCodes: [],
      dateOfService: '2026-03-02',
    });
    expect(found.length).toBeGreaterThan(0);
    for (const g of found) expect(/^ch\. (I|IX) §/.test(g.section) || g.text.includes('77002')).toBe(true);
  });

  it('cites no more than two paragraphs under one guideline subsection, so the general rule is heard', async () => {
    const found = await cited(
      'Impending myocardial infarction documented by the cardiologist: do we code it as an MI?',
      [],
      [],
    );
    expect(found.filter((c) => c.includes('I.C.9.e.')).length).toBeLessThanOrEqual(2);
    expect(found).toContain('ICD-10-CM Official Guidelines FY2026, I.B.11');
  });

  it('cites Section IV, not the inpatient sections, for an office visit', async () => {
    const found = await cited(
      'Office visit for chest pain with no diagnosis established yet: code just the symptom?',
      [],
      [],
    );
    expect(found.some((c) => /, IV\./.test(c))).toBe(true);
    expect(found.some((c) => /, (II|III)\./.test(c))).toBe(false);
  });

  it('never cites a placeholder paragraph ("Reserved for future use."), however well its title matches', async () => {
    const found = await cited(
      'Physical therapy timed units, therapeutic exercise and manual therapy in one session',
      ['97110', '97140'],
    );
    expect(found).not.toContain('NCCI Policy Manual 2026, ch. XI §P.5');
  });

  it('cites nothing for a question with no words to match', async () => {
    expect(await cited('Can this be billed on the same day?', ['99213'])).toEqual([]);
  });
});
