/** Services side by side: what each discloses about one control, or which disclosures carry one metric. */
import { z } from 'zod';
import { implementsRecord, serviceRecord, type ImplementsRecord, type ServiceRecord } from './records.js';
import { readRows, statement, type GraphReader } from './statement.js';

const compare = statement<{ serviceIds: string[] | null; controlId: string | null; metricName: string | null }>('read/questions/compare-services');
const row = z.object({ service: serviceRecord, disclosures: z.array(implementsRecord) });

export interface ComparedService {
  service: ServiceRecord;
  /** The service's disclosures about the control, or those carrying the metric: empty when it is silent. */
  disclosures: ImplementsRecord[];
}

export type ComparisonSubject = { control: string; metric?: undefined } | { metric: string; control?: undefined };

/** Every service (or those of `serviceIds`), by name, with its disclosures on the subject. */
export function compareServices(db: GraphReader, subject: ComparisonSubject, serviceIds: string[] | null): Promise<ComparedService[]> {
  return readRows(db, compare, { serviceIds, controlId: subject.control ?? null, metricName: subject.metric ?? null }, row);
}
