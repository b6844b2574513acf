import type { AssetKind } from '@wayfarer/journey';
import type { z } from 'zod';

export const eventLocales = ['en', 'zh-TW', 'zh-CN'] as const;
/** A text in every UI language. */
export type EventText = Readonly<Record<(typeof eventLocales)[number], string>>;

/**
 * Who produces the event: Wayfarer itself (`line`, `messenger`, `wechat` webhooks, `email` tracking, `consent`,
 * `segments`, `loyalty` steps, `referral` links) or `tracked` — sent by your systems through `/v1/track` under the
 * name journeys and templates expect.
 */
export const eventSources = [
  'line',
  'messenger',
  'wechat',
  'email',
  'consent',
  'segments',
  'loyalty',
  'referral',
  'tracked',
] as const;
export type EventSource = (typeof eventSources)[number];

/** An event of the catalogue: its name, who produces it, what it means, and its properties. */
export interface CatalogueEvent<TName extends string = string, TProperties extends z.ZodObject = z.ZodObject> {
  name: TName;
  source: EventSource;
  /** What the customer did, as a marketer reads it ("Added you as a LINE friend"). */
  title: EventText;
  /** For developers: when it is produced. */
  description: string;
  /** Each property `.describe()`d; optional ones may be absent. */
  properties: TProperties;
  /** Properties whose value names a workspace asset (a segment id, a tier key): journeys filtering on them depend on it. */
  assets?: Readonly<Partial<Record<keyof z.output<TProperties> & string, AssetKind>>>;
}

/** Declares an event (typed identity, like `defineNodeType`). */
export function defineEvent<TName extends string, TProperties extends z.ZodObject>(
  event: CatalogueEvent<TName, TProperties>,
): CatalogueEvent<TName, TProperties> {
  return Object.freeze(event);
}

/** The properties an event is stored with, typed from its declaration. */
export type PropertiesOf<TEvent> =
  TEvent extends CatalogueEvent<string, infer TProperties> ? z.input<TProperties> : never;
