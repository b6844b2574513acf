import { ChevronDown } from 'lucide-react';
import { useContext, type ComponentProps, type ReactNode } from 'react';
import {
  Button as AriaButton,
  ComboBox,
  ComboBoxStateContext,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import './combobox.css';
import './menu.css';

export interface ComboboxOption {
  /** The value chosen (and typed). */
  id: string;
  /** Shown in the list; the id when absent. */
  label?: string;
  /** A second line: "12 times · last seen 3 days ago". */
  description?: ReactNode;
}

export interface ComboboxProps {
  /** The typed or chosen value. */
  value: string;
  onChange: (value: string) => void;
  options: readonly ComboboxOption[];
  /** The accessible name when there is no visible `<label htmlFor>` (a `Field` gives one). */
  'aria-label'?: string;
  id?: string;
  name?: string;
  placeholder?: string;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  /** Shown in the list while nothing matches what was typed. */
  emptyText?: ReactNode;
  /** The list's toggle button's name. */
  showOptionsLabel: string;
  onBlur?: () => void;
  testId?: string;
}

/**
 * A text box with a list of known values to choose from, where a new value can also be typed
 * (React Aria ComboBox with custom values: arrow keys, Enter, Escape; the list filters as you type).
 */
export function Combobox({
  value,
  onChange,
  options,
  id,
  name,
  placeholder,
  disabled = false,
  emptyText,
  showOptionsLabel,
  onBlur,
  testId,
  ...aria
}: ComboboxProps) {
  return (
    <ComboBox
      className="ui-combobox"
      allowsCustomValue
      menuTrigger="focus"
      inputValue={value}
      onInputChange={onChange}
      onSelectionChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
      isDisabled={disabled}
      defaultItems={options}
      aria-label={aria['aria-label']}
      data-testid={testId}
    >
      <div className="ui-combobox__control">
        <ListInput
          id={id}
          name={name}
          placeholder={placeholder}
          aria-describedby={aria['aria-describedby']}
          aria-invalid={aria['aria-invalid']}
          onBlur={onBlur}
        />
        <AriaButton className="ui-combobox__toggle" aria-label={showOptionsLabel}>
          <ChevronDown size={16} aria-hidden="true" />
        </AriaButton>
      </div>
      <Popover className="ui-popover ui-combobox__popover" placement="bottom start">
        <ListBox<ComboboxOption>
          className="ui-menu"
          renderEmptyState={() => (emptyText === undefined ? null : <p className="ui-combobox__empty">{emptyText}</p>)}
        >
          {(option) => (
            <ListBoxItem
              id={option.id}
              textValue={option.label ?? option.id}
              className="ui-menu__item ui-combobox__item"
            >
              <span className="ui-menu__text">
                <Text slot="label" className="ui-menu__label">
                  {option.label ?? option.id}
                </Text>
                {option.description !== undefined && (
                  <Text slot="description" className="ui-menu__description">
                    {option.description}
                  </Text>
                )}
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/**
 * The text box, which also opens the list when clicked while it already has focus (after "Add"
 * moved focus into it, or after a choice closed the list): opening on focus alone misses those.
 */
function ListInput(props: ComponentProps<typeof Input>) {
  const state = useContext(ComboBoxStateContext);
  return (
    <Input
      {...props}
      onClick={() => {
        if (state !== null && !state.isOpen) state.open(null, 'manual');
      }}
    />
  );
}
