/** `compareServices`: services side by side on one control or one metric. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { cypher } from '../../db/cypher-statement.js';
import { ServiceComparison } from '../types/questions.js';
import { MetricName } from '../types/enums.js';
import { toDisclosure } from '../types/edge-mapping.js';
import { invalidArgument, notFound } from '../errors.js';
import type { GraphContext } from '../context.js';
import type { ImplementsRecord, ServiceRecord } from '../records.js';

@Resolver()
export class ComparisonResolver {
  @Query(() => [ServiceComparison], {
    description:
      'Services side by side on one control (`control: "iso27017:CLD.8.1.5"`) or one metric (`metric: dataDeletionDays`). On a metric, rows sort by the smallest normalised value; services silent on it come last.',
  })
  async compareServices(
    @Arg('control', () => ID, { nullable: true, description: 'Compare what each service discloses about this control.' }) control: string | undefined,
    @Arg('metric', () => MetricName, { nullable: true, description: 'Compare the values of this metric.' }) metric: string | undefined,
    @Arg('services', () => [ID], { nullable: true, description: 'The services to compare; all services when omitted.' }) services: string[] | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<ServiceComparison[]> {
    if ((control == null) === (metric == null)) throw invalidArgument('control', 'give exactly one of "control" or "metric"');
    if (control != null && !(await ctx.loaders.controls.load(control))) throw notFound('control', 'control', control);
    const rows = await ctx.db.read(cypher('read/questions/compare-services'), {
      serviceIds: services ?? null,
      controlId: control ?? null,
      metricName: metric ?? null,
    });
    const comparisons = rows.map((row) => {
      const disclosures = (row.disclosures as unknown as ImplementsRecord[]).map(toDisclosure);
      const values = metric ? disclosures.flatMap((d) => d.metrics.filter((m) => m.name === metric)).sort((a, b) => a.normalizedValue - b.normalizedValue) : [];
      return {
        service: row.service as unknown as ServiceRecord,
        silent: disclosures.length === 0,
        disclosures,
        values,
        bestValue: values[0]?.normalizedValue ?? null,
      };
    });
    if (!metric) return comparisons;
    return comparisons.sort((a, b) => (a.bestValue ?? Infinity) - (b.bestValue ?? Infinity) || a.service.name.localeCompare(b.service.name));
  }
}
