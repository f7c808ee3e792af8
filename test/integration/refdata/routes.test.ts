// The reviewer/automation API over the reference data, through fastify's inject (no network).
import Fastify from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createPool } from '../../../src/db/database.js';
import { refdataRoutes } from '../../../src/review/routes/refdata.routes.js';
import { testConfig } from '../../helpers/stack-env.js';

const db = createDb(createPool(testConfig().databaseUrl, 2));
// The routes' schemas are zod, as in the desk's app (src/review/app.ts).
const app = Fastify().setValidatorCompiler(validatorCompiler);

describe('refdata routes', () => {
  beforeAll(async () => {
    await app.register(refdataRoutes, { db });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  it('GET /api/codes/:code gives the code facts, MUE and RVU for the date of service', async () => {
    const res = await app.inject({ url: '/api/codes/32555?dos=2024-08-15&setting=practitioner' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.codes[0]).toMatchObject({ code: '32555', system: 'cpt', known: true });
    expect(body.ptp).toEqual([]);
    expect(body.mue[0]).toMatchObject({ value: 2, mai: 3 });
    expect(body.rvu.length).toBeGreaterThan(0);
  });

  it('GET /api/codes/:code gives the conversion factor and, for a locality, its GPCIs', async () => {
    const res = await app.inject({ url: '/api/codes/99213?dos=2026-08-15&locality=01112-54' });
    expect(res.statusCode).toBe(200);
    expect(res.json().payment).toEqual({
      conversionFactor: 33.4009,
      rvuEdition: 'PFS RVU 2026 C',
      localities: [expect.objectContaining({ state: 'CA', name: 'BAKERSFIELD', workGpci: 1.019 })],
    });
    const byName = await app.inject({ url: '/api/codes/99213?dos=2026-08-15&state=WA&area=seattle' });
    expect(byName.json().payment.localities).toEqual([
      expect.objectContaining({ mac: '02402', locality: '02' }),
    ]);
  });

  it('GET /api/edits gives the edits between the listed codes in the setting', async () => {
    const res = await app.inject({
      url: '/api/edits?codes=32555,76942,32554&dos=2024-08-15&setting=hospital',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().ptp).toContainEqual(
      expect.objectContaining({ column1: '32555', column2: '76942', setting: 'hospital' }),
    );
  });

  it('rejects a malformed date or setting before touching the database', async () => {
    expect((await app.inject({ url: '/api/codes/32555?dos=2024-13-01' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/edits?codes=32555&setting=asc' })).statusCode).toBe(400);
  });
});
