// A large PTP file sorted by column1 loads in parts side by side, each part a RANGE partition of the
// edition; it must hold exactly what one stream would load, and fail or fall back just as safely.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { createDb, createPool } from '../../../src/db/database.js';
import { importFile } from '../../../src/refdata/import.service.js';
import { scratchSuite } from '../../helpers/for-file.js';
import { testConfig } from '../../helpers/stack-env.js';

const SPLIT = { parts: 3, minSplitBytes: 0 };
const dir = mkdtempSync(join(tmpdir(), 'codedesk-ptp-split-'));
// 8000 edits from the middle of the real practitioner file (CPT 35266 to 35460 in column 1), under its header.
const all = readFileSync(
  join(testConfig().refdataDir, 'ncci_ptp/ptp_practitioner_2024q3.csv'),
  'latin1',
).split('\n');
const lines = [all[0]!, ...all.slice(1_200_000, 1_208_000)];
const write = (name: string, body: string[]) => {
  writeFileSync(join(dir, name), body.join('\n') + '\n', 'latin1');
  return join(dir, name);
};

describe('a PTP file loaded in parts', () => {
  const s = scratchSuite();

  const edits = (edition: number) =>
    sql<{
      row: string;
    }>`select concat_ws(',', column1, column2, deletion_date, modifier_indicator, rationale_id) as row
      from ptp_edits where edition_id = ${edition} order by column1, column2`
      .execute(s.db)
      .then((r) => r.rows.map((x) => x.row));
  const partitionsOf = (table: string) =>
    sql<{ name: string; bound: string }>`select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound
      from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = ${table}::regclass order by 1`
      .execute(s.db)
      .then((r) => r.rows);
  const stagingTables = () =>
    sql<{ n: string }>`select count(*) as n from pg_class where relname like 'ptp\\_stage\\_%'`
      .execute(s.db)
      .then((r) => Number(r.rows[0]!.n));

  it('loads the same rows as one stream, as column1 ranges of the edition', async () => {
    const file = write('ptp_practitioner_2024q3.csv', lines);
    const split = await importFile(s.db, { dataset: 'ptp_practitioner', file, ptp: SPLIT });
    const single = await importFile(s.db, {
      dataset: 'ptp_hospital',
      file: write('ptp_hospital_2024q3.csv', lines),
      ptp: { parts: 1 },
    });
    expect(split.rows).toBe(8000);
    expect(single.rows).toBe(8000);
    expect(await edits(split.edition.id)).toEqual(await edits(single.edition.id));

    const parts = await partitionsOf(`ptp_edits_e${split.edition.id}`);
    expect(parts.map((p) => p.name)).toEqual([0, 1, 2].map((k) => `ptp_edits_e${split.edition.id}_p${k}`));
    expect(parts[0]!.bound).toMatch(/^FOR VALUES FROM \(MINVALUE\) TO \('[0-9A-Z]{5}'\)$/);
    expect(parts[2]!.bound).toMatch(/^FOR VALUES FROM \('[0-9A-Z]{5}'\) TO \(MAXVALUE\)$/);
    expect(await stagingTables()).toBe(0);
    // Each part was analyzed before commit: the look-up is planned on real statistics.
    const { rows: analyzed } = await sql<{ name: string }>`select distinct tablename as name from pg_stats
      where attname = 'column1' and tablename like ${`ptp\\_edits\\_e${split.edition.id}\\_p%`} order by 1`.execute(
      s.db,
    );
    expect(analyzed.map((r) => r.name)).toEqual(parts.map((p) => p.name));
  });

  it('answers a pair look-up from one part, through the index the parent adopted', async () => {
    const { rows: editions } = await sql<{
      id: number;
    }>`select id from refdata_editions where dataset = 'ptp_practitioner'`.execute(s.db);
    const [c1, c2] = lines[7000]!.split(',');
    const plan = await sql<{ 'QUERY PLAN': string }>`explain select * from ptp_edits
      where edition_id = ${sql.lit(editions[0]!.id)} and column1 = ${c1} and column2 = ${c2}`.execute(s.db);
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(new RegExp(`^Index Scan using ptp_edits_e${editions[0]!.id}_p2_pair_idx`));
    expect(text).not.toMatch(/_p[01]/);
  });

  it('lets the question look-up find edits in every part of the edition in force', async () => {
    // A pair of CPT codes from the start, the middle and the end of the slice: one in each part.
    const pairs = [lines.slice(1, 800), lines.slice(3600, 4400), lines.slice(7200)].map(
      (some) =>
        some
          .find((l) => /^\d{5},\d{5},/.test(l))!
          .split(',')
          .slice(0, 2) as [string, string],
    );
    const parts = new Set<string>();
    for (const [column1, column2] of pairs) {
      const r = await lookupCodes(s.db, {
        codes: [column1, column2],
        dateOfService: '2024-08-15',
        setting: 'practitioner',
      });
      expect(r.ptp).toContainEqual(
        expect.objectContaining({ column1, column2, edition: 'NCCI PTP practitioner 2024 Q3' }),
      );
      const { rows } = await sql<{ part: string }>`select tableoid::regclass::text as part from ptp_edits
        where column1 = ${column1} and column2 = ${column2} and edition_id = (select min(id) from refdata_editions)`.execute(
        s.db,
      );
      parts.add(rows[0]!.part);
    }
    expect(parts.size).toBe(3);
  });

  it('names the absolute line of a bad value in a later part, and loads nothing', async () => {
    const bad = [...lines];
    bad[7499] = bad[7499]!.replace(/,[019],(\d+)$/, ',7,$1');
    bad[7999] = bad[7999]!.replace(/,\d{8},/, ',20230231,').replace(/,\*,/, ',20230231,');
    const before = await sql<{ n: string }>`select count(*) as n from refdata_editions`.execute(s.db);
    await expect(
      importFile(s.db, {
        dataset: 'ptp_practitioner',
        file: write('ptp_practitioner_2024q4.csv', bad),
        ptp: SPLIT,
      }),
    ).rejects.toThrow(
      /^ptp_practitioner: line 7500, column "modifier_indicator": expected one of 0, 1, 9 \(got "7"\); nothing was loaded$/,
    );
    // PostgreSQL's own rejection (a day the line pattern allows) is located the same way.
    await expect(
      importFile(s.db, {
        dataset: 'ptp_practitioner',
        file: write(
          'ptp_practitioner_2025q1.csv',
          lines.map((l, i) => (i === 7500 ? bad[7999]! : l)),
        ),
        ptp: SPLIT,
      }),
    ).rejects.toThrow(
      /^ptp_practitioner: line 7501, column "deletion_date": .*"20230231".*; nothing was loaded$/,
    );
    expect((await sql<{ n: string }>`select count(*) as n from refdata_editions`.execute(s.db)).rows).toEqual(
      before.rows,
    );
    expect(await stagingTables()).toBe(0);
  });

  it('falls back to one stream when the file is not sorted by column1, and still loads every row', async () => {
    const unsorted = [lines[0]!, lines[7990]!, ...lines.slice(1, 7990), ...lines.slice(7991)];
    const r = await importFile(s.db, {
      dataset: 'ptp_practitioner',
      file: write('ptp_practitioner_2025q2.csv', unsorted),
      ptp: SPLIT,
    });
    expect(r.rows).toBe(8000);
    expect(await partitionsOf(`ptp_edits_e${r.edition.id}`)).toEqual([]);
    expect(await edits(r.edition.id)).toHaveLength(8000);
    expect(await stagingTables()).toBe(0);
  });

  it("loads every part on the import's own connection when the pool has none to spare", async () => {
    const lone = createDb(createPool(s.url, 1));
    try {
      const r = await importFile(lone, {
        dataset: 'ptp_practitioner',
        file: write('ptp_practitioner_2025q4.csv', lines),
        ptp: SPLIT,
      });
      expect(r.rows).toBe(8000);
      expect(await partitionsOf(`ptp_edits_e${r.edition.id}`)).toHaveLength(3);
    } finally {
      await lone.destroy();
    }
  });

  it('drops the staging tables a crashed import left behind', async () => {
    await sql`create table ptp_stage_e999_1 (like ptp_edits including defaults)`.execute(s.db);
    await importFile(s.db, {
      dataset: 'ptp_practitioner',
      file: write('ptp_practitioner_2025q3.csv', lines.slice(0, 4001)),
      ptp: SPLIT,
    });
    expect(await stagingTables()).toBe(0);
  });
});
