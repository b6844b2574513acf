import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../app/i18n';
import { useTRPC } from '../../../app/trpc';
import { richMenuMessages as m } from '../../../rich-menus/messages';
import { useSegmentApi } from '../../../segments/segment-options';
import { Select, type SelectOption } from '../../../ui';
import type { StringField } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell, type InputAria } from './FieldShell';

type MenuSelectProps = InputAria & { value: string; onChange: (value: string) => void; menus?: SelectOption[] };

function MenuSelect({ value, onChange, menus = [], ...aria }: MenuSelectProps) {
  const t = useT();
  const options = [
    { value: '', label: t(m.chooseMenu), disabled: true },
    { value: 'default', label: t(m.defaultOption) },
    ...menus,
  ];
  return <Select {...aria} value={value} onChange={(event) => onChange(event.target.value)} options={options} />;
}

/** The picker with the workspace's menus, asked of the API (only inside its provider). */
function ListedMenuSelect(props: MenuSelectProps) {
  const trpc = useTRPC();
  const menus = useQuery(trpc.richMenus.list.queryOptions());
  return <MenuSelect {...props} menus={(menus.data ?? []).map((menu) => ({ value: menu.id, label: menu.name }))} />;
}

/** A LINE rich menu of the workspace (`widgets: { richMenuId: 'rich-menu' }`) by name, or `default`. */
export function RichMenuField({ model, path, value, onChange, label }: FieldProps<StringField>) {
  const api = useSegmentApi();
  const Picker = api ? ListedMenuSelect : MenuSelect;
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) => <Picker {...aria} value={typeof value === 'string' ? value : ''} onChange={onChange} />}
    </FieldShell>
  );
}
