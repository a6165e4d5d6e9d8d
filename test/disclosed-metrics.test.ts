/**
 * The metric filter's statement picks a service's `<metric>Min` / `<metric>Max`
 * by name in a CASE: a metric the schema accepts but the CASE leaves out would
 * filter to nothing. The API tests exercise the metrics the real seed states;
 * this holds the CASE to every metric the seed schema knows.
 */
import { describe, expect, it } from 'vitest';
import { cypher } from '../src/db/cypher-statement.js';
import { metricMaxProperty, metricMinProperty } from '../src/seed/disclosed-metrics.js';
import { metricNames } from '../src/seed/seed-schema.js';

describe('the metric filter of list/services', () => {
  const text = cypher('read/list/services').text;
  it.each(metricNames)('reads the least and greatest %s', (name) => {
    expect(text).toContain(`WHEN '${name}' THEN s.${metricMinProperty(name)}`);
    expect(text).toContain(`WHEN '${name}' THEN s.${metricMaxProperty(name)}`);
  });
});
