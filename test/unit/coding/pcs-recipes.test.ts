import { describe, expect, it } from 'vitest';
import { pcsRecipesFor } from '../../../src/coding/pcs-recipes.js';
import { coronaryArteries, pcsSide } from '../../../src/coding/pcs-recipe-words.js';

const built = (text: string) =>
  pcsRecipesFor(text).map((r) => ({ name: r.recipe.name, codes: r.codes, also: r.also }));

describe('PCS codes built from the words of a procedure', () => {
  it('a right total knee with cemented components: one code; without side or cement, every code left open', () => {
    expect(built('R total knee, cemented components')).toEqual([
      { name: 'total knee replacement', codes: ['0SRC0J9'], also: [] },
    ]);
    expect(built('TKA, PCS?')[0]!.codes).toEqual(['0SRC0J9', '0SRC0JA', '0SRD0J9', '0SRD0JA']);
  });

  it('a partial knee is not a total knee', () => {
    expect(built('partial knee replacement, medial unicompartmental')).toEqual([]);
  });

  it('a laparoscopic cholecystectomy converted to open: the open resection and a laparoscopic inspection (B3.2d)', () => {
    expect(built('lap chole converted to open')).toEqual([
      { name: 'cholecystectomy', codes: ['0FT40ZZ'], also: ['0FJ44ZZ'] },
    ]);
  });

  it('coronary stents: arteries and stents counted, bifurcation read', () => {
    expect(built('PTCA w/ one drug eluting stent to LAD, no bifurcation')[0]!.codes).toEqual(['027034Z']);
    expect(built('PCI with two drug-eluting stents, LAD and RCA')[0]!.codes).toEqual(['027135Z']);
    expect(built('PCI with one bare metal stent to the RCA at a bifurcation')[0]!.codes).toEqual(['02703D6']);
  });

  it('ventilation by consecutive hours: under 24, 24 to 96, more than 96', () => {
    expect(built('on mechanical vent for 72 hrs')[0]!.codes).toEqual(['5A1945Z']);
    expect(built('mechanical ventilation for 5 days')[0]!.codes).toEqual(['5A1955Z']);
    expect(built('mechanical ventilation 20 hours')[0]!.codes).toEqual(['5A1935Z']);
  });

  it('a transfusion is one code for the product and vein, whatever the number of units', () => {
    expect(built('2 units PRBCs via peripheral IV')[0]!.codes).toEqual(['30233N1']);
    expect(built('platelet transfusion through the PICC')[0]!.codes).toEqual(['30243R1']);
  });

  it('a fracture reduced and nailed is a Reposition; nailed without reduction, an Insertion (B3.15)', () => {
    expect(
      built('Displaced R intertrochanteric fx, closed reduction + percutaneous cephalomedullary nail')[0]!
        .codes,
    ).toEqual(['0QS636Z']);
    expect(built('left hip fx, non-displaced, percutaneous intramedullary nail')[0]!.codes).toEqual([
      '0QH736Z',
    ]);
  });

  it('lumbar fusion: one joint, two or more, or lumbosacral, with the column of the interbody device', () => {
    expect(built('TLIF L4-5 with interbody cage')[0]!.codes).toEqual(['0SG00AJ']);
    expect(built('TLIF L3-L5 with cages')[0]!.codes).toEqual(['0SG10AJ']);
    expect(built('ALIF L5-S1')[0]!.codes).toEqual(['0SG30A0']);
  });

  it('biopsies are diagnostic excisions or extractions at the site named', () => {
    expect(built('EGD with cold forceps biopsy of gastric antrum')[0]!.codes).toEqual(['0DB68ZX']);
    expect(built('bone marrow aspiration and biopsy, posterior iliac crest')[0]!.codes).toEqual(['07DR3ZX']);
    expect(built('diagnostic lumbar puncture')[0]!.codes).toEqual(['009U3ZX']);
  });
});

describe('the words that choose a side and a count', () => {
  it('reads R, rt and right; a volume in liters is not the left side; "is that right?" is no side', () => {
    expect(pcsSide('R knee')).toBe('right');
    expect(pcsSide('thoracentesis right, 1.2 L removed')).toBe('right');
    expect(pcsSide('left side')).toBe('left');
    expect(pcsSide('TKA, is that right?')).toBeNull();
    expect(pcsSide('bilateral knees')).toBeNull();
  });

  it('counts the coronary arteries written or named', () => {
    expect(coronaryArteries('stent to LAD')).toBe(1);
    expect(coronaryArteries('LAD and circumflex')).toBe(2);
    expect(coronaryArteries('three vessels stented')).toBe(3);
  });
});
