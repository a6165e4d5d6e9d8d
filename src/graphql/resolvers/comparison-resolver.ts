/** `compareServices`: services side by side on one control or one metric. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ServiceComparison } from '../types/questions.js';
import { MetricName } from '../types/enums.js';
import { toDisclosure } from '../types/edge-mapping.js';
import { invalidArgument, notFound } from '../errors.js';
import type { GraphContext } from '../context.js';
import { compareServices } from '../../queries/comparison.js';

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
    const rows = await compareServices(ctx.db, control != null ? { control } : { metric: metric! }, services ?? null);
    const comparisons = rows.map((row) => {
      const disclosures = row.disclosures.map(toDisclosure);
      const values = metric ? disclosures.flatMap((d) => d.metrics.filter((m) => m.name === metric)).sort((a, b) => a.normalizedValue - b.normalizedValue) : [];
      return {
        service: row.service,
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
