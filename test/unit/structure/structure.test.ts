// The shape the style guide asks of the tree: no import circle between files or between folders, and
// no file so long that it stops having one job.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { circles, fileGraph, folderGraph } from './import-graph.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const files = fileGraph(root, ['src', 'workers']);
const MAX_LINES = 250;

describe('the source tree', () => {
  it('has no import circle between files, type-only imports included', () => {
    expect(circles(files)).toEqual([]);
  });

  it('has no import circle between folders', () => {
    expect(circles(folderGraph(files))).toEqual([]);
  });

  it(`keeps every source, test and migration file under ${MAX_LINES} lines`, () => {
    const all = [...fileGraph(root, ['src', 'workers', 'test', 'migrations']).keys()];
    const long = all
      .map((f) => ({ file: relative(root, join(root, f)), lines: lineCount(join(root, f)) }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('finds the imports it checks (a reader that saw none would pass anything)', () => {
    const edges = [...files.values()].reduce((n, deps) => n + deps.size, 0);
    expect(files.size).toBeGreaterThan(300);
    expect(edges).toBeGreaterThan(files.size);
  });
});

const lineCount = (path: string) => readFileSync(path, 'utf8').split('\n').length - 1;

describe('an import circle', () => {
  it('is found however long, and only once', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set<string>()],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
