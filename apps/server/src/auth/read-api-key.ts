/**
 * The API key in an Authorization header: `Bearer <key>`, or HTTP Basic with the key as the user
 * name and an empty password (how Segment sends a write key). Undefined when there is none.
 */
export function readApiKey(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  const match = /^(\w+)\s+(\S+)\s*$/.exec(authorization.trim());
  if (!match) return undefined;
  const [, scheme = '', credentials = ''] = match;
  switch (scheme.toLowerCase()) {
    case 'bearer':
      return credentials;
    case 'basic': {
      const decoded = Buffer.from(credentials, 'base64').toString('utf8');
      const separator = decoded.indexOf(':');
      const user = separator === -1 ? decoded : decoded.slice(0, separator);
      return user === '' ? undefined : user;
    }
    default:
      return undefined;
  }
}
