// A full quarter's release in the official layouts, at full size, for the import benchmark: the PTP
// tables (2.5M practitioner and 1.8M hospital edits, four parts each), the three MUE tables, HCPCS
// (fixed-width ANWEB) and the ICD-10-PCS order file are laid out from the shipped CSV conversions of
// the same CMS/CDC data; the add-on edits, the PFS files and the ICD-10-CM zip are the real files.
// PTP effective dates are not in the conversions: 2010-01-01 stands in (it does not change the work).
// The built editions are 2027 Q1 (v33.0, January 2027), so they load beside the shipped ones.
import { createReadStream, createWriteStream, copyFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

const PTP_HEADER = [
  'CPT only copyright 2025 American Medical Association.  All rights reserved.\t\t\t\t\t\t',
  'Column1/Column2 Edits\t\t\t\t\t\t',
  'Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale',
  '\t\tprior to 1996\tDate\tDate\t0=not allowed\t',
  '\t\t\t\t*=no data\t1=allowed\t',
  '\t\t\t\t\t9=not applicable\t',
];
const MUE_NOTICE =
  '"Current Procedural Terminology (CPT) codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved.",,,';

async function* csvRows(file: string): AsyncGenerator<Record<string, string>> {
  yield* createReadStream(file).pipe(parse({ columns: true })) as AsyncIterable<Record<string, string>>;
}

async function writeLines(path: string, lines: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let batch = '';
  for await (const l of lines) {
    batch += `${l}\r\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'close');
}

/** Four parts cut at column 1 changes near each quarter of the rows, as CMS cuts them. */
async function ptpParts(
  src: string,
  dir: string,
  prefix: string,
  rationales: Map<string, string>,
): Promise<void> {
  const lines: string[] = [];
  const input = createInterface({ input: createReadStream(src) });
  for await (const l of input) {
    if (l.startsWith('column1')) continue;
    const [c1, c2, del, mod, rat] = l.split(',');
    lines.push(`${c1}\t${c2}\t\t20100101\t${del}\t${mod}\t${rationales.get(rat!)}`);
  }
  let start = 0;
  for (let k = 1; k <= 4; k++) {
    let end = k === 4 ? lines.length : Math.floor((lines.length * k) / 4);
    while (end < lines.length && lines[end]!.slice(0, 5) === lines[end - 1]!.slice(0, 5)) end++;
    await writeLines(join(dir, `${prefix}-v330r0-f${k}.txt`), [...PTP_HEADER, ...lines.slice(start, end)]);
    start = end;
  }
}

const pad = (v: string, n: number) => v.slice(0, n).padEnd(n);

async function* hcpcsRecords(src: string): AsyncGenerator<string> {
  for await (const r of csvRows(src)) {
    const d = (x: string) => x.replaceAll('-', '');
    const list = (x: string, sep: string, n: number, w: number) =>
      Array.from({ length: n }, (_, i) =>
        pad(
          x
            .split(sep)
            .map((v) => v.trim())
            .filter(Boolean)[i] ?? '',
          w,
        ),
      ).join('');
    const long = r.long_description!;
    yield [
      pad(r.hcpcs_code!, 5),
      '00100',
      '3',
      pad(long, 80),
      pad(r.short_description!, 28),
      list(r.price!, ':', 4, 2),
      pad(r.multi!, 1),
      list(r.cim!, ',', 3, 6),
      list(r.mcm!, ',', 3, 8),
      pad(r.statute!, 10),
      list(r.lab!, ',', 8, 3),
      list(r.xref!, ',', 5, 5),
      pad(r.cov!, 1),
      pad(r.asc_grp!, 2),
      pad(d(r.date_asc!), 8),
      '   ',
      ' ',
      '        ',
      pad(r.proc!, 4),
      pad(r.betos!, 3),
      ' ',
      list(r.tos!, ':', 5, 1),
      pad(r.anes!, 3),
      pad(d(r.date_added!), 8),
      pad(d(r.date_action!), 8),
      pad(d(r.date_term!), 8),
      pad(r.action!, 1),
    ]
      .join('')
      .trimEnd();
    // the rest of a long description continues on RECID 4 records
    for (let i = 80, seq = 2; i < long.length; i += 80, seq++)
      yield `${pad(r.hcpcs_code!, 5)}${String(seq * 100).padStart(5, '0')}4${long.slice(i, i + 80)}`;
  }
}

/** Writes the release into `dir` from the shared reference data in `shared`; returns the folder. */
export async function buildOfficialQuarter(shared: string, dir: string): Promise<string> {
  const rationales = new Map<string, string>();
  for await (const r of csvRows(join(shared, 'ncci_ptp/ptp_rationale.csv')))
    rationales.set(r.rationale_id!, r.rationale!);
  await ptpParts(join(shared, 'ncci_ptp/ptp_practitioner_2024q3.csv'), dir, 'ccipra', rationales);
  await ptpParts(join(shared, 'ncci_ptp/ptp_hospital_2024q3.csv'), dir, 'ccioph', rationales);
  for (const [setting, name, title] of [
    ['practitioner', 'Practitioner', 'Practitioner Services MUE Values'],
    ['hospital', 'OutpatientHospital', 'Outpatient Hospital Services MUE Values'],
    ['dme', 'DMESupplier', 'DME Supplier Services MUE Values'],
  ] as const) {
    const rows = async function* () {
      yield MUE_NOTICE;
      yield `"HCPCS/\nCPT Code",${title},MUE Adjudication Indicator,MUE Rationale`;
      for await (const r of csvRows(join(shared, `ncci_mue/mue_${setting}_2024q3.csv`)))
        yield [r.hcpcs_code, r.mue_value, `${r.mai} ${r.mai_description}`, `"${r.mue_rationale}"`].join(',');
    };
    await writeLines(join(dir, `MCR_MUE_${name}Services_Eff_01-01-2027.csv`), rows());
  }
  await writeLines(
    join(dir, 'HCPC2027_JAN_ANWEB.txt'),
    hcpcsRecords(join(shared, 'hcpcs/hcpcs_level2_2024jul.csv')),
  );
  const pcs = async function* () {
    let n = 0;
    for await (const r of csvRows(join(shared, 'icd10pcs/icd10pcs_fy2026_codes.csv')))
      yield `${String(++n).padStart(5, '0')} ${pad(r.code!, 7)} ${r.valid} ${pad(r.description!, 60)} ${r.description}`;
  };
  await writeLines(join(dir, 'icd10pcs_order_2027.txt'), pcs());
  const official = join(shared, 'official');
  for (const f of [
    'ncci_aoc/AOC_V2026Q2-MCR.xlsx',
    'pfs_rvu/PPRRVU2026_Jul_nonQPP.csv',
    'pfs_rvu/GPCI2026.csv',
    'pfs_rvu/25LOCCO.csv',
    'pfs_rvu/ANES2025.csv',
    'icd10cm/icd10cm-Code Descriptions-2026.zip',
  ])
    copyFileSync(join(official, f), join(dir, f.split('/')[1]!));
  return dir;
}
