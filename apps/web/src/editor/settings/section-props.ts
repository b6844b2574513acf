import type { JourneySettings } from '@wayfarer/journey';

/** What every settings section gets: the panel's draft, how to change it, and whether it may. */
export interface SectionProps {
  settings: JourneySettings;
  onChange: (next: JourneySettings) => void;
  readOnly: boolean;
}
