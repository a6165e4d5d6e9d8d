/** Nodes by id, and the nodes and edges next to them: the reads behind every lookup and relationship field. */
import * as R from './records.js';
import { keyedLookup } from './keyed-lookups.js';
import { readRows, statement, type GraphReader } from './statement.js';
import { z } from 'zod';

export const byId = {
  vendors: keyedLookup('read/by-id/vendors', 'node', R.vendorRecord),
  services: keyedLookup('read/by-id/services', 'node', R.serviceRecord),
  /** For a lookup that selects the vendor: the service and its vendor in one statement. */
  regions: keyedLookup('read/by-id/regions', 'node', R.regionRecord),
  providers: keyedLookup('read/by-id/infrastructure-providers', 'node', R.providerRecord),
  countries: keyedLookup('read/by-id/countries', 'node', R.countryRecord),
  certifications: keyedLookup('read/by-id/certifications', 'node', R.certificationRecord),
  controls: keyedLookup('read/by-id/controls', 'node', R.controlRecord),
  frameworks: keyedLookup('read/by-id/frameworks', 'node', R.frameworkRecord),
  documents: keyedLookup('read/by-id/documents', 'node', R.documentRecord),
  timeSources: keyedLookup('read/by-id/time-sources', 'node', R.timeSourceRecord),
  /** Disclosures are IMPLEMENTS edges with ids of their own. */
  disclosures: keyedLookup('read/questions/disclosure-by-id', 'edge', R.implementsRecord),
};

export const relatedTo = {
  vendorServices: keyedLookup('read/related/vendor-services', 'node', R.serviceRecord),
  vendorCertifications: keyedLookup('read/related/vendor-certifications', 'edge', R.certifiedByRecord),
  vendorDocuments: keyedLookup('read/related/vendor-documents', 'node', R.documentRecord),
  serviceInfrastructure: keyedLookup('read/related/service-infrastructure', 'edge', R.usesInfraRecord),
  serviceDataLocations: keyedLookup('read/related/service-data-locations', 'edge', R.storesDataInRecord),
  serviceDependencies: keyedLookup('read/related/service-dependencies', 'edge', R.dependsOnRecord),
  serviceDependents: keyedLookup('read/related/service-dependents', 'edge', R.dependsOnRecord),
  serviceDisclosures: keyedLookup('read/related/service-disclosures', 'edge', R.implementsRecord),
  serviceTimeSources: keyedLookup('read/related/service-time-sources', 'edge', R.syncsTimeWithRecord),
  regionServices: keyedLookup('read/related/region-services', 'edge', R.usesInfraRecord),
  providerRegions: keyedLookup('read/related/provider-regions', 'node', R.regionRecord),
  certificationHolders: keyedLookup('read/related/certification-holders', 'edge', R.certifiedByRecord),
  controlDisclosures: keyedLookup('read/related/control-disclosures', 'edge', R.implementsRecord),
  controlFramework: keyedLookup('read/related/control-framework', 'node', R.frameworkRecord),
  documentRevisions: keyedLookup('read/related/document-revisions', 'node', R.revisionRecord),
  documentPublisher: keyedLookup('read/related/document-publisher', 'node', R.vendorRecord),
  documentPreviousVersion: keyedLookup('read/related/document-previous-version', 'node', R.documentRecord),
  timeSourceServices: keyedLookup('read/related/time-source-services', 'edge', R.syncsTimeWithRecord),
};

const allControls = statement<Record<string, never>>('read/catalog/all-controls');

/** The whole ISO/IEC 27017 catalog in catalog order, for the gap view. */
export async function readCatalog(db: GraphReader): Promise<R.ControlRecord[]> {
  const rows = await readRows(db, allControls, {}, z.object({ node: R.controlRecord }));
  return rows.map((r) => r.node);
}
