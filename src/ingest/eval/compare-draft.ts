/**
 * Compares a draft with a hand-made seed document, fact kind by fact kind.
 * Services are matched by printed name (the ids of a draft are placeholders),
 * so a fact counts when it says the same thing about the same service.
 */
import type { SeedFile } from '../../seed/seed-schema.js';

export const factKinds = ['infrastructure', 'data location', 'certification', 'time source', 'dependency', 'metric', 'disclosure'] as const;
export type FactKind = (typeof factKinds)[number];

export interface KindScore {
  truePositives: number;
  proposed: number;
  expected: number;
  missed: string[];
  extra: string[];
}

function normalizedName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/サービス$|service$/u, '');
}

/** Gold service id → draft service id, by name, else the one main service of each. */
function serviceMap(draft: SeedFile, gold: SeedFile): Map<string, string> {
  const map = new Map<string, string>();
  const goldMain = gold.services.filter((s) => gold.documents.some((d) => d.vendor === s.vendor));
  const draftMain = draft.services.filter((s) => s.vendor);
  for (const g of gold.services) {
    const hit =
      draft.services.find((d) => normalizedName(d.name) === normalizedName(g.name)) ??
      draft.services.find((d) => normalizedName(d.name).includes(normalizedName(g.name)) || normalizedName(g.name).includes(normalizedName(d.name)));
    if (hit) map.set(g.id, hit.id);
  }
  if (goldMain.length === 1 && draftMain.length === 1 && !map.has(goldMain[0]!.id)) map.set(goldMain[0]!.id, draftMain[0]!.id);
  return map;
}

function keys(file: SeedFile, kind: FactKind, service: (id: string) => string): Set<string> {
  const name = (id: string) => normalizedName(file.services.find((s) => s.id === id)?.name ?? id);
  switch (kind) {
    case 'infrastructure':
      return new Set(file.usesInfra.map((f) => `${service(f.service)} → ${f.region}`));
    case 'data location':
      return new Set(file.storesDataIn.map((f) => `${service(f.service)} → ${f.country}`));
    case 'certification':
      return new Set(file.certifiedBy.map((f) => `${f.certification} ${f.registrationNumber ?? '(no number)'}`));
    case 'time source':
      return new Set(file.syncsTimeWith.map((f) => `${service(f.service)} → ${f.timeSource}`));
    case 'dependency':
      return new Set(file.dependsOn.map((f) => `${service(f.service)} → ${name(f.dependsOn)}`));
    case 'metric':
      return new Set(file.disclosures.flatMap((d) => d.metrics.map((m) => `${service(d.service)} ${m.name}=${m.value} ${m.unit}`)));
    case 'disclosure':
      return new Set(file.disclosures.map((d) => `${service(d.service)} → ${d.control}`));
  }
}

export function compareDraft(draft: SeedFile, gold: SeedFile): Record<FactKind, KindScore> {
  const map = serviceMap(draft, gold);
  const goldService = (id: string) => map.get(id) ?? `unmatched:${id}`;
  const result = {} as Record<FactKind, KindScore>;
  for (const kind of factKinds) {
    const expected = keys(gold, kind, goldService);
    const proposed = keys(draft, kind, (id) => id);
    const hits = [...proposed].filter((k) => expected.has(k));
    result[kind] = {
      truePositives: hits.length,
      proposed: proposed.size,
      expected: expected.size,
      missed: [...expected].filter((k) => !proposed.has(k)),
      extra: [...proposed].filter((k) => !expected.has(k)),
    };
  }
  return result;
}

export function addScores(a: KindScore, b: KindScore): KindScore {
  return {
    truePositives: a.truePositives + b.truePositives,
    proposed: a.proposed + b.proposed,
    expected: a.expected + b.expected,
    missed: [...a.missed, ...b.missed],
    extra: [...a.extra, ...b.extra],
  };
}

export const precision = (s: KindScore) => (s.proposed === 0 ? (s.expected === 0 ? 1 : 0) : s.truePositives / s.proposed);
export const recall = (s: KindScore) => (s.expected === 0 ? 1 : s.truePositives / s.expected);
