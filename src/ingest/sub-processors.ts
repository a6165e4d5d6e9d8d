/**
 * Named third-party services the service depends on, from the tables and
 * lists of a section about external services or sub-processors: one row or
 * item per service, with its function and the data shared where printed.
 */
import { linesOf, type Span } from './text-span.js';
import type { Scope } from './scopes.js';

export interface DependencyProposal {
  service: string;
  name: string;
  operator?: string;
  function: string;
  dataShared?: string;
  sentence: Span;
  section: string;
  confidence: number;
  rule: string;
}

/** A section about the third parties the service relies on: its table rows and list items are theirs. */
export const thirdPartySection =
  /外部(?:の)?(?:クラウド)?サービス|委託先|再委託|サブプロセッサ|第三者サービス|sub-?processors?|third[- ]party (?:services|providers)|external services/iu;
/** Words of a third-party table's header row; a column saying where the party is (`Location`, `所在国`) is one of them. */
const header =
  /サービス名?|名称|機能|用途|目的|運営会社|提供元|事業者|情報|データ|所在|国|地域|拠点|service|name|purpose|function|provider|company|data|processor|location|country|region/iu;

function cellsOf(text: string): string[] {
  return text
    .split(/\t|\s*\|\s*/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

export function dependenciesOf(input: string, scope: Scope): DependencyProposal[] {
  if (!thirdPartySection.test(scope.section.heading)) return [];
  const found: DependencyProposal[] = [];
  const rows = linesOf(input, scope.span).filter((l) => cellsOf(l.text).length >= 2 && (l.text.includes('\t') || l.text.includes('|')));
  if (rows.length >= 2) {
    const head = cellsOf(rows[0]!.text);
    if (!head.every((c) => header.test(c))) return [];
    const column = (re: RegExp) => head.findIndex((c) => re.test(c));
    const fn = column(/機能|用途|目的|purpose|function/iu);
    const op = column(/運営会社|提供元|事業者|provider|company|operator/iu);
    const data = column(/情報|データ|data/iu);
    for (const row of rows.slice(1)) {
      if (/^[-:| ]+$/u.test(row.text)) continue;
      const cells = cellsOf(row.text);
      for (const service of scope.services)
        found.push({
          service,
          name: cells[0]!,
          ...(op >= 0 && cells[op] ? { operator: cells[op] } : {}),
          function: (fn >= 0 ? cells[fn] : undefined) ?? 'not stated',
          ...(data >= 0 && cells[data] ? { dataShared: cells[data] } : {}),
          sentence: row,
          section: scope.section.heading,
          confidence: 0.8,
          rule: 'dependency.table-row',
        });
    }
    return found;
  }
  // A list: "- SendMail Cloud（メール送信）" / "- Acme Mail: e-mail delivery".
  for (const line of linesOf(input, scope.span)) {
    const m = /^([A-Za-z][A-Za-z0-9 .&+-]{1,40}?)\s*(?:[(（]([^)）]{1,40})[)）]|[:：]\s*(.{1,60}))$/u.exec(line.text);
    if (!m) continue;
    for (const service of scope.services)
      found.push({
        service,
        name: m[1]!.trim(),
        function: (m[2] ?? m[3] ?? '').trim() || 'not stated',
        sentence: line,
        section: scope.section.heading,
        confidence: 0.6,
        rule: 'dependency.list-item',
      });
  }
  return found;
}
