import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs as AriaTabs, type Key } from 'react-aria-components';
import './tabs.css';

export interface TabItem<K extends string> {
  id: K;
  label: ReactNode;
  testId?: string;
  content: ReactNode;
}

export interface TabsProps<K extends string> {
  /** Names the tab list. */
  label: string;
  tabs: readonly TabItem<K>[];
  selected?: K;
  onSelect?: (id: K) => void;
}

/** Tabs (React Aria: arrow keys move between tabs, each panel labelled by its tab). */
export function Tabs<K extends string>({ label, tabs, selected, onSelect }: TabsProps<K>) {
  return (
    <AriaTabs
      className="ui-tabs"
      selectedKey={selected}
      onSelectionChange={onSelect === undefined ? undefined : (key: Key) => onSelect(String(key) as K)}
    >
      <TabList aria-label={label} className="ui-tabs__list">
        {tabs.map((tab) => (
          <Tab key={tab.id} id={tab.id} className="ui-tabs__tab" data-testid={tab.testId}>
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="ui-tabs__panel">
          {tab.content}
        </TabPanel>
      ))}
    </AriaTabs>
  );
}
