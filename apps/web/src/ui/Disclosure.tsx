import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button as AriaButton, Disclosure as AriaDisclosure, DisclosurePanel, Heading } from 'react-aria-components';
import './disclosure.css';

export interface DisclosureProps {
  title: ReactNode;
  children: ReactNode;
  defaultExpanded?: boolean;
  testId?: string;
  /** `quiet` for "developer details": small and grey. */
  tone?: 'default' | 'quiet';
}

/** A section that opens and closes (React Aria: a button with `aria-expanded` over its panel). */
export function Disclosure({ title, children, defaultExpanded = false, testId, tone = 'default' }: DisclosureProps) {
  return (
    <AriaDisclosure
      className={`ui-disclosure ui-disclosure--${tone}`}
      defaultExpanded={defaultExpanded}
      data-testid={testId}
    >
      <Heading level={3} className="ui-disclosure__heading">
        <AriaButton slot="trigger" className="ui-disclosure__trigger">
          <ChevronRight size={14} aria-hidden="true" className="ui-disclosure__chevron" />
          {title}
        </AriaButton>
      </Heading>
      <DisclosurePanel className="ui-disclosure__panel">{children}</DisclosurePanel>
    </AriaDisclosure>
  );
}
