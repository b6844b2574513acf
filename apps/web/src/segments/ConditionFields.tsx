import type { SegmentCondition } from '@wayfarer/segments';
import type { FieldsProps } from './condition-props';
import { EventFields } from './EventConditionFields';
import { ListFields } from './ListFields';
import { TagFields, TierFields } from './MembershipConditionFields';
import { AttributeFields, PointsFields } from './ValueConditionFields';
import { ValueTierFields } from './ValueTierFields';

/** The inputs of one condition, by its type. */
export function ConditionFields({ condition, onChange }: FieldsProps<SegmentCondition>) {
  switch (condition.type) {
    case 'attribute':
      return <AttributeFields condition={condition} onChange={onChange} />;
    case 'tag':
      return <TagFields condition={condition} onChange={onChange} />;
    case 'points':
      return <PointsFields condition={condition} onChange={onChange} />;
    case 'tier':
      return <TierFields condition={condition} onChange={onChange} />;
    case 'valueTier':
      return <ValueTierFields condition={condition} onChange={onChange} />;
    case 'event':
      return <EventFields condition={condition} onChange={onChange} />;
    case 'list':
      return <ListFields condition={condition} onChange={onChange} />;
    default: {
      const unknown: never = condition;
      throw new Error(`Unknown condition: ${JSON.stringify(unknown)}`);
    }
  }
}
