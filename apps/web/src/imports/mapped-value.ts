// What a cell became once its column's mapping was applied (a phone in E.164, a date read as
// ISO), for the preview to show beside the cell as written.
import type { ColumnTarget } from '@wayfarer/imports/schema';
import type { PreviewRow } from './import-types';

type ImportRecord = NonNullable<PreviewRow['record']>;

const identityKind = { externalId: 'user_id', email: 'email', phone: 'phone', lineUserId: 'line' } as const;

/** The value the record holds for the column, as text; undefined when the column wrote nothing. */
export function mappedValue(record: ImportRecord, target: ColumnTarget): string | undefined {
  switch (target.target) {
    case 'externalId':
    case 'email':
    case 'phone':
    case 'lineUserId': {
      const kind = identityKind[target.target];
      return record.identities.find((identity) => identity.kind === kind)?.value;
    }
    case 'attribute': {
      const value = record.attributes[target.key];
      return value === undefined ? undefined : String(value);
    }
    case 'tags':
      return record.tags.length === 0 ? undefined : record.tags.join(', ');
    case 'consent':
      return record.consents.find((consent) => consent.channel === target.channel)?.status;
    case 'consentTime': {
      const at = record.consents.find((consent) => consent.channel === target.channel)?.at;
      return at === null || at === undefined ? undefined : new Date(at).toISOString();
    }
    case 'tier':
      return record.tier ?? undefined;
    case 'points':
      return record.points === null ? undefined : String(record.points.amount);
    case 'ignore':
      return undefined;
    default: {
      const unknownTarget: never = target;
      throw new Error(`unknown column target ${JSON.stringify(unknownTarget)}`);
    }
  }
}
