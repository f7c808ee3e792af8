// `import-release` on files in the official CMS/CDC layouts: the real files of ../shared/refdata/official
// (add-on edits, PFS RVU, GPCI, localities, anesthesia CF, the ICD-10-CM order file in its zip) and
// fixtures built to the published layouts (PTP parts, MUE, HCPCS ANWEB, ICD-10-PCS order file).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { importFile } from '../../../src/refdata/import.service.js';
import { importRelease, type ReleaseReport } from '../../../src/refdata/official/release.service.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';

const FIXTURES = new URL('../../fixtures/refdata/official/', import.meta.url).pathname;
const SHARED = testConfig().refdataDir;
const OFFICIAL = join(SHARED, 'official');

const summary = (r: ReleaseReport) =>
  Object.fromEntries(r.editions.map((e) => [e.label, e.error ?? `${e.result!.status} ${e.result!.rows}`]));

describe('importing a release in the official layouts', () => {
  let s: ScratchDb;
  let first: ReleaseReport;
  const release = mkdtempSync(join(tmpdir(), 'codedesk-release-'));
  beforeAll(async () => {
    s = await createScratchDb();
    // The shipped rationale list: the official PTP files name rationales in words, the table keeps their numbers.
    await importFile(s.db, {
      dataset: 'ptp_rationale',
      file: join(SHARED, 'ncci_ptp/ptp_rationale.csv'),
      version: '2024 Q3',
      effective: '2024-07-01',
    });
    for (const f of [
      'ncci_aoc/AOC_V2026Q2-MCR.xlsx',
      'pfs_rvu/GPCI2026.csv',
      'pfs_rvu/25LOCCO.csv',
      'pfs_rvu/ANES2025.csv',
    ])
      copyFileSync(join(OFFICIAL, f), join(release, f.split('/')[1]!));
    first = await importRelease(s.db, [
      FIXTURES,
      release,
      join(OFFICIAL, 'icd10cm/icd10cm-Code Descriptions-2026.zip'),
    ]);
  }, 180_000);
  afterAll(() => s.drop());

  it('recognises each file by its name and loads it as the edition it holds', () => {
    expect(summary(first)).toEqual({
      'NCCI PTP practitioner 2026 Q4': 'loaded 63',
      'NCCI PTP hospital 2026 Q4': 'loaded 60',
      'NCCI MUE practitioner 2026 Q4': 'loaded 22',
      'NCCI MUE hospital 2026 Q4': 'loaded 22',
      'NCCI MUE DME supplier 2026 Q4': 'loaded 15',
      'NCCI add-on code edits 2026 Q2': 'loaded 9000',
      'HCPCS Level II Oct 2026': 'loaded 8',
      'ICD-10-PCS FY2026': 'loaded 17',
      'PFS GPCI CY2026': 'loaded 98',
      'PFS localities and counties CY2025': 'loaded 110',
      'PFS anesthesia conversion factors CY2025': 'loaded 109',
      'ICD-10-CM FY2026': 'loaded 98186',
    });
    expect(first.editions.find((e) => e.dataset === 'ptp_practitioner')!.effectiveFrom).toBe('2026-10-01');
    expect(first.refused).toEqual([]);
    expect(first.passedOver.map((p) => p.reason)).toContain(
      'the code file repeats the order file, which is loaded instead',
    );
  });

  it('keeps each PTP edit with its effective date, and its rationale under the number the rationale list gives it', async () => {
    const rows = await sql<Record<string, unknown>>`
      select p.column1, p.column2, p.effective_date::text, p.deletion_date::text, p.modifier_indicator, r.rationale
      from ptp_edits p join refdata_editions e on e.id = p.edition_id and e.dataset = 'ptp_practitioner'
      join ptp_rationales r on r.rationale_id = p.rationale_id
      where p.column1 in ('0001A', '32555') and p.column2 in ('0591T', '76942')`.execute(s.db);
    expect(rows.rows).toEqual([
      {
        column1: '0001A',
        column2: '0591T',
        effective_date: '2010-01-01',
        deletion_date: '2023-12-31',
        modifier_indicator: '1',
        rationale: 'CPT Manual or CMS manual coding instruction',
      },
      {
        column1: '32555',
        column2: '76942',
        effective_date: '2010-01-01',
        deletion_date: null,
        modifier_indicator: '1',
        rationale: 'CPT Manual or CMS manual coding instruction',
      },
    ]);
    const lists = await s.db
      .selectFrom('refdata_editions')
      .select('label')
      .where('dataset', '=', 'ptp_rationale')
      .execute();
    expect(lists).toEqual([{ label: 'NCCI PTP edit rationale 2024 Q3' }]); // every rationale was on the list
  });

  it('the look-up reads an official PTP edition: each edit in force from its effective date', async () => {
    const ask = (dateOfService: string) =>
      lookupCodes(s.db, { codes: ['32555', '76942'], dateOfService, setting: 'practitioner' });
    const fact = {
      column1: '32555',
      column2: '76942',
      modifierIndicator: '1',
      effective: '2010-01-01',
      deleted: null,
    };
    expect((await ask('2026-11-02')).ptp).toEqual([
      expect.objectContaining({ ...fact, active: true, edition: 'NCCI PTP practitioner 2026 Q4' }),
    ]);
    // an earlier date than any edition loaded here: the edition is used, but the edit had not begun
    expect((await ask('2009-06-01')).ptp).toEqual([expect.objectContaining({ ...fact, active: false })]);
  });

  it('keeps add-on edits with the full dates of their Julian columns', async () => {
    const row = await s.db
      .selectFrom('addon_edits')
      .select([
        'primary_code',
        'edit_type',
        'effective_on',
        'effective_year',
        'deleted_on',
        'add_on_deleted_on',
      ])
      .where('add_on_code', '=', 'U0005')
      .where('primary_code', '=', 'U0003')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      primary_code: 'U0003',
      edit_type: 1,
      effective_on: '2021-10-01',
      effective_year: 2021,
      deleted_on: '2023-06-30',
      add_on_deleted_on: '2023-06-30',
    });
  });

  it('reads GPCIs, counties and anesthesia factors by MAC locality, footnote marks and notes left out', async () => {
    const ak = await s.db
      .selectFrom('pfs_gpci')
      .selectAll()
      .where('state', '=', 'AK')
      .executeTakeFirstOrThrow();
    expect(ak).toMatchObject({
      mac: '02102',
      locality: '01',
      locality_name: 'ALASKA',
      pw_gpci: '1.500',
      pe_gpci: '1.065',
      mp_gpci: '0.551',
    });
    const napa = await s.db
      .selectFrom('pfs_localities')
      .selectAll()
      .where('locality', '=', '51')
      .where('mac', '=', '01112')
      .executeTakeFirstOrThrow();
    expect(napa).toMatchObject({ state_name: 'CALIFORNIA', fee_schedule_area: 'NAPA', counties: 'NAPA' }); // the state is written once per state
    const wy = await s.db
      .selectFrom('pfs_anesthesia_cf')
      .selectAll()
      .where('mac', '=', '03602')
      .executeTakeFirstOrThrow();
    expect(wy).toMatchObject({ locality: '21', locality_name: 'WYOMING', anesthesia_cf: '19.97' });
  });

  it('takes ICD-10-CM chapters and first years from no earlier edition when there is none, and marks billable codes', async () => {
    const codes = await s.db
      .selectFrom('icd10cm_codes')
      .select(['code_dotted', 'billable', 'first_fy'])
      .where('code', 'in', ['A00', 'A000'])
      .orderBy('code')
      .execute();
    expect(codes).toEqual([
      { code_dotted: 'A00', billable: false, first_fy: 2026 },
      { code_dotted: 'A00.0', billable: true, first_fy: 2026 },
    ]);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await s.db
      .selectFrom('refdata_editions')
      .select(['id', 'row_count'])
      .orderBy('id')
      .execute();
    const again = await importRelease(s.db, [FIXTURES, release]);
    expect(new Set(again.editions.map((e) => e.result?.status))).toEqual(new Set(['unchanged']));
    expect(
      await s.db.selectFrom('refdata_editions').select(['id', 'row_count']).orderBy('id').execute(),
    ).toEqual(before);
  });

  it('never keeps the RVU DESCRIPTION column, whatever it holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codedesk-rvu-'));
    const text = readFileSync(join(OFFICIAL, 'pfs_rvu/PPRRVU2026_Jul_nonQPP.csv'), 'latin1');
    const filled = text.replace(/^(\w{5}),(\w*),,/gm, '$1,$2,AMA DESCRIPTOR TEXT,');
    expect(filled).not.toBe(text);
    writeFileSync(join(dir, 'PPRRVU2026_Jul_nonQPP.csv'), filled, 'latin1');
    const r = await importRelease(s.db, [dir]);
    expect(summary(r)).toEqual({ 'PFS RVU 2026 C': 'loaded 19356' });
    const { rows } = await sql<{
      n: string;
    }>`select count(*) as n from pfs_rvu v where v::text like '%DESCRIPTOR%'`.execute(s.db);
    expect(rows[0]!.n).toBe('0');
    const cf = await s.db
      .selectFrom('pfs_rvu')
      .select(['conversion_factor', 'work_rvu', 'global_days'])
      .where('hcpcs', '=', '99213')
      .where('modifier', 'is', null)
      .executeTakeFirstOrThrow();
    expect(cf).toEqual({ conversion_factor: '33.4009', work_rvu: '1.30', global_days: 'XXX' });
  });

  it('refuses a malformed file with its line and keeps nothing of it, while the rest of the release loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codedesk-bad-'));
    for (let k = 1; k <= 4; k++) {
      const text = readFileSync(join(FIXTURES, `ccipra-v323r0-f${k}.txt`), 'latin1');
      // the same edition as a new quarter (v33.0 = 2027 Q1), its third part broken on line 8
      const lines = text.split('\r\n');
      if (k === 3) lines[7] = lines[7]!.replace(/\t[019]\t/, '\t2\t');
      writeFileSync(join(dir, `ccipra-v330r0-f${k}.txt`), lines.join('\r\n'), 'latin1');
    }
    // a file of another dataset in the same release (one code fewer than the FY2026 fixture)
    const pcs = readFileSync(join(FIXTURES, 'icd10pcs_order_2026.txt'), 'latin1').split('\r\n');
    writeFileSync(join(dir, 'icd10pcs_order_2027.txt'), [...pcs.slice(0, -2), ''].join('\r\n'), 'latin1');
    const r = await importRelease(s.db, [dir]);
    expect(summary(r)).toEqual({
      'NCCI PTP practitioner 2027 Q1':
        'ptp_practitioner (ccipra-v330r0-f3.txt): line 8, column "modifier": expected one of 0, 1, 9 (got "2"); nothing was loaded',
      'ICD-10-PCS FY2027': 'loaded 16',
    });
    const ptp = await s.db
      .selectFrom('refdata_editions')
      .select('id')
      .where('version', '=', '2027 Q1')
      .execute();
    expect(ptp).toEqual([]);
    const { rows } = await sql<{
      n: string;
    }>`select count(*) as n from pg_class where relname like 'ptp\\_stage\\_%'`.execute(s.db);
    expect(rows[0]!.n).toBe('0');
  });
});
