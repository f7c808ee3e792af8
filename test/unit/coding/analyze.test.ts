import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/coding/analyze.js';
import { extractMentions } from '../../../src/coding/extract.js';
import {
  code,
  lookupResult,
  mue,
  ptp,
  rvu,
  THORACENTESIS,
} from '../../fixtures/questions/lookup-fixtures.js';

const EX01 =
  'On DOS 03/04/2025 our pulmonologist did a thoracentesis under ultrasound (32555) and also billed 76942-26 for the guidance.\nIs 76942 separately payable, and would modifier 59 get it paid?';

describe('analysis of PTP pairs', () => {
  it('32555 + 76942 with indicator 1 and modifier 59: 76942 is column 2 and 59 bypasses it', () => {
    const f = analyze(extractMentions(EX01), THORACENTESIS);
    expect(f.pairs).toHaveLength(1);
    expect(f.pairs[0]).toMatchObject({
      column1: '32555',
      column2: '76942',
      modifierIndicator: '1',
      bypassedBy: ['59'],
      setting: 'practitioner',
    });
    expect(f.pairs[0]!.meaning).toContain('NCCI-associated');
  });

  it('32555 + 32554 with indicator 0: no modifier bypasses, even 59', () => {
    const lookup = lookupResult({ codes: [code('32555'), code('32554')], ptp: [ptp('32555', '32554', '0')] });
    const f = analyze(extractMentions('Can 32555 and 32554 go together with 59?'), lookup);
    expect(f.pairs[0]).toMatchObject({
      column1: '32555',
      column2: '32554',
      modifierIndicator: '0',
      bypassedBy: [],
    });
    expect(f.advice.some((a) => a.topic === 'ptp' && a.severity === 'warning')).toBe(true);
  });

  it('a modifier that is not NCCI-associated (26) bypasses nothing', () => {
    const f = analyze(extractMentions('32555 and 76942-26 together?'), THORACENTESIS);
    expect(f.pairs[0]!.bypassedBy).toEqual([]);
  });

  it('edits of the other setting, deleted before the date of service, or with unrequested codes are left out', () => {
    const lookup = lookupResult({
      codes: [code('32555'), code('76942')],
      ptp: [
        ptp('32555', '76942', '1', { setting: 'hospital' }),
        ptp('76942', '32555', '1', { deleted: '2020-01-01', active: false }),
      ],
    });
    expect(analyze(extractMentions('32555 with 76942?'), lookup).pairs).toEqual([]);
  });

  it('reports both directions when both are in force', () => {
    const lookup = lookupResult({
      codes: [code('11042'), code('97597')],
      ptp: [ptp('11042', '97597', '1'), ptp('97597', '11042', '1')],
    });
    const f = analyze(extractMentions('11042 and 97597-XS'), lookup);
    expect(f.pairs.map((p) => [p.column1, p.column2, p.bypassedBy])).toEqual([
      ['11042', '97597', ['XS']],
      ['97597', '11042', ['XS']],
    ]);
  });
});

describe('analysis of units, add-ons and status', () => {
  it('units above the MUE: exceeds, with the MAI meaning', () => {
    const lookup = lookupResult({ codes: [code('76942')], mue: [mue('76942', 1, 3)] });
    const f = analyze(extractMentions('76942 x2 for two needle placements'), lookup);
    expect(f.units[0]).toMatchObject({ code: '76942', units: 2, mue: 1, mai: 3, exceeds: true });
    expect(f.units[0]!.maiMeaning).toContain('appeal');
  });

  it('units at or under the MUE, or not given, do not exceed', () => {
    const lookup = lookupResult({ codes: [code('32555')], mue: [mue('32555', 2, 2)] });
    expect(analyze(extractMentions('32555 x2'), lookup).units[0]!.exceeds).toBe(false);
    expect(analyze(extractMentions('32555?'), lookup).units[0]).toMatchObject({
      units: null,
      exceeds: false,
    });
  });

  it('an add-on code without any eligible primary in the question is flagged', () => {
    const lookup = lookupResult({
      codes: [code('22614')],
      addOns: [{ addOn: '22614', primary: '22610', type: 1, edition: 'NCCI add-on 2024 Q3' }],
    });
    const f = analyze(extractMentions('Can we bill 22614 alone?'), lookup);
    expect(f.advice).toContainEqual(
      expect.objectContaining({ topic: 'addon', code: '22614', severity: 'warning' }),
    );
    expect(f.addOns).toHaveLength(1);
  });

  it('an add-on code with its primary in the question is not flagged', () => {
    const lookup = lookupResult({
      codes: [code('17003'), code('17000')],
      addOns: [{ addOn: '17003', primary: '17000', type: 1, edition: 'NCCI add-on 2024 Q3' }],
    });
    expect(
      analyze(extractMentions('17000 and 17003 x3'), lookup).advice.filter((a) => a.topic === 'addon'),
    ).toEqual([]);
  });

  it('a code known both as a drug and as an undotted diagnosis is read as the words wrote it', () => {
    const drug = code('J0131', { descriptor: 'Injection, acetaminophen, 10 mg' });
    const sinusitis = code('J0131', { system: 'icd10cm', billable: true, descriptor: 'sinusitis' });
    const lookup = lookupResult({ codes: [drug, sinusitis] });
    const given = analyze(extractMentions('Gave acetaminophen 1000 mg IV (J0131). units?'), lookup);
    expect(given.codes[0]).toMatchObject({ code: 'J0131', system: 'hcpcs' });
    // Taken as a diagnosis, the same letters are dotted before they are looked up.
    expect(extractMentions('Dx J0131 for the sinus visit?').mentions[0]).toMatchObject({ code: 'J01.31' });
  });

  it('a deleted code is reported deleted with its date', () => {
    const lookup = lookupResult({ codes: [code('32420', { validAtDos: false, deletedOn: '2019-01-01' })] });
    const f = analyze(extractMentions('Is 32420 still active?'), lookup);
    expect(f.codes[0]).toMatchObject({ code: '32420', status: 'deleted', deletedOn: '2019-01-01' });
  });

  it('an ICD-10-CM category is not billable and lists its children', () => {
    const kids = [{ code: 'J45.20', description: 'Mild intermittent asthma, uncomplicated' }];
    const lookup = lookupResult({
      codes: [code('J45', { system: 'icd10cm', billable: false, billableChildren: kids })],
    });
    expect(analyze(extractMentions('Is J45 enough?'), lookup).codes[0]).toMatchObject({
      status: 'not_billable',
      billableChildren: kids,
    });
  });

  it('a candidate that matches no code set is reported as unknown, not dropped', () => {
    const f = analyze(extractMentions('What is 12399?'), lookupResult());
    expect(f.codes).toEqual([
      expect.objectContaining({ code: '12399', status: 'unknown', system: 'unknown' }),
    ]);
  });
});

