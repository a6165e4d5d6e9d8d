/**
 * The data set sizes the benchmark knows, and the shape of a generated
 * vendor. The shape is tuned so the large size lands near the issue's
 * figures (10,000 vendors, ~50,000 services, ~1,000,000 relationships):
 * 5 services per vendor, 14 disclosures per service (IMPLEMENTS is ~70 % of
 * the relationships, as in the real seed), 1.5 regions, ~0.8 sub-processors.
 */
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';

export const sizeNames = ['small', 'medium', 'large'] as const;
export type SizeName = (typeof sizeNames)[number];

export interface SizeSpec {
  /** undefined: the real seed (`seed/`), copied as is. */
  vendors: number | undefined;
  description: string;
}

export const sizes: Record<SizeName, SizeSpec> = {
  small: { vendors: undefined, description: 'the real seed (seed/), copied' },
  medium: { vendors: 1_000, description: '1,000 synthetic vendors (~5,000 services, ~100,000 relationships)' },
  large: { vendors: 10_000, description: '10,000 synthetic vendors (~50,000 services, ~1,000,000 relationships)' },
};

/** How one synthetic vendor looks; min and max are both included. */
export interface VendorShape {
  servicesPerVendor: readonly [number, number];
  disclosuresPerService: readonly [number, number];
  /** Chance a service also keeps data in a second (backup / DR) region, and in a third (overseas) one. */
  secondRegionChance: number;
  thirdRegionChance: number;
  /** Chance that a usage is only inferred (from a certification scope naming the provider). */
  inferredUsageChance: number;
  /** Probabilities of 0, 1 and 2 sub-processors for a service above the platform tier. */
  dependencyCountWeights: readonly [number, number, number];
  revisionsPerDocument: readonly [number, number];
}

export const defaultShape: VendorShape = {
  servicesPerVendor: [3, 7],
  disclosuresPerService: [8, 20],
  secondRegionChance: 0.4,
  thirdRegionChance: 0.1,
  inferredUsageChance: 0.15,
  dependencyCountWeights: [0.35, 0.45, 0.2],
  revisionsPerDocument: [1, 3],
};

/**
 * Vendors are layered so DEPENDS_ON chains run a few hops deep and never
 * loop: a service depends only on services of a lower tier. Tier 0 are
 * platforms (mail, SMS, payments, IDaaS...) that many services use.
 * Each entry is the share of vendors, in vendor order.
 */
export const tierShares: readonly number[] = [0.02, 0.08, 0.3, 0.6];

/** Vendors per documents JSON file: ~3-5 MB each, far below the ~50 MB a file should stay under. */
export const defaultVendorsPerFile = 100;
export const maxFileBytes = 50 * 1024 * 1024;

export const generatedRoot = path.join(projectRoot, 'data', 'generated');

export function defaultFolderFor(size: SizeName | undefined, vendors: number | undefined): string {
  return path.join(generatedRoot, size ?? `vendors-${vendors}`);
}

export function isSizeName(value: string): value is SizeName {
  return (sizeNames as readonly string[]).includes(value);
}
