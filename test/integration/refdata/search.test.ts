// Search by words when a question names no code.
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, createPool } from '../../../src/db/database.js';
import { searchByWords } from '../../../src/refdata/search.js';
import { testConfig } from '../../helpers/stack-env.js';

const db = createDb(createPool(testConfig().databaseUrl, 2));

describe('searchByWords', () => {
  afterAll(async () => {
    await db.destroy();
  });

  it('"malignant pleural effusion" puts J91.0 first', async () => {
    const [first] = await searchByWords(db, 'malignant pleural effusion');
    expect(first).toMatchObject({ code: 'J91.0', system: 'icd10cm', descriptorSource: 'cdc' });
  });

  it('"thoracentesis with ultrasound guidance" puts 32555 first, from its lay summary', async () => {
    const [first] = await searchByWords(db, 'thoracentesis with ultrasound guidance');
    expect(first).toMatchObject({ code: '32555', system: 'cpt', descriptorSource: 'lay_summary' });
  });

  it('a whole question in plain words puts the procedure it describes first, ahead of common-word matches', async () => {
    const question =
      'Physician drained fluid from around the lung using ultrasound guidance and left no catheter. Which code would that be?';
    const [first, second] = await searchByWords(db, question);
    expect(first).toMatchObject({ code: '32555', system: 'cpt' });
    expect(first!.score).toBeGreaterThan(second!.score * 1.25);
  });

  it('respects the limit and returns nothing for text without words', async () => {
    expect(await searchByWords(db, 'pleural effusion', { limit: 3 })).toHaveLength(3);
    expect(await searchByWords(db, ' ?! ')).toEqual([]);
  });
});
