/**
 * Configuration from the environment, validated once at start-up: a bad
 * value stops the process with a message naming the variable.
 */
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root.js';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const positiveInt = z.coerce.number().int().positive();

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  GRAPH_DATA_DIR: z.string().optional(),
  SEED_DIR: z.string().optional(),
  /** Load the seed at start-up when the embedded graph is empty. */
  SEED_ON_EMPTY: flag.default(true),
  INTROSPECTION: flag.optional(),
  MAX_QUERY_DEPTH: positiveInt.default(10),
  MAX_QUERY_COMPLEXITY: positiveInt.default(50_000),
  MAX_PAGE_SIZE: positiveInt.default(100),
  /** Tokens in a query document: bounds parsing and validation (thousands of aliases of one field are quadratic to validate). */
  MAX_QUERY_TOKENS: positiveInt.default(5000),
  /** Characters in a search text: each bigram of it is a term the search probes. */
  MAX_SEARCH_TEXT_LENGTH: positiveInt.default(200),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  neo4j?: { uri: string; user: string; password: string; database?: string | undefined } | undefined;
  graphDataDir?: string | undefined;
  seedDir: string;
  seedOnEmpty: boolean;
  introspection: boolean;
  limits: { maxDepth: number; maxComplexity: number; maxPageSize: number; maxSearchTextLength: number; maxTokens: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (NEO4J_URI= in a compose file) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD: is required when NEO4J_URI is set');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    neo4j: e.NEO4J_URI ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE } : undefined,
    graphDataDir: e.GRAPH_DATA_DIR,
    seedDir: e.SEED_DIR ?? path.join(projectRoot, 'seed'),
    seedOnEmpty: e.SEED_ON_EMPTY,
    // Sandbox needs introspection; production turns it off unless asked.
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxComplexity: e.MAX_QUERY_COMPLEXITY,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxSearchTextLength: e.MAX_SEARCH_TEXT_LENGTH,
      maxTokens: e.MAX_QUERY_TOKENS,
    },
    logLevel: e.LOG_LEVEL,
  };
}
