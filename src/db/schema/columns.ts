// Column shapes shared by the row types. Core tables: timestamps pg returns as Date, bigint ids it
// returns as strings, and jsonb columns. Reference data: nullable text, years and numerics (pg returns
// numeric as strings), and the edition every row belongs to.
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type BigId = ColumnType<string, string | number | bigint, string | number | bigint>;
export type Json<T> = ColumnType<T, string, string>;
/** A jsonb column with a database default: optional on insert. */
export type JsonDefault<T> = ColumnType<T, string | undefined, string>;

export type Text = string | null;
export type Year = number | null;
export type Num = string | null;

export interface Edition {
  edition_id: number;
}
