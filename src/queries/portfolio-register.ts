/** A portfolio's register: every usage with what the graph knows of its service, in one statement. */
import { z } from 'zod';
import { basisSchema } from './records.js';
import { readRows, statement, type GraphReader } from './statement.js';

const registerStatement = statement<{ portfolioId: string }>('read/analytics/portfolio-register');

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const registerRow = z.object({
  usage: z.object({
    criticality: z.number(),
    dataClasses: optional(z.array(z.string())),
    businessOwner: optional(z.string()),
    contractStart: optional(z.string()),
    contractEnd: optional(z.string()),
    notes: optional(z.string()),
  }),
  service: z.object({ id: z.string(), name: z.string() }),
  // A sub-processor whose provider the documents do not name has no vendor.
  vendor: z.object({ id: z.string(), name: z.string() }).nullable(),
  infrastructure: z.array(z.object({ id: z.string(), name: z.string(), basis: basisSchema })),
  dataLocations: z.array(z.object({ code: z.string(), basis: basisSchema })),
  subprocessors: z.array(z.string()),
  certifications: z.array(z.object({ name: z.string(), validUntil: optional(z.string()) })),
});

export type RegisterEntry = z.infer<typeof registerRow>;

/** By criticality, then service name; empty for a portfolio that uses nothing (or does not exist: check first). */
export function portfolioRegister(db: GraphReader, portfolioId: string): Promise<RegisterEntry[]> {
  return readRows(db, registerStatement, { portfolioId }, registerRow);
}
