import type { z } from 'zod';

// A channel's definition: everything the rest of Wayfarer knows about a channel, in one value. It
// is pure data + zod + small pure functions, safe in the browser, in Node and in the workflow
// sandbox (`@wayfarer/channels/spec`). What needs I/O (the adapter, a webhook handler) attaches in
// the runtime facet (define-channel-runtime.ts), as node types attach theirs.

/** Text in every UI locale (the shape of @wayfarer/nodes' LocalizedText). */
export type ChannelText = Readonly<Record<'en' | 'zh-TW' | 'zh-CN', string>>;

/** Customer identity kinds that hold a channel's recipient address. */
export type IdentityKindOfAddress = 'line' | 'email' | 'phone' | 'messenger' | 'wechat';

/** The optional wording fields a channel may use; `body` is used by every channel. */
export type WordingField = 'subject' | 'html' | 'flex';

/** A message's wording: Liquid templates, as a send node or a library template holds them. */
export interface Wording {
  body: string;
  subject?: string | undefined;
  html?: string | undefined;
  flex?: string | undefined;
}

/** What the send step lends a channel to write a message: Liquid rendering under its budget. */
export interface RenderTools {
  /** Renders one template as text; `field` names it in errors. */
  text(field: string, template: string): Promise<string>;
  /** Renders every string of a JSON document (values need no JSON escaping in templates). */
  json(field: string, template: string): Promise<Record<string, unknown>>;
  /** The message name shown in reports. */
  name: string;
}

/** One field of the channel's settings card; `path` is dotted in the config (`auth.pass`). */
export interface SettingsField {
  path: string;
  label: ChannelText;
  /** `toggle` is a checkbox, held in the form as `'true'` or `''`. */
  kind: 'text' | 'secret' | 'number' | 'select' | 'toggle';
  placeholder?: string;
  /** A select's choices; the first is what an unset value shows (the server's default). */
  options?: readonly { value: string; label: ChannelText }[];
  help?: ChannelText;
}

/** A reply button a send step puts under a chat message (the send node's quick replies). */
export type StepQuickReply =
  | { type: 'postback'; label: string; data: string; displayText?: string | undefined }
  | { type: 'message'; label: string; text: string };

/**
 * The send step's channel options: fields of the send node shown only for the channels whose
 * definition lists them in `stepOptions.fields`, and applied by that definition to the rendered message.
 */
export interface StepChannelOptions {
  /** Buttons under the message; a postback tap comes back as the channel's postback event. */
  quickReplies?: readonly StepQuickReply[] | undefined;
  /** A provider's message tag that allows sending outside the reply window (Messenger's tags). */
  messageTag?: string | undefined;
  /** A provider-approved template the message is sent with; the body holds its `key: value` fields. */
  templateId?: string | undefined;
}
export type StepOptionField = keyof StepChannelOptions;

/**
 * A messaging window: the provider takes messages only within `hours` of the customer's last
 * message to the business (one of the `inbound` events). Outside it, a message is skipped with the
 * reason `outside_window` unless `exempt` says the provider takes it anyway (a Messenger tag).
 */
export interface ReplyWindow<Rendered> {
  hours: number;
  inbound: readonly string[];
  exempt?(rendered: Rendered): boolean;
}

/** How a rendered message is drawn in previews, as the customer would see it. */
export type MessagePreview =
  /** A mail: its subject, HTML part (drawn sandboxed, at desktop and phone widths) and text part. */
  | { look: 'email'; subject?: string; html?: string; text?: string }
  /** A chat message drawn as a bubble on a phone: text or a Flex document, with its reply buttons. */
  | { look: 'chat'; bubble: { text: string } | { flex: unknown; altText: string }; replies: string[] }
  /** A text message, with the number of SMS segments it takes. */
  | { look: 'sms'; text: string }
  /** Data for another system (a webhook's JSON). */
  | { look: 'data'; json: unknown };

