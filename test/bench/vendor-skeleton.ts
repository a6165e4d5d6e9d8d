/**
 * Who exists in a synthetic data set: every vendor's id, brand, tier and
 * services, decided before any whitepaper is written, so a service can
 * name a sub-processor from a vendor in another batch file.
 */
import { Random, seedFrom } from './random.js';
import { tierShares, type VendorShape } from './sizes.js';
import { brandFor, businessProducts, platformProducts, serviceName, type Brand, type Product } from './synthetic-text.js';

export interface ServiceSkeleton {
  id: string;
  name: string;
  nameEn: string;
  product: Product;
  vendorIndex: number;
}

export interface VendorSkeleton {
  index: number;
  id: string;
  brand: Brand;
  /** 0 = platform (sub-processor for many); higher tiers depend only on lower ones. */
  tier: number;
  services: ServiceSkeleton[];
}

export interface Skeleton {
  vendors: VendorSkeleton[];
  /** Services by tier, in vendor order: where sub-processors are drawn from. */
  servicesByTier: ServiceSkeleton[][];
}

/** `gv00042`: short, sortable, and matches the seed's id and sourceFile patterns. */
export function vendorId(index: number): string {
  return `gv${String(index + 1).padStart(5, '0')}`;
}

function tierOf(index: number, vendorCount: number): number {
  let cumulative = 0;
  for (const [tier, share] of tierShares.entries()) {
    cumulative += share;
    if (index < Math.round(vendorCount * cumulative)) return tier;
  }
  return tierShares.length - 1;
}

export function buildSkeleton(vendorCount: number, seed: number, shape: VendorShape): Skeleton {
  const vendors: VendorSkeleton[] = [];
  const servicesByTier: ServiceSkeleton[][] = tierShares.map(() => []);
  for (let index = 0; index < vendorCount; index++) {
    const random = new Random(seedFrom(seed, 'skeleton', index));
    const id = vendorId(index);
    const brand = brandFor(index, seed);
    const tier = tierOf(index, vendorCount);
    const catalog = tier === 0 ? platformProducts : businessProducts;
    const count = Math.min(catalog.length, random.int(...shape.servicesPerVendor));
    const products = random.weightedSample(
      catalog.map((p) => [p, 1] as const),
      count,
    );
    const services = products.map((product, i) => {
      const name = serviceName(brand, product);
      return { id: `${id}-s${i + 1}`, name: name.ja, nameEn: name.en, product, vendorIndex: index };
    });
    vendors.push({ index, id, brand, tier, services });
    servicesByTier[tier]!.push(...services);
  }
  return { vendors, servicesByTier };
}
