/**
 * One synthetic vendor's whitepaper: the seed records it contributes and
 * the source text they quote. The text is assembled from the very sentences
 * the records quote, so every `evidence.quote` is in `sources/<vendor>.txt`
 * verbatim and every `evidence.section` is a heading there, which is what
 * the loader checks. One small source file per vendor keeps those checks
 * (`source.includes(quote)`) cheap.
 */
import type { SeedFile } from '../../src/seed/seed-schema.js';
import { Random, seedFrom } from './random.js';
import type { VendorShape } from './sizes.js';
import { controlWeights, defaultControlWeight, disclosureText, type ControlInfo } from './disclosure-templates.js';
import { countryNameJa, providerTimeSource, regionProfiles, timeSourceLabelJa, type RegionProfile } from './generated-reference.js';
import {
  certificateText,
  dependencyQuote,
  inferredInfrastructureQuote,
  infrastructureQuote,
  providerLabelJa,
  revisionChanges,
  serviceDescription,
  timeSyncQuote,
} from './synthetic-text.js';
import type { ServiceSkeleton, Skeleton, VendorSkeleton } from './vendor-skeleton.js';

/** The sections of SeedFile a generated whitepaper fills. */
export type VendorRecords = Pick<
  SeedFile,
  'vendors' | 'services' | 'documents' | 'usesInfra' | 'storesDataIn' | 'dependsOn' | 'certifiedBy' | 'disclosures' | 'syncsTimeWith' | 'sections'
>;

export interface SyntheticVendor {
  records: VendorRecords;
  sourceFile: string;
  sourceText: string;
}

export interface GenerationContext {
  seed: number;
  shape: VendorShape;
  skeleton: Skeleton;
  /** The ISO/IEC 27017 catalog, in catalog order. */
  controls: readonly ControlInfo[];
}

/** Headings and their lines, in document order; a heading is numbered when added. */
class WhitepaperText {
  private readonly sections: Array<{ heading: string; lines: string[] }> = [];

  section(title: string): string {
    const heading = `${this.sections.length + 1} ${title}`;
    this.sections.push({ heading, lines: [] });
    return heading;
  }

  /** Adds a line under the heading once (several records may quote the same sentence). */
  add(heading: string, line: string): void {
    const section = this.sections.find((s) => s.heading === heading)!;
    if (!section.lines.includes(line)) section.lines.push(line);
  }

  render(front: string[]): string {
    const body = this.sections.map((s) => [s.heading, '', ...s.lines.map((l) => `- ${l}`), ''].join('\n'));
    return [...front, '', ...body].join('\n');
  }

  headings(): string[] {
    return this.sections.map((s) => s.heading);
  }
}

