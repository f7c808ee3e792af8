import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', '..', 'migrations');

/** Loads migrations with this module's own import(), so the TypeScript loader in use (tsx, vitest)
 * handles the .ts files; kysely's FileMigrationProvider would import them natively. */
class TsMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{14}_.+\.ts$/.test(f)).sort();
    const out: Record<string, Migration> = {};
    for (const f of files)
      out[f.replace(/\.ts$/, '')] = (await import(
        pathToFileURL(path.join(MIGRATIONS_DIR, f)).href
      )) as Migration;
    return out;
  }
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new TsMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error)
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(error)}`, { cause: error });
  return (results ?? []).map((r) => r.migrationName);
}
