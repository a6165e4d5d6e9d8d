/**
 * Who is calling, and what they may do. Roles are ranked: an editor may do
 * what a reader may, an admin what an editor may.
 */
export const roles = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface Principal {
  /** The token's `sub`; `local` for the development user; undefined for an anonymous caller. */
  subject?: string | undefined;
  roles: Role[];
}

export const anonymous: Principal = { roles: [] };

/** Development without any auth configuration: every request acts as this user, with every role. */
export const localUser: Principal = { subject: 'local', roles: ['admin'] };

const rank: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Whether `principal` holds `role` or one above it. */
export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.some((held) => rank[held] >= rank[role]);
}
