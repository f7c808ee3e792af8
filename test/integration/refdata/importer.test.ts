// Importer round trips on slices of the real CMS/CDC files, on a scratch database of their own.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/refdata/import.service.js';
import { scratchSuite } from '../../helpers/for-file.js';

const fixture = (name: string) => new URL(`../../fixtures/refdata/${name}`, import.meta.url).pathname;

describe('refdata importers', () => {
  const s = scratchSuite();

  it('loads a PTP slice as its own edition, keeping deletion dates and modifier indicators', async () => {
    const r = await importFile(s.db, {
      dataset: 'ptp_practitioner',
      file: fixture('ptp_practitioner_slice_2024q3.csv'),
    });
    expect(r).toMatchObject({ status: 'loaded', rows: 35 });
    expect(r.edition).toMatchObject({
      label: 'NCCI PTP practitioner 2024 Q3',
      effective_from: '2024-07-01',
      effective_to: null,
    });
    const rows = await s.db
      .selectFrom('ptp_edits')
      .selectAll()
      .where('column1', '=', '32554')
      .where('column2', 'in', ['0213T', '0228T'])
      .orderBy('column2')
      .execute();
    expect(rows).toEqual([
      {
        edition_id: r.edition.id,
        column1: '32554',
        column2: '0213T',
        deletion_date: null,
        modifier_indicator: '0',
        rationale_id: 7,
        effective_date: null, // the CSV conversions lack it (PROVENANCE.md)
      },
      {
        edition_id: r.edition.id,
        column1: '32554',
        column2: '0228T',
        deletion_date: '2020-12-31',
        modifier_indicator: '0',
        rationale_id: 12,
        effective_date: null,
      },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const r = await importFile(s.db, {
      dataset: 'ptp_practitioner',
      file: fixture('ptp_practitioner_slice_2024q3.csv'),
    });
    expect(r.status).toBe('unchanged');
    const { count } = await s.db
      .selectFrom('ptp_edits')
      .select((e) => e.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(35);
  });

  it('loads MUE values with their adjudication indicator', async () => {
    await importFile(s.db, {
      dataset: 'mue_practitioner',
      file: fixture('mue_practitioner_slice_2024q3.csv'),
    });
    const row = await s.db
      .selectFrom('mue_values')
      .selectAll()
      .where('code', '=', '32555')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ mue_value: 2, mai: 3, rationale: 'Clinical: Data' });
  });

  it('reads both add-on layouts, and the newer quarter supersedes the older from its effective date', async () => {
    const q2 = await importFile(s.db, { dataset: 'addon', file: fixture('aoc_slice_2024q2_full.csv') });
    const q3 = await importFile(s.db, { dataset: 'addon', file: fixture('aoc_slice_2024q3_active.csv') });
    expect(q3.edition).toMatchObject({ effective_from: '2024-07-01', effective_to: null });
    const older = await s.db
      .selectFrom('refdata_editions')
      .selectAll()
      .where('id', '=', q2.edition.id)
      .executeTakeFirstOrThrow();
    expect(older).toMatchObject({ effective_from: '2024-04-01', effective_to: '2024-07-01' });
    const full = await s.db
      .selectFrom('addon_edits')
      .selectAll()
      .where('edition_id', '=', q2.edition.id)
      .executeTakeFirstOrThrow();
    expect(full).toMatchObject({ add_on_code: '64484', primary_code: '64483', edit_type: 1 });
    expect(full.effective_year).not.toBeNull();
  });

  it('builds ICD-10-CM rows with the billable flag, and index terms with their parent path', async () => {
    await importFile(s.db, { dataset: 'icd10cm', file: fixture('icd10cm_slice_fy2026.csv') });
    const j91 = await s.db
      .selectFrom('icd10cm_codes')
      .selectAll()
      .where('code_dotted', '=', 'J91')
      .executeTakeFirstOrThrow();
    expect(j91).toMatchObject({ code: 'J91', billable: false, chapter: 10, section: 'J90-J94' });
    await importFile(s.db, { dataset: 'icd10cm_index', file: fixture('icd10cm_index_slice_fy2025.csv') });
    const term = await s.db
      .selectFrom('icd10cm_index_terms')
      .select(['path', 'code'])
      .where('row_id', '=', 31600)
      .executeTakeFirstOrThrow();
    expect(term).toEqual({
      path: 'Effusion, pleura, pleurisy, pleuritic, pleuropericardial, malignant',
      code: 'J91.0',
    });
  });

  it('imports a licensed CPT descriptor file (tab-separated, no header) as cpt_licensed', async () => {
    const r = await importFile(s.db, {
      dataset: 'cpt_descriptors',
      file: fixture('cpt_licensed_madeup.txt'),
      effective: '2025-01-01',
    });
    expect(r.rows).toBe(2);
    const row = await s.db
      .selectFrom('cpt_descriptors')
      .selectAll()
      .where('code', '=', '32554')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      source: 'cpt_licensed',
      descriptor: 'Another invented line of test wording with "quotes" inside',
    });
  });

  it('keeps each PTP edition in a partition of its own', async () => {
    const { rows } = await sql<{
      n: string;
    }>`select count(*) as n from pg_inherits where inhparent = 'ptp_edits'::regclass`.execute(s.db);
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