/**
 * One channel. `N` is its persisted name (never renamed); `ConfigSchema` its credentials and
 * endpoints (sealed whole), `MessageSchema` what its adapter sends, `Rendered` what a send step
 * writes (the message without the recipient), `D` how it is delivered.
 */
export interface ChannelSpec<
  N extends string = string,
  ConfigSchema extends z.ZodType<{ channel: N }> = z.ZodType<{ channel: N }>,
  MessageSchema extends z.ZodType<{ channel: N }> = z.ZodType<{ channel: N }>,
  Rendered extends { channel: N } = { channel: N },
  D extends 'provider' | 'recorded' = 'provider' | 'recorded',
> {
  readonly name: N;
  /** The channel as marketers read it (the send node's channel picker, reports). */
  readonly label: ChannelText;
  /** `provider`: sent through the sending policy and an adapter; `recorded`: stored only (development). */
  readonly delivery: D;
  /** Credentials and endpoints; validated (defaults applied) before sealing and after opening. */
  readonly config: ConfigSchema;
  /** Dotted paths of `config` that are secrets: sealed, never returned in clear, shown as `••••1234`. */
  readonly secretFields: readonly string[];
  /** What the adapter sends; checked at run time before any provider call. */
  readonly message: MessageSchema;
  /** The customer identity kind holding the recipient's address; null: the message names no one. */
  readonly address: IdentityKindOfAddress | null;
  /** The provider dedupes on our idempotency key, so an attempt cut off mid-call may be repeated. */
  readonly dedupes: boolean;
  readonly wording: {
    /** `json`: the body is a JSON document whose strings are templates. */
    body: 'text' | 'json';
    /** The optional fields the channel uses. */
    fields: readonly WordingField[];
    /** Fields the default wording must fill, with the problem shown when it does not. */
    required?: Partial<Record<WordingField, string>>;
    /** False for data sent to a system: missing customer attributes are not warned about. */
    personal: boolean;
  };
  /** Writes the message for one customer (the step's rendering, budget and errors are the tools'). */
  render(wording: Wording, tools: RenderTools): Promise<Rendered>;
  /** The provider message: the rendered one with the recipient's address and unsubscribe link. */
  toMessage(
    rendered: Rendered,
    recipient: { address: string | null; unsubscribeUrl: () => string },
  ): z.output<MessageSchema>;
  /** The readable text stored on the message row and shown in simulations. */
  summary(rendered: Rendered, options?: { pretty?: boolean }): { subject: string | null; body: string };
  /** How previews show the rendered message. */
  preview(rendered: Rendered): MessagePreview;
  /** The config field naming where the channel connects, checked against the outbound policy. */
  endpoint(config: z.output<ConfigSchema>): { field: string; host: string } | undefined;
  /** The settings card: its title and fields (none: the channel needs no credentials). */
  readonly settings: { title: ChannelText; fields: readonly SettingsField[] };
  /** Sending policy: customers can unsubscribe from it; it counts towards frequency caps; its reply window. */
  readonly policy: { consent: boolean; frequencyCap: boolean; replyWindow?: ReplyWindow<Rendered> };
  /** The send step's options this channel takes, and how they change its rendered message. */
  readonly stepOptions?: {
    fields: readonly StepOptionField[];
    apply(rendered: Rendered, options: StepChannelOptions): Rendered;
  };
}

/** Declares a channel; the identity function that keeps its literal types. */
export function defineChannel<
  const N extends string,
  ConfigSchema extends z.ZodType<{ channel: N }>,
  MessageSchema extends z.ZodType<{ channel: N }>,
  Rendered extends { channel: N },
  const D extends 'provider' | 'recorded',
>(
  spec: ChannelSpec<N, ConfigSchema, MessageSchema, Rendered, D>,
): ChannelSpec<N, ConfigSchema, MessageSchema, Rendered, D> {
  return spec;
}
