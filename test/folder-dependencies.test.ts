/**
 * Requests flow one way through src/ (HTTP → resolver → query module →
 * statement → port → engine): no folder of src/ reaches back to itself
 * through the imports of another. Type-only imports count too, since they
 * tie the folders' meanings together just the same. And the port (db/)
 * knows nothing of search, seeding, or what differs between engines.
 * Within and across folders, no file imports another's values in a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/project-root.js';

const srcRoot = path.join(projectRoot, 'src');

/** The folder directly under src/ a file belongs to; `.` for a file at the top (main.ts). */
function folderOf(file: string): string {
  const [first, ...rest] = path.relative(srcRoot, file).split(path.sep);
  return rest.length === 0 ? '.' : first!;
}

const importPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Folder → the other folders its files import from. */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = readdirSync(srcRoot, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts'));
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const from = folderOf(file);
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const to = folderOf(path.resolve(path.dirname(file), specifier!));
      if (to !== from) targets.add(to);
    }
  }
  return graph;
}

/** Every cycle among the folders, each once, as a path that starts and ends at its alphabetically first folder. */
export function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const cycles = new Map<string, string[]>();
  const walk = (start: string, at: string, trail: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) {
        const cycle = [...trail, start];
        // Only from the cycle's smallest folder, so each cycle is reported once.
        if (trail.every((f) => f >= start)) cycles.set(cycle.join(' → '), cycle);
      } else if (!trail.includes(next)) walk(start, next, [...trail, next]);
    }
  };
  for (const start of [...graph.keys()].sort()) walk(start, start, [start]);
  return [...cycles.values()];
}

describe('folders of src/', () => {
  const graph = folderImports();

  it('are read from the imports (the check sees the real structure)', () => {
    expect([...graph.keys()].sort()).toEqual(expect.arrayContaining(['config', 'db', 'engines', 'graphql', 'queries', 'search', 'seed', 'server']));
    expect([...graph.get('server')!]).toEqual(expect.arrayContaining(['db', 'graphql', 'engines']));
  });

  it('import each other in no cycle', () => {
    expect(folderCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('leave the port knowing nothing of search, seeding or engine profiles', () => {
    const fromDb = [...(graph.get('db') ?? [])];
    for (const folder of ['search', 'seed', 'engines', 'queries', 'graphql', 'server']) expect(fromDb, `db imports ${folder}`).not.toContain(folder);
  });

  it('would be reported when in a cycle (the cycles of the old db → search → seed → db tangle)', () => {
    const old = new Map([
      ['db', new Set(['config', 'search', 'seed'])],
      ['search', new Set(['db', 'seed'])],
      ['seed', new Set(['config', 'db', 'search'])],
      ['config', new Set<string>()],
    ]);
    expect(folderCycles(old).map((cycle) => cycle.join(' → '))).toEqual([
      'db → search → db',
      'db → search → seed → db',
      'db → seed → db',
      'db → seed → search → db',
      'search → seed → search',
    ]);
  });
});

/** A value import (`import { x } from './m.js'`), not a type-only one, which is gone at run time. */
const valueImportPattern = /^\s*import\s+(?!type\s)[^;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gms;

/** File → the files of src/ whose values it imports. */
function fileImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = readdirSync(srcRoot, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts'));
  for (const entry of files) {
    const file = path.relative(srcRoot, path.join(entry.parentPath, entry.name));
    const targets = new Set<string>();
    for (const [, specifier] of readFileSync(path.join(srcRoot, file), 'utf8').matchAll(valueImportPattern))
      targets.add(path.relative(srcRoot, path.resolve(srcRoot, path.dirname(file), specifier!)).replace(/\.js$/u, '.ts'));
    graph.set(file, targets);
  }
  return graph;
}

/** The groups of files that reach each other through imports (Tarjan's strongly connected components of two or more). */
export function importTangles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const tangles: string[][] = [];
  const visit = (at: string) => {
    index.set(at, index.size);
    low.set(at, index.get(at)!);
    stack.push(at);
    for (const next of graph.get(at) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(at, Math.min(low.get(at)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(at, Math.min(low.get(at)!, index.get(next)!));
    }
    if (low.get(at) !== index.get(at)) return;
    const group: string[] = [];
    for (let f = stack.pop()!; ; f = stack.pop()!) {
      group.push(f);
      if (f === at) break;
    }
    if (group.length > 1) tangles.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return tangles;
}

describe('files of src/', () => {
  // A cycle of value imports makes a module's top-level code run before what it imports is defined (a `const` read in its
  // temporal dead zone), depending on which file is loaded first; and the two files can no longer be read apart.
  it('import each other’s values in no cycle', () => {
    const graph = fileImports();
    expect(graph.get(path.join('ingest', 'names.ts'))).toContain(path.join('ingest', 'company-name.ts'));
    expect(importTangles(graph)).toEqual([]);
  });

  it('would be reported when in a cycle (the names ↔ independent-firm tangle of the ingestion rules)', () => {
    const old = new Map([
      ['ingest/names.ts', new Set(['ingest/independent-firm.ts', 'ingest/sections.ts'])],
      ['ingest/independent-firm.ts', new Set(['ingest/names.ts'])],
      ['ingest/sections.ts', new Set<string>()],
    ]);
    expect(importTangles(old)).toEqual([['ingest/independent-firm.ts', 'ingest/names.ts']]);
  });
});
