// The dataset registry: every importable dataset by key.
import { AppError } from '../errors.js';
import type { DatasetSpec } from './dataset.types.js';
import { CODE_DATASETS } from './datasets-codes.js';
import { ICD10CM_DATASETS } from './datasets-icd10cm.js';
import { NCCI_DATASETS } from './datasets-ncci.js';
import { PFS_DATASETS } from './datasets-pfs.js';

const ALL = [...NCCI_DATASETS, ...CODE_DATASETS, ...PFS_DATASETS, ...ICD10CM_DATASETS];
const BY_KEY = new Map(ALL.map((s) => [s.dataset, s]));

export const DATASET_KEYS: readonly string[] = ALL.map((s) => s.dataset);

export function datasetSpec(key: string): DatasetSpec {
  const spec = BY_KEY.get(key);
  if (!spec)
    throw new AppError(
      'REFDATA.UNKNOWN_DATASET',
      `unknown dataset "${key}" (one of: ${DATASET_KEYS.join(', ')})`,
    );
  return spec;
}
