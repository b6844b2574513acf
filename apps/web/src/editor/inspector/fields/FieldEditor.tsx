import { assertNever } from '../model/field-model';
import { FlexLayoutBuilder } from '../flex/FlexLayoutBuilder';
import { TemplateField } from '../template/TemplateField';
import { BooleanField } from './BooleanField';
import { DurationField } from './DurationField';
import { EnumField } from './EnumField';
import type { FieldProps } from './field-props';
import { ListField } from './ListField';
import { LiteralField } from './LiteralField';
import { NumberField } from './NumberField';
import { NameField } from './NameField';
import { ObjectField } from './ObjectField';
import { PropertyField } from './PropertyField';
import { RecordField } from './RecordField';
import { RewardField } from './RewardField';
import { SegmentField } from './SegmentField';
import { RichMenuField } from './RichMenuField';
import { TagsField } from './TagsField';
import { TextField } from './TextField';
import { UnionField } from './UnionField';
import { UnknownField } from './UnknownField';

/** The component for a field model's kind. */
export function FieldEditor(props: FieldProps) {
  const { model } = props;
  switch (model.kind) {
    case 'string':
      return model.format === 'template' ? (
        <TemplateField {...props} model={model} />
      ) : model.format === 'flex' ? (
        <>
          <FlexLayoutBuilder onApply={props.onChange} />
          <TemplateField {...props} model={model} />
        </>
      ) : model.format === 'segment' ? (
        <SegmentField {...props} model={model} />
      ) : model.format === 'coupon-pool' || model.format === 'badge' || model.format === 'lottery' ? (
        <RewardField {...props} model={model} />
      ) : model.format === 'rich-menu' ? (
        <RichMenuField {...props} model={model} />
      ) : model.format === 'event-name' || model.format === 'attribute-name' || model.format === 'tag-name' ? (
        <NameField {...props} model={model} />
      ) : model.format === 'event-property' ? (
        <PropertyField {...props} model={model} />
      ) : (
        <TextField {...props} model={model} />
      );
    case 'number':
      return <NumberField {...props} model={model} />;
    case 'boolean':
      return <BooleanField {...props} model={model} />;
    case 'enum':
      return <EnumField {...props} model={model} />;
    case 'literal':
      return <LiteralField {...props} model={model} />;
    case 'object':
      return <ObjectField {...props} model={model} />;
    case 'union':
      return <UnionField {...props} model={model} />;
    case 'duration':
      return <DurationField {...props} model={model} />;
    case 'tags':
      return <TagsField {...props} model={model} />;
    case 'list':
      return <ListField {...props} model={model} />;
    case 'record':
      return <RecordField {...props} model={model} />;
    case 'unknown':
      return <UnknownField {...props} model={model} />;
    default:
      return assertNever(model);
  }
}
