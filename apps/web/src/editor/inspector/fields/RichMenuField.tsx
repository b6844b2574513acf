import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../app/i18n';
import { useTRPC } from '../../../app/trpc';
import { richMenuMessages as m } from '../../../rich-menus/messages';
import { Select } from '../../../ui';
import type { StringField } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';

/** A LINE rich menu of the workspace (`widgets: { richMenuId: 'rich-menu' }`) by name, or `default`. */
export function RichMenuField({ model, path, value, onChange, label }: FieldProps<StringField>) {
  const t = useT();
  const trpc = useTRPC();
  const menus = useQuery(trpc.richMenus.list.queryOptions());
  const options = [
    { value: '', label: t(m.chooseMenu), disabled: true },
    { value: 'default', label: t(m.defaultOption) },
    ...(menus.data ?? []).map((menu) => ({ value: menu.id, label: menu.name })),
  ];
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) => (
        <Select
          {...aria}
          value={typeof value === 'string' ? value : ''}
          options={options}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
