import type { LocalizedText } from '../../app/i18n';
import { auditEntityKinds, auditMessages as m, auditVerbs } from './audit-messages';
import { readableAction } from './audit-rows';

type Translate = (text: LocalizedText, values?: Readonly<Record<string, string | number>>) => string;

export interface AuditSentenceEntry {
  actorType: string;
  actorName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  entityName: string | null;
}

/** Who did it, in words: a member's or key's name, the product for the system, never an id. */
export function actorWords(t: Translate, entry: AuditSentenceEntry): string {
  if (entry.actorType === 'api_key') {
    return entry.actorName === null ? t(m.unknownKey) : t(m.apiKeyActor, { name: entry.actorName });
  }
  return entry.actorName ?? t(m.removedMember);
}

/** What it was done to: its name where it has one, else its kind. */
export function entityWords(t: Translate, entry: AuditSentenceEntry): string | undefined {
  if (entry.entityType === null) return undefined;
  const kindText = auditEntityKinds[entry.entityType];
  const kind = kindText === undefined ? readableAction(entry.entityType.replace(/_/g, ' ')) : t(kindText);
  return entry.entityName === null ? t(m.unnamed, { kind }) : t(m.named, { kind, name: entry.entityName });
}

/** One entry as a sentence: "Mei Chen published “Spring sale”". */
export function auditSentence(t: Translate, entry: AuditSentenceEntry): string {
  const actor = actorWords(t, entry);
  const entity = entityWords(t, entry);
  const verb = auditVerbs[entry.action.split('.').at(-1) ?? ''];
  if (verb !== undefined && entity !== undefined) return t(verb, { actor, entity });
  const action = readableAction(entry.action);
  return entity === undefined ? t(m.otherNoEntity, { actor, action }) : t(m.other, { actor, entity, action });
}
