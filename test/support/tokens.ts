/** An HS256 bearer token signed with `key` (the server's AUTH_JWT_SECRET) for `subject` with `roles`, valid for an hour. */
import { SignJWT } from 'jose';

export function hs256Token(key: string, subject: string, roles: string[]): Promise<string> {
  return new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setExpirationTime('1h').sign(new TextEncoder().encode(key));
}
