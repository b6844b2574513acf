import type { ImportConsentChannel } from './mapping.schema';

// What one row of a file becomes once its mapping is applied: everything the import writes for it.

/** An identity the row names (normalised), in the order a customer is resolved: external id first. */
export interface RecordIdentity {
  kind: 'user_id' | 'email' | 'phone' | 'line';
  value: string;
}

export interface RecordConsent {
  channel: ImportConsentChannel;
  status: 'subscribed' | 'unsubscribed';
  source: string;
  /** When it was given; null when the file does not say (the import's time is used). */
  at: Date | null;
}

export interface RecordPoints {
  amount: number;
  reason: string;
  /** Months until the lot expires; null never; undefined: the workspace's setting. */
  expiresInMonths?: number | null;
}

export interface ImportRecord {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first customer row 2. */
  row: number;
  identities: RecordIdentity[];
  attributes: Record<string, string | number | boolean>;
  tags: string[];
  consents: RecordConsent[];
  /** A tier key of the loyalty programme. */
  tier: string | null;
  points: RecordPoints | null;
}

/** `kind:value`, the key one identity is known by (also across rows of a file). */
export function identityKeyOf(identity: RecordIdentity): string {
  return `${identity.kind}:${identity.value}`;
}
