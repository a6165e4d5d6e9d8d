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
  neo4j?: { uri: string; user: string; password: string; database?: string | undefined } | undefined;
  graphDataDir?: string | undefined;
  seedDir: string;
  seedOnEmpty: boolean;
  introspection: boolean;
  limits: { maxDepth: number; maxComplexity: number; maxPageSize: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Bearer-token verification; undefined when neither AUTH_JWT_SECRET nor AUTH_JWKS_URL is set. */
  auth?: AuthConfig | undefined;
  /** Reads need a token with at least the reader role (AUTH_READS=required); public otherwise. */
  readsRequired: boolean;
  /** Mutations are served; false makes the API read-only. */
  writesEnabled: boolean;
  /** Browser origins allowed to call the API (CORS), exact `scheme://host[:port]`. */
  corsOrigins: string[];
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
    throw new ConfigError('Invalid configuration:\n  AUTH_JWKS_URL: set either AUTH_JWT_SECRET (HS256) or AUTH_JWKS_URL (RS256/ES256), not both');
  }
  if (!auth && e.AUTH_READS === 'required') {
    throw new ConfigError('Invalid configuration:\n  AUTH_READS: "required" needs AUTH_JWT_SECRET or AUTH_JWKS_URL');
  }
  // Anyone could rewrite the graph: production never starts that way.
  if (!auth && e.WRITES_ENABLED && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  WRITES_ENABLED: production with writes enabled needs authentication: set AUTH_JWT_SECRET or AUTH_JWKS_URL, or WRITES_ENABLED=false',
    );
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
    limits: { maxDepth: e.MAX_QUERY_DEPTH, maxComplexity: e.MAX_QUERY_COMPLEXITY, maxPageSize: e.MAX_PAGE_SIZE },
    logLevel: e.LOG_LEVEL,
    auth,
    readsRequired: e.AUTH_READS === 'required',
    writesEnabled: e.WRITES_ENABLED,
    corsOrigins: e.CORS_ORIGINS !== undefined ? listOf(e.CORS_ORIGINS) : e.NODE_ENV === 'production' ? [] : devCorsOrigins,
  };
}
