/**
 * Properties the loader derives from the seed and writes with a vendor or a
 * service node, for what the engine reads at query time (search grams for
 * its text indexes, the services' copy of their disclosed metrics for the
 * metric filter). Which ones is the engine profile's to say
 * (src/engines/): the loader asks it, and the profile fills them in at
 * start-up on a graph loaded before they existed.
 */
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];
export type PropertyValues = Record<string, PropertyValue>;

/** A metric a disclosure states, normalised (src/seed/normalize-metric.ts). */
export interface StatedMetric {
  name: string;
  value: number;
}

export interface ServiceSource {
  /** The service's own normalised `searchText`. */
  searchText: string;
  /** The normalised `searchText` of each of its disclosures. */
  disclosureSearchTexts: readonly string[];
  /** Every metric its disclosures state. */
  metrics: readonly StatedMetric[];
}

export interface DerivedProperties {
  vendor(searchText: string): PropertyValues;
  service(source: ServiceSource): PropertyValues;
}
