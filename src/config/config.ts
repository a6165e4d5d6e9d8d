/**
 * Configuration from the environment, validated once at start-up: a bad
 * value stops the process with one line naming the variable.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root.js';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/**
 * A whole number written in decimal digits only. `z.coerce.number()` would take
 * `" "` as 0 and `"0x10"` as 16, so a typo would silently pick another port or limit.
 */
function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return z
    .string()
    .regex(/^\d+$/, `must be a whole number in decimal digits from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be from ${min} to ${max}`);
}
const positiveInt = wholeNumber(1);
/** Milliseconds; 0 is not allowed where a bound must hold. */
const millis = wholeNumber(1, 24 * 60 * 60 * 1000);

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: wholeNumber(0, 65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  /** How long start-up keeps trying to reach Neo4j before giving up. */
  NEO4J_CONNECT_TIMEOUT_MS: millis.default(15_000),
  GRAPH_DATA_DIR: z.string().optional(),
  SEED_DIR: z.string().optional(),
  /** Load the seed at start-up when the embedded graph is empty. */
  SEED_ON_EMPTY: flag.default(true),
  INTROSPECTION: flag.optional(),
  MAX_QUERY_DEPTH: positiveInt.default(10),
  MAX_QUERY_COMPLEXITY: positiveInt.default(50_000),
  MAX_PAGE_SIZE: positiveInt.default(100),
  /** One GraphQL request, from its first byte to its answer. */
  REQUEST_TIMEOUT_MS: millis.default(10_000),
  /** Statements one request may have running at once; the rest wait (and are refused once it is stopped). */
  REQUEST_STATEMENT_CONCURRENCY: positiveInt.default(2),
  MAX_BODY_BYTES: positiveInt.default(1024 * 1024),
  HEADERS_TIMEOUT_MS: millis.default(10_000),
  /** Receiving a whole request (headers and body). */
  HTTP_REQUEST_TIMEOUT_MS: millis.default(30_000),
  KEEP_ALIVE_TIMEOUT_MS: millis.default(5_000),
  MAX_CONNECTIONS: positiveInt.default(1_000),
  HEALTH_TIMEOUT_MS: millis.default(2_000),
  SHUTDOWN_GRACE_MS: millis.default(10_000),
  /** Requests per minute per client address on /graphql; 0 (the default) is no limit. */
  RATE_LIMIT_PER_MINUTE: wholeNumber(0).default(0),
  /** Tokens in a query document: bounds parsing and validation (thousands of aliases of one field are quadratic to validate). */
  MAX_QUERY_TOKENS: positiveInt.default(5000),
  /** Characters in a search text: each bigram of it is a term the search probes. */
  MAX_SEARCH_TEXT_LENGTH: positiveInt.default(200),
  /** Memory the response cache may hold, in bytes; 0 turns it off. */
  RESPONSE_CACHE_MAX_BYTES: wholeNumber(0).default(64 * 1024 * 1024),
  /** How long a cached answer may be served at most, even when no write advanced the graph version. */
  RESPONSE_CACHE_TTL_SECONDS: wholeNumber(1, 7 * 24 * 60 * 60).default(300),
  /** Rows per statement of a seed load (UNWIND batch). */
  SEED_BATCH_SIZE: wholeNumber(1, 100_000).default(1000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  // Authentication and write access (src/auth/).
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (an HS256 key of 256 bits)').optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of a JSON Web Key Set' }).optional(),
  AUTH_ISSUER: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_ROLES_CLAIM: z
    .string()
    .regex(/^[^.\s]+(\.[^.\s]+)*$/, 'must be a claim name, or a dotted path such as realm_access.roles')
    .default('roles'),
  AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(600).default(30),
  AUTH_READS: z.enum(['public', 'required']).default('public'),
  WRITES_ENABLED: flag.default(true),
  CORS_ORIGINS: z.string().optional(),
});

/** Origins a browser frontend usually runs on in development (Vite, Create React App, Next.js). */
const devCorsOrigins = ['http://localhost:3000', 'http://localhost:5173', 'http://127.0.0.1:3000', 'http://127.0.0.1:5173'];

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  neo4j?: { uri: string; user: string; password: string; database?: string | undefined; connectTimeoutMs: number } | undefined;
  graphDataDir?: string | undefined;
  seedDir: string;
  seedOnEmpty: boolean;
  /** Rows per statement of a seed load. */
  seedBatchSize: number;
  /** Whole answers kept per graph version (src/graphql/plugins/response-cache.ts); maxBytes 0: off. */
  responseCache: { maxBytes: number; ttlSeconds: number };
  introspection: boolean;
  limits: { maxDepth: number; maxComplexity: number; maxPageSize: number; maxSearchTextLength: number; maxTokens: number };
  /** What bounds the HTTP front and each request while it runs. */
  http: {
    requestTimeoutMs: number;
    statementConcurrency: number;
    maxBodyBytes: number;
    headersTimeoutMs: number;
    receiveTimeoutMs: number;
    keepAliveTimeoutMs: number;
    maxConnections: number;
    healthTimeoutMs: number;
    shutdownGraceMs: number;
    /** 0: off. */
    rateLimitPerMinute: number;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Bearer-token verification; undefined when neither AUTH_JWT_SECRET nor AUTH_JWKS_URL is set. */
  auth?: AuthConfig | undefined;
  /** Reads need a token with at least the reader role (AUTH_READS=required); public otherwise. */
  readsRequired: boolean;
  /** Mutations are served; false makes the API read-only. */
  writesEnabled: boolean;
  /** Browser origins allowed to call the API (CORS), exact `scheme://host[:port]`. */
  corsOrigins: string[];
  /** Answers carry `extensions.queryStats` (round trips, database time): outside production only. */
  showQueryStats: boolean;
}

