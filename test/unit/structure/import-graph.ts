// The project's import graph, read from the sources: every relative import, type-only ones too (a
// type cycle still ties two modules' meanings together). Nodes are files; a file's folder is the stage
// folder it sits in (src/mail, src/answers with its rules/ and question/, workers), and the loose files
// at the top of src/ are each a folder of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export type Graph = Map<string, Set<string>>;

const IMPORT = /^(?:import|export)\s[^;]*?\sfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gms;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

export function fileGraph(root: string, dirs: string[]): Graph {
  const files = dirs.flatMap((d) => sourceFiles(join(root, d))).map((f) => relative(root, f));
  const known = new Set(files);
  const graph: Graph = new Map();
  for (const file of files) {
    const deps = new Set<string>();
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), m[1]!)).replace(/\.js$/, '.ts');
      if (known.has(target)) deps.add(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length === 2 ? (parts[0] === 'src' ? file : parts[0]!) : parts.slice(0, 2).join('/');
}

export function folderGraph(files: Graph): Graph {
  const graph: Graph = new Map();
  for (const [file, deps] of files) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    for (const dep of deps) if (folderOf(dep) !== from) edges.add(folderOf(dep));
    graph.set(from, edges);
  }
  return graph;
}

/** The strongly connected parts with more than one node (Tarjan): each is an import circle. */
export function circles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do part.push((w = stack.pop()!));
    while (w !== v);
    if (part.length > 1) found.push(part.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
