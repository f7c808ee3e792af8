// What a set of release files will load: each recognised file becomes an edition, the parts of an
// NCCI PTP edition are gathered (all four are needed: a missing part would hide its edits), and of
// the same edition in two packagings (txt and xlsx, csv and xlsx) one is loaded. Pure.
import { DATASET_KEYS } from '../datasets.js';
import type { OfficialEdition, OfficialFile } from './official-import.js';
import { recognise } from './recognise.js';

/** A file of the release: its name as given, and where its bytes are (a path, or an entry of a zip). */
export interface ReleaseFile {
  shownAs: string;
  name: string;
}

export interface ReleasePlan<F extends ReleaseFile> {
  editions: (Omit<OfficialEdition, 'files'> & { files: (Omit<OfficialFile, 'path'> & { source: F })[] })[];
  passedOver: { file: F; reason: string }[];
  /** Editions that cannot load as given (a PTP part missing). */
  refused: { file: F; reason: string }[];
  /** Files of no release layout CodeDesk knows (a notes file in the folder): left alone. */
  unrecognised: F[];
}

type Planned<F extends ReleaseFile> = ReleasePlan<F>['editions'][number];
type PlannedFile<F extends ReleaseFile> = Planned<F>['files'][number];

const datasetOrder = (d: string) => DATASET_KEYS.indexOf(d);
const byName = <F extends ReleaseFile>(a: PlannedFile<F>, b: PlannedFile<F>) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export function planRelease<F extends ReleaseFile>(files: readonly F[]): ReleasePlan<F> {
  const plan: ReleasePlan<F> = { editions: [], passedOver: [], refused: [], unrecognised: [] };
  const groups = new Map<string, PlannedFile<F>[]>();
  for (const file of files) {
    const r = recognise(file.name);
    if (r.kind === 'skip') plan.passedOver.push({ file, reason: r.reason });
    else if (r.kind === 'unknown') plan.unrecognised.push(file);
    else {
      const key = `${r.identity.dataset}|${r.identity.version}|${r.identity.effectiveFrom}`;
      const planned: PlannedFile<F> = { ...r, shownAs: file.shownAs, name: file.name, source: file };
      groups.set(key, [...(groups.get(key) ?? []), planned]);
    }
  }
  for (const group of groups.values()) {
    const best = Math.min(...group.map((f) => f.identity.preference ?? 0));
    const packagings = [...new Set(group.map((f) => f.identity.preference ?? 0))].sort();
    const { layout, identity } = group[0]!;
    if (identity.part) {
      const complete = packagings.find(
        (p) => missingParts(group.filter((f) => (f.identity.preference ?? 0) === p)).length === 0,
      );
      if (complete === undefined) {
        const missing = missingParts(group.filter((f) => (f.identity.preference ?? 0) === best));
        for (const f of group)
          plan.refused.push({
            file: f.source,
            reason: `part${missing.length > 1 ? 's' : ''} ${missing.map((k) => `f${k}`).join(', ')} of this edition missing: all ${identity.part.of} are needed`,
          });
        continue;
      }
      const parts = group
        .filter((f) => (f.identity.preference ?? 0) === complete)
        .sort((a, b) => a.identity.part!.index - b.identity.part!.index);
      plan.editions.push({ layout, identity, files: parts });
      for (const f of group.filter((g) => !parts.includes(g)))
        plan.passedOver.push({
          file: f.source,
          reason: `the same edition in another packaging (${parts[0]!.name} is loaded)`,
        });
      continue;
    }
    // Revisions of one edition in the same packaging (HCPCS ..._v2, _v3) all load, the later name last.
    const chosen = group.filter((f) => (f.identity.preference ?? 0) === best).sort(byName);
    for (const f of chosen) plan.editions.push({ layout, identity: f.identity, files: [f] });
    for (const f of group.filter((g) => !chosen.includes(g)))
      plan.passedOver.push({
        file: f.source,
        reason: `the same edition in another packaging (${chosen[0]!.name} is loaded)`,
      });
  }
  plan.editions.sort(
    (a, b) =>
      datasetOrder(a.identity.dataset) - datasetOrder(b.identity.dataset) ||
      (a.identity.effectiveFrom < b.identity.effectiveFrom
        ? -1
        : a.identity.effectiveFrom > b.identity.effectiveFrom
          ? 1
          : 0) ||
      byName(a.files[0]!, b.files[0]!),
  );
  return plan;
}

/** Part numbers missing from a group (a part given twice counts as missing: which one is meant?). */
function missingParts<F extends ReleaseFile>(group: PlannedFile<F>[]): number[] {
  const of = group[0]!.identity.part!.of;
  const counts = new Map<number, number>();
  for (const f of group) counts.set(f.identity.part!.index, (counts.get(f.identity.part!.index) ?? 0) + 1);
  return Array.from({ length: of }, (_, i) => i + 1).filter((k) => counts.get(k) !== 1);
}