export interface AuthConfig {
  jwtSecret?: string | undefined;
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
  audience?: string[] | undefined;
  rolesClaim: string;
  clockToleranceSeconds: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(problems: string[]) {
    // One line, so it reads the same in a terminal and in a log store.
    super(`Invalid configuration: ${problems.join('; ')}`);
  }
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (NEO4J_URI= in a compose file) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}, got ${JSON.stringify(given[String(i.path[0])])}`));
  }
  const e = parsed.data;
  if (e.NEO4J_URI && e.NEO4J_PASSWORD === undefined) throw new ConfigError(['NEO4J_PASSWORD: is required when NEO4J_URI is set']);
  if (e.HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError([`HEADERS_TIMEOUT_MS: must not be over HTTP_REQUEST_TIMEOUT_MS (${e.HTTP_REQUEST_TIMEOUT_MS})`]);
  }
  const auth: AuthConfig | undefined =
    e.AUTH_JWT_SECRET || e.AUTH_JWKS_URL
      ? {
          jwtSecret: e.AUTH_JWT_SECRET,
          jwksUrl: e.AUTH_JWKS_URL,
          issuer: e.AUTH_ISSUER,
          audience: e.AUTH_AUDIENCE ? listOf(e.AUTH_AUDIENCE) : undefined,
          rolesClaim: e.AUTH_ROLES_CLAIM,
          clockToleranceSeconds: e.AUTH_CLOCK_TOLERANCE_SECONDS,
        }
      : undefined;
  if (e.AUTH_JWT_SECRET && e.AUTH_JWKS_URL) {
    throw new ConfigError(['AUTH_JWKS_URL: set either AUTH_JWT_SECRET (HS256) or AUTH_JWKS_URL (RS256/ES256), not both']);
  }
  if (!auth && e.AUTH_READS === 'required') {
    throw new ConfigError(['AUTH_READS: "required" needs AUTH_JWT_SECRET or AUTH_JWKS_URL']);
  }
  // Anyone could rewrite the graph: production never starts that way.
  if (!auth && e.WRITES_ENABLED && e.NODE_ENV === 'production') {
    throw new ConfigError([
      'WRITES_ENABLED: production with writes enabled needs authentication: set AUTH_JWT_SECRET or AUTH_JWKS_URL, or WRITES_ENABLED=false',
    ]);
  }
  const seedDir = path.resolve(e.SEED_DIR ?? path.join(projectRoot, 'seed'));
  // Checked now, not when the graph turns out to be empty: a wrong path is a typo to fix before anything starts.
  if (e.SEED_ON_EMPTY && !isFolder(seedDir)) throw new ConfigError([`SEED_DIR: no folder at ${seedDir}`]);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE, connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS }
      : undefined,
    graphDataDir: e.GRAPH_DATA_DIR,
    seedDir,
    seedOnEmpty: e.SEED_ON_EMPTY,
    seedBatchSize: e.SEED_BATCH_SIZE,
    responseCache: { maxBytes: e.RESPONSE_CACHE_MAX_BYTES, ttlSeconds: e.RESPONSE_CACHE_TTL_SECONDS },
    // Sandbox needs introspection; production turns it off unless asked.
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxComplexity: e.MAX_QUERY_COMPLEXITY,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxSearchTextLength: e.MAX_SEARCH_TEXT_LENGTH,
      maxTokens: e.MAX_QUERY_TOKENS,
    },
    http: {
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      statementConcurrency: e.REQUEST_STATEMENT_CONCURRENCY,
      maxBodyBytes: e.MAX_BODY_BYTES,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      receiveTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.MAX_CONNECTIONS,
      healthTimeoutMs: e.HEALTH_TIMEOUT_MS,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    },
    logLevel: e.LOG_LEVEL,
    auth,
    readsRequired: e.AUTH_READS === 'required',
    writesEnabled: e.WRITES_ENABLED,
    corsOrigins: e.CORS_ORIGINS !== undefined ? listOf(e.CORS_ORIGINS) : e.NODE_ENV === 'production' ? [] : devCorsOrigins,
    showQueryStats: e.NODE_ENV !== 'production',
  };
}
