import { useT } from '../app/i18n';
import type { CustomerTag } from './customer-types';
import { customerMessages } from './messages';

/** The profile's tags; the tooltip says when and by what each was added. */
export function CustomerTags({ tags, full }: { tags: readonly CustomerTag[]; full: (iso: string) => string }) {
  const t = useT();
  return (
    <section className="ui-card profile-card" data-testid="customer-tags">
      <h2>{t(customerMessages.tags)}</h2>
      {tags.length === 0 ? (
        <p className="muted">{t(customerMessages.noTags)}</p>
      ) : (
        <ul className="tag-list">
          {tags.map((tag) => {
            const why = t(customerMessages.tagAdded, { when: full(tag.addedAt), source: tag.source });
            return (
              <li key={tag.tag} className="tag-chip" title={why} data-tag={tag.tag}>
                {tag.tag}
                <span className="visually-hidden"> — {why}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
