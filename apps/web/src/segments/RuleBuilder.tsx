import type { LocalizedText } from '../app/i18n';
import { useT } from '../app/i18n';
import { ConditionFields } from './ConditionFields';
import { segmentMessages as m } from './messages';
import {
  addItem,
  newCondition,
  removeItem,
  updateItem,
  type ConditionType,
  type GroupMode,
  type ItemPath,
  type RuleGroup,
  type RuleItem,
} from './rule-tree';
import { Plus, X, ListPlus } from 'lucide-react';
import { Button } from '../ui';
import './rule-builder.css';

const modeLabels: Readonly<Record<GroupMode, LocalizedText>> = { all: m.matchAll, any: m.matchAny, none: m.matchNone };
const typeLabels: Readonly<Record<ConditionType, LocalizedText>> = {
  tag: m.typeTag,
  event: m.typeEvent,
  attribute: m.typeAttribute,
  points: m.typePoints,
  tier: m.typeTier,
  valueTier: m.typeValueTier,
  list: m.typeList,
};

interface ItemProps {
  root: RuleGroup;
  path: ItemPath;
  onChange: (root: RuleGroup) => void;
}

function ConditionRow({ root, path, onChange, item }: ItemProps & { item: Extract<RuleItem, { kind: 'condition' }> }) {
  const t = useT();
  const replace = (next: RuleItem) => onChange(updateItem(root, path, () => next));
  return (
    <li className="rule-condition" data-testid="rule-condition" data-path={path.join('.')}>
      <select
        name="type"
        aria-label={t(m.conditionType)}
        value={item.condition.type}
        onChange={(event) =>
          replace({ kind: 'condition', condition: newCondition(event.target.value as ConditionType) })
        }
      >
        {(Object.keys(typeLabels) as ConditionType[]).map((type) => (
          <option key={type} value={type}>
            {t(typeLabels[type])}
          </option>
        ))}
      </select>
      <ConditionFields condition={item.condition} onChange={(condition) => replace({ kind: 'condition', condition })} />
      <Button
        variant="ghost"
        size="sm"
        icon={X}
        iconOnly
        className="rule-remove"
        data-testid="rule-remove"
        onClick={() => onChange(removeItem(root, path))}
      >
        {t(m.remove)}
      </Button>
    </li>
  );
}

function GroupBox({ root, path, onChange, group }: ItemProps & { group: RuleGroup }) {
  const t = useT();
  const isRoot = path.length === 0;
  return (
    <div className={`rule-group rule-group--${group.mode}`} data-testid="rule-group" data-path={path.join('.')}>
      <div className="rule-group__head">
        <select
          name="mode"
          data-testid="rule-group-mode"
          aria-label={t(m.groupMode)}
          value={group.mode}
          onChange={(event) =>
            onChange(updateItem(root, path, () => ({ ...group, mode: event.target.value as GroupMode })))
          }
        >
          {(Object.keys(modeLabels) as GroupMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {t(modeLabels[mode])}
            </option>
          ))}
        </select>
        {!isRoot && (
          <Button
            variant="ghost"
            size="sm"
            icon={X}
            iconOnly
            className="rule-remove"
            data-testid="rule-remove"
            onClick={() => onChange(removeItem(root, path))}
          >
            {t(m.remove)}
          </Button>
        )}
      </div>
      {group.items.length === 0 ? (
        <p className="rule-group__empty">{t(m.emptyGroup)}</p>
      ) : (
        <ul className="rule-group__items">
          {group.items.map((item, index) => {
            const at = [...path, index];
            return item.kind === 'group' ? (
              <li key={index}>
                <GroupBox root={root} path={at} onChange={onChange} group={item} />
              </li>
            ) : (
              <ConditionRow key={index} root={root} path={at} onChange={onChange} item={item} />
            );
          })}
        </ul>
      )}
      <div className="rule-group__actions">
        <Button
          size="sm"
          variant="ghost"
          icon={Plus}
          data-testid="rule-add-condition"
          onClick={() => onChange(addItem(root, path, { kind: 'condition', condition: newCondition('tag') }))}
        >
          {t(m.addCondition)}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          icon={ListPlus}
          data-testid="rule-add-group"
          onClick={() => onChange(addItem(root, path, { kind: 'group', mode: 'any', items: [] }))}
        >
          {t(m.addGroup)}
        </Button>
      </div>
    </div>
  );
}

/** Edits a segment's rule as nested groups of conditions. */
export function RuleBuilder({ value, onChange }: { value: RuleGroup; onChange: (next: RuleGroup) => void }) {
  return (
    <div className="rule-builder" data-testid="rule-builder">
      <GroupBox root={value} path={[]} onChange={onChange} group={value} />
    </div>
  );
}
