/**
 * The embedded engine's profile: what it needs beyond the shared Cypher.
 *
 * - Lookup indexes on `id` (cypher/schema/embedded-id-indexes.cypher): its
 *   uniqueness constraints check but do not serve lookups.
 * - Three BM25 text indexes of the engine's own API over the search grams
 *   (derived-properties.ts): vendors' and services' `searchGrams`, and
 *   services' `disclosureSearchGrams`. The grams are separated by spaces, so
 *   the `standard` tokenizer (every word) takes each gram as one term, and
 *   no stop words leaves them all.
 * - Search candidates: one look-up per index the request's kinds need.
 */
import type { EmbeddedDatabase } from '../db/embedded-database.js';
import type { CandidateRequest, SearchKindName } from '../search/search-plan.js';
import { backfillDerivedProperties, searchGramsAndMetricCopies } from './derived-properties.js';
import type { EngineProfile } from './engine-profile.js';
import { runSchemaScripts } from './schema-scripts.js';

/** The text indexes, and the kind of hit each finds candidates for. */
export const embeddedTextIndexes = {
  vendors: { label: 'Vendor', property: 'searchGrams', kind: 'VENDOR' },
  services: { label: 'Service', property: 'searchGrams', kind: 'SERVICE' },
  serviceDisclosures: { label: 'Service', property: 'disclosureSearchGrams', kind: 'DISCLOSURE' },
} as const satisfies Record<string, { label: string; property: string; kind: SearchKindName }>;

const textIndexOptions = { tokenizer: 'standard', stopWords: [] };

export function embeddedProfile(db: EmbeddedDatabase): EngineProfile {
  const lookUp = ({ label, property, kind }: (typeof embeddedTextIndexes)[keyof typeof embeddedTextIndexes], request: CandidateRequest) =>
    // An index is asked only for the kinds of hit the caller wants.
    !request.kinds || request.kinds.includes(kind) ? db.textSearch(label, property, request.grams.join(' '), request.limit) : Promise.resolve([]);
  return {
    engine: 'embedded',
    derived: searchGramsAndMetricCopies,
    async prepare() {
      await runSchemaScripts(db, ['constraints', 'indexes', 'embedded-id-indexes']);
      const textIndexesCreated: string[] = [];
      for (const { label, property } of Object.values(embeddedTextIndexes)) {
        if (await db.ensureTextIndex(label, property, textIndexOptions)) textIndexesCreated.push(`${label}.${property}`);
      }
      return { textIndexesCreated, ...(await backfillDerivedProperties(db)) };
    },
    async searchCandidates(request) {
      const { vendors, services, serviceDisclosures } = embeddedTextIndexes;
      const [vendorIds, serviceIds, disclosingServiceIds] = await Promise.all([
        lookUp(vendors, request),
        lookUp(services, request),
        lookUp(serviceDisclosures, request),
      ]);
      return { vendorIds, serviceIds, disclosingServiceIds };
    },
  };
}