describe('analysis of bilateral, global and PC/TC', () => {
  it('bilateral indicator 1 with RT and LT advises one line with 50', () => {
    const lookup = lookupResult({ codes: [code('20610')], rvu: [rvu('20610', { bilatSurg: '1' })] });
    const f = analyze(extractMentions('20610-RT and 20610-LT?'), lookup);
    expect(f.advice).toContainEqual(
      expect.objectContaining({ topic: 'bilateral', code: '20610', severity: 'warning' }),
    );
  });

  it('a 090-day procedure with an E/M and 25 advises 57 for the decision for surgery', () => {
    const lookup = lookupResult({
      codes: [code('44140'), code('99223')],
      rvu: [rvu('44140', { globalDays: '090' })],
    });
    const f = analyze(extractMentions('99223-25 the day before 44140'), lookup);
    expect(f.advice).toContainEqual(
      expect.objectContaining({ topic: 'global', code: '44140', severity: 'warning' }),
    );
    expect(f.codes.find((c) => c.code === '44140')!.globalDays).toBe('090');
  });

  it('an E/M with a 0-day procedure: the decision to perform it is included, 25 needs a separate evaluation, 57 never applies', () => {
    const lookup = lookupResult({
      codes: [code('99204'), code('32555')],
      rvu: [rvu('99204', { globalDays: 'XXX' }), rvu('32555', { globalDays: '000' })],
    });
    const advice = analyze(
      extractMentions('New patient visit 99204 and 32555 the same day. Modifier 25 on the E/M?'),
      lookup,
    ).advice.find((a) => a.topic === 'global');
    expect(advice).toMatchObject({ code: '32555', severity: 'info' });
    expect(advice!.message).toMatch(/decision to perform a minor procedure is included/);
    const with57 = analyze(extractMentions('99204-57 and 32555 the same day'), lookup).advice.find(
      (a) => a.topic === 'global',
    );
    expect(with57).toMatchObject({ severity: 'warning' });
  });

  it('26 on a code whose PC/TC indicator is 1 is fine; TC on a professional-only code is not', () => {
    const ok = analyze(extractMentions('76942-26'), THORACENTESIS).advice.find((a) => a.topic === 'pctc');
    expect(ok).toMatchObject({ code: '76942', severity: 'info' });
    const lookup = lookupResult({ codes: [code('93010')], rvu: [rvu('93010', { pctcIndicator: '2' })] });
    expect(analyze(extractMentions('93010-TC'), lookup).advice.find((a) => a.topic === 'pctc')).toMatchObject(
      { severity: 'warning' },
    );
  });
});

describe('RVUs of a code split into professional and technical parts', () => {
  it('uses the -26 row when the asker wrote 26, and the global row otherwise', () => {
    const lookup = lookupResult({
      codes: [code('76942')],
      rvu: [
        rvu('76942', { nonFacilityTotal: 1.77, pctcIndicator: '1' }),
        rvu('76942', { modifier: '26', nonFacilityTotal: 0.9, pctcIndicator: '1' }),
      ],
    });
    expect(analyze(extractMentions('76942-26'), lookup).codes[0]!.rvu).toMatchObject({
      modifier: '26',
      nonFacilityTotal: 0.9,
    });
    expect(analyze(extractMentions('76942'), lookup).codes[0]!.rvu).toMatchObject({
      modifier: null,
      nonFacilityTotal: 1.77,
    });
  });
});

describe('findings envelope', () => {
  it('carries the date, setting, question types and every edition used', () => {
    const f = analyze(extractMentions(EX01), THORACENTESIS);
    expect(f).toMatchObject({
      dateOfService: '2025-03-04',
      effectiveDate: '2025-03-04',
      setting: 'practitioner',
      settingStated: false,
    });
    expect(f.questionTypes[0]).toBe('bundling-PTP');
    expect(f.editions.map((e) => e.label)).toEqual(
      expect.arrayContaining(['NCCI PTP practitioner 2024 Q3', 'MUE practitioner 2024 Q3', 'PFS RVU 2025 D']),
    );
    expect(f.codes.find((c) => c.code === '76942')!.modifiers).toEqual(['26']);
  });
});
