// The design system: tokens (tokens.css), base element styles (base.css) and the components every
// page uses. Behaviour of the complex widgets comes from React Aria Components; icons from Lucide.
import './tokens.css';
import './base.css';

export { Badge, type BadgeTone } from './Badge';
export { Button, ButtonLink, buttonClassName, type ButtonProps, type ButtonVariant } from './Button';
export { Combobox, type ComboboxOption } from './Combobox';
export { ConfirmDialog } from './ConfirmDialog';
export { Dialog } from './Dialog';
export { Disclosure } from './Disclosure';
export { EmptyState } from './EmptyState';
export { Field, FormError, type FieldControlProps } from './Field';
export { iconNamed, namedIcons } from './icon-set';
export { Menu, type MenuAction, type MenuGroup } from './Menu';
export { Card, Page } from './Page';
export { ProgressBar, type ProgressTone } from './ProgressBar';
export { SearchInput } from './SearchInput';
export { SegmentedControl, type Segment } from './SegmentedControl';
export { Select, type SelectOption } from './Select';
export { RowActions, type RowAction } from './RowActions';
export { Table } from './Table';
export { TableHead, type TableColumn } from './TableHead';
export { Tabs, type TabItem } from './Tabs';
export { ToastProvider, useToast, type Toaster, type ToastTone } from './Toast';
export { WizardSteps, type WizardStepsProps } from './WizardSteps';
