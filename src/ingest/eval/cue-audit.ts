/**
 * Audits every regular expression written in src/ingest/*.ts against the
 * seed sources, wording family by wording family: each top-level alternative
 * of a pattern (`バックアップ|backup|データ(?:の)?保全` has three) is tried on
 * every line of every seed source and every test fixture. An alternative that
 * matches in exactly one seed source is a phrase that document happens to
 * use: either it is general wording (then it is listed, with the reason, in
 * `generalWording` of test/ingest/cue-audit.test.ts) or it must go.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../config/project-root.js';
import { readDocument } from '../read-document.js';

export interface AuditedAlternative {
  /** File under src/ingest and line of the pattern. */
  where: string;
  /** The alternative's source text, as written in the pattern. */
  alternative: string;
  /** Seed sources (file names) with at least one matching line. */
  seedSources: string[];
  /** Test fixtures with at least one matching line. */
  fixtures: string[];
}

/** Splits a pattern's source at its top-level `|`, respecting groups, classes and escapes. */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Every regular-expression literal of a TypeScript file, with its line. */
export function regexLiteralsOf(fileName: string, code: string): Array<{ line: number; pattern: RegExp }> {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; pattern: RegExp }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const m = /^\/(.*)\/([a-z]*)$/su.exec(node.text)!;
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, pattern: new RegExp(m[1]!, m[2]!.replace(/[gy]/g, '')) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

async function textsIn(dir: string, pattern: RegExp): Promise<Array<{ name: string; lines: string[] }>> {
  const names = (await readdir(dir)).filter((f) => pattern.test(f)).sort();
  return Promise.all(names.map(async (name) => ({ name, lines: (await readDocument(path.join(dir, name))).split('\n') })));
}

/** The alternatives of every pattern in src/ingest (not the eval tools), with where each matches. */
export async function auditCues(): Promise<AuditedAlternative[]> {
  const seeds = await textsIn(path.join(projectRoot, 'seed', 'sources'), /\.txt$/);
  const fixtures = await textsIn(path.join(projectRoot, 'test', 'fixtures', 'ingest'), /\.(txt|md|html)$/);
  const dir = path.join(projectRoot, 'src', 'ingest');
  const audited: AuditedAlternative[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort()) {
    for (const { line, pattern } of regexLiteralsOf(file, await readFile(path.join(dir, file), 'utf8'))) {
      for (const alternative of topLevelAlternatives(pattern.source)) {
        let re: RegExp;
        try {
          re = new RegExp(alternative, pattern.flags);
        } catch {
          continue;
        }
        const hits = (texts: typeof seeds) => texts.filter((t) => t.lines.some((l) => re.test(l))).map((t) => t.name);
        audited.push({ where: `${file}:${line}`, alternative, seedSources: hits(seeds), fixtures: hits(fixtures) });
      }
    }
  }
  return audited;
}

/** Alternatives that match in exactly one seed source: the ones to generalise, remove or justify. */
export const singleSourceAlternatives = (audited: readonly AuditedAlternative[]) => audited.filter((a) => a.seedSources.length === 1);