function isoDate(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function weightedRegions(filter: (r: RegionProfile) => boolean): Array<readonly [RegionProfile, number]> {
  return regionProfiles.filter(filter).map((r) => [r, r.weight] as const);
}

/** Primary region by weight; maybe a backup region of the same provider; rarely an overseas one. */
function regionsFor(random: Random, shape: VendorShape): RegionProfile[] {
  const primary = random.weighted(weightedRegions(() => true));
  const chosen = [primary];
  const sameProvider = weightedRegions((r) => r.provider === primary.provider && r.id !== primary.id);
  if (sameProvider.length > 0 && random.chance(shape.secondRegionChance)) chosen.push(random.weighted(sameProvider));
  const overseas = weightedRegions((r) => r.country !== 'JP' && !chosen.includes(r));
  if (random.chance(shape.thirdRegionChance)) chosen.push(random.weighted(overseas));
  return chosen;
}

/** Sub-processors from lower tiers: mostly the tier just below, popular ones far more often. */
function dependenciesFor(random: Random, tier: number, context: GenerationContext): ServiceSkeleton[] {
  if (tier === 0) return [];
  const count = random.weighted(context.shape.dependencyCountWeights.map((w, n) => [n, w] as const));
  const picked: ServiceSkeleton[] = [];
  for (let attempt = 0; picked.length < count && attempt < count * 4; attempt++) {
    const fromTier = random.chance(0.6) ? tier - 1 : random.int(0, tier - 1);
    const pool = context.skeleton.servicesByTier[fromTier]!;
    if (pool.length === 0) continue;
    const target = pool[random.skewedIndex(pool.length, 2.5)]!;
    if (!picked.includes(target)) picked.push(target);
  }
  return picked;
}

/** A record set with every section empty: the start of one vendor's records, or of a batch of them. */
export function emptyRecords(): VendorRecords {
  return {
    vendors: [],
    services: [],
    documents: [],
    usesInfra: [],
    storesDataIn: [],
    dependsOn: [],
    certifiedBy: [],
    disclosures: [],
    syncsTimeWith: [],
    sections: [],
  };
}

export function syntheticVendor(vendor: VendorSkeleton, context: GenerationContext): SyntheticVendor {
  const random = new Random(seedFrom(context.seed, 'whitepaper', vendor.index));
  const { brand } = vendor;
  const documentId = `${vendor.id}-wp`;
  const sourceFile = `${vendor.id}.txt`;
  const evidence = (section: string, quote: string) => ({ document: documentId, section, quote });
  const text = new WhitepaperText();
  const serviceList = vendor.services.map((s) => s.name).join('、');

  const records: VendorRecords = {
    ...emptyRecords(),
    vendors: [{ id: vendor.id, name: brand.companyJa, nameEn: brand.companyEn, website: `https://${vendor.id}.example.jp/` }],
    services: vendor.services.map((s) => ({
      id: s.id,
      name: s.name,
      vendor: vendor.id,
      category: s.product.category,
      description: serviceDescription(brand, s.product),
    })),
  };

  const intro = text.section('はじめに');
  text.add(intro, `本書は、${brand.companyJa}が提供する${serviceList}における情報セキュリティへの取り組みを説明するものです。`);

  // Where each service runs and keeps data.
  const location = text.section('データ保管場所');
  for (const service of vendor.services) {
    const regions = regionsFor(random, context.shape);
    const inferred = random.chance(context.shape.inferredUsageChance);
    const countries = new Map<string, { basis: 'STATED' | 'INFERRED'; reasoning?: string; quote: string }>();
    regions.forEach((region, i) => {
      const basis = inferred && i === 0 ? 'INFERRED' : 'STATED';
      const quote =
        basis === 'INFERRED'
          ? inferredInfrastructureQuote(brand.companyJa, providerLabelJa[region.provider]!)
          : infrastructureQuote(service.name, region.labelJa, i === 0);
      const reasoning =
        basis === 'INFERRED'
          ? `The document names ${region.provider} as the platform but no region; ${region.id} is assumed as the provider's main region in ${region.country}.`
          : undefined;
      text.add(location, quote);
      records.usesInfra.push({
        service: service.id,
        region: region.id,
        purpose: i === 0 ? 'customer data storage' : 'backup and disaster recovery',
        basis,
        ...(reasoning ? { reasoning } : {}),
        evidence: evidence(location, quote),
      });
      if (!countries.has(region.country)) countries.set(region.country, { basis, ...(reasoning ? { reasoning } : {}), quote });
    });
    for (const [country, fact] of countries) {
      records.storesDataIn.push({
        service: service.id,
        country,
        basis: fact.basis,
        ...(fact.reasoning ? { reasoning: `${fact.reasoning} It lies in ${countryNameJa[country] ?? country}.` } : {}),
        evidence: evidence(location, fact.quote),
      });
    }
  }

  // Sub-processors: the DEPENDS_ON chains.
  const dependencies = vendor.services.map((s) => [s, dependenciesFor(random, vendor.tier, context)] as const);
  if (dependencies.some(([, deps]) => deps.length > 0)) {
    const external = text.section('外部クラウドサービスの利用');
    for (const [service, deps] of dependencies) {
      for (const dep of deps) {
        const depVendor = context.skeleton.vendors[dep.vendorIndex]!;
        const quote = dependencyQuote(service.name, dep.name, depVendor.brand.companyJa, dep.product);
        text.add(external, quote);
        records.dependsOn.push({
          service: service.id,
          dependsOn: dep.id,
          function: `${dep.product.functionJa} (${dep.product.functionEn})`,
          dataShared: dep.product.dataShared,
          evidence: evidence(external, quote),
        });
      }
    }
  }

  // Certificates the vendor holds.
  // ISO/IEC 27017 certification is only ever an extension of an ISO/IEC 27001 one.
  const held: string[] = [];
  if (random.chance(0.6)) {
    held.push('iso27001');
    if (random.chance(0.5)) held.push('iso27017');
  }
  if (random.chance(0.35)) held.push('privacymark');
  if (held.length > 0) {
    const certificates = text.section('認証');
    for (const certification of held) {
      const c = certificateText(random, certification, brand.companyJa, serviceList);
      text.add(certificates, c.quote);
      records.certifiedBy.push({
        vendor: vendor.id,
        certification,
        registrationNumber: c.registrationNumber,
        ...(c.issuer ? { issuer: c.issuer } : {}),
        scope: c.scope,
        evidence: evidence(certificates, c.quote),
      });
    }
  }

  // Clock synchronisation: the provider's NTP mostly, a public one otherwise.
  const clock = text.section('ログのクロックに関する情報');
  for (const service of vendor.services) {
    const provider = records.usesInfra.find((u) => u.service === service.id)!.region.split(':')[0] as RegionProfile['provider'];
    const timeSource = random.weighted([
      [providerTimeSource[provider], 60],
      ['nict', 25],
      ['public-ntp', 10],
      ['nist', 5],
    ] as const);
    const quote = timeSyncQuote(service.name, timeSourceLabelJa[timeSource] ?? timeSource);
    text.add(clock, quote);
    records.syncsTimeWith.push({ service: service.id, timeSource, evidence: evidence(clock, quote) });
  }

  // Disclosures: each service picks its controls; one section per control, in catalog order.
  const weights = context.controls.map((c) => [c, controlWeights[c.code] ?? defaultControlWeight] as const);
  const chosen = new Map(vendor.services.map((s) => [s.id, new Set(random.weightedSample(weights, random.int(...context.shape.disclosuresPerService)))]));
  for (const control of context.controls) {
    const disclosing = vendor.services.filter((s) => chosen.get(s.id)!.has(control));
    if (disclosing.length === 0) continue;
    const heading = text.section(control.title ?? control.titleEn);
    for (const service of disclosing) {
      const d = disclosureText(random, { service: service.name, vendor: brand.companyJa }, control);
      text.add(heading, d.quote);
      records.disclosures.push({ service: service.id, control: control.id, summary: d.summary, evidence: evidence(heading, d.quote), metrics: d.metrics });
    }
  }

  // Revision history, oldest first; the document's version is the last one.
  const revisionCount = random.int(...context.shape.revisionsPerDocument);
  const dates = Array.from({ length: revisionCount }, () => isoDate(random, 2018, 2024)).sort();
  const revisions = dates.map((date, i) => ({
    version: `${i + 1}.0`,
    date,
    changes: revisionChanges[i === 0 ? 0 : random.int(1, revisionChanges.length - 1)]!,
  }));
  const history = text.section('改訂履歴');
  for (const r of revisions) text.add(history, `${r.version}\t${r.date}\t${r.changes}`);
  const last = revisions.at(-1)!;
  const title = `${brand.ja} セキュリティホワイトペーパー`;
  records.documents.push({
    id: documentId,
    title,
    version: `${last.version} 版`,
    publishedOn: last.date,
    publisher: brand.companyJa,
    vendor: vendor.id,
    sourceFile,
    revisions,
  });

  const cited = new Set(
    [...records.usesInfra, ...records.storesDataIn, ...records.dependsOn, ...records.certifiedBy, ...records.syncsTimeWith, ...records.disclosures].map(
      (r) => r.evidence.section,
    ),
  );
  records.sections = text.headings().map((heading) =>
    cited.has(heading)
      ? { document: documentId, heading }
      : {
          document: documentId,
          heading,
          skippedBecause: heading === intro ? 'Introduction: states what the document covers, no practice.' : 'Revision history, not a practice.',
        },
  );

  return { records, sourceFile, sourceText: text.render([title, `${last.version} 版`, brand.companyJa]) };
}
