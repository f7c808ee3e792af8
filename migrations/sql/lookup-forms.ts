// refdata_lookup's definitions, kept as SQL files. Each migration that replaced the function applies
// its own frozen form (refdata_lookup.vN.sql), so older migrations produce on a fresh database exactly
// what they always did; the form in use is refdata_lookup.sql, applied by the latest such migration.
import { readFileSync } from 'node:fs';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The function as the migration that introduced form `version` created it (never edited). */
export const frozenLookupForm = (version: 1 | 2 | 3 | 4 | 5): string =>
  read(`./refdata_lookup.v${version}.sql`);

/** The function in use: a change to the look-up is an edit of this file and a migration that applies it. */
export const currentLookupForm = (): string => read('./refdata_lookup.sql');

/** A frozen form as a migration that replaces the function in place applies it ("create or replace"). */
export const replacingLookupForm = (version: 1 | 2 | 3 | 4 | 5): string =>
  frozenLookupForm(version).replace(/^create function/, 'create or replace function');
