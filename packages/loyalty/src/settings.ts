import { z } from 'zod';
import { valueTierSettingsSchema } from './value-tier/value-tier.rules';
import type { LoyaltyDb } from './db';

/** Per-workspace loyalty settings; every field has a default, so a workspace without a row works. */
export const loyaltySettingsSchema = z.object({
  /** Grants expire this many months after they are made (null: never), unless a grant says otherwise. */
  pointsExpiryMonths: z.number().int().min(1).max(120).nullable().default(null),
  /** The track event that is a purchase, and the property holding its amount (Segment's spec). */
  purchaseEvent: z.string().min(1).default('Order Completed'),
  spendProperty: z.string().min(1).default('revenue'),
  referralEvent: z.string().min(1).default('Referral Completed'),
  valueTiers: valueTierSettingsSchema.default(valueTierSettingsSchema.parse({})),
});
export type LoyaltySettings = z.infer<typeof loyaltySettingsSchema>;
export type LoyaltySettingsInput = z.input<typeof loyaltySettingsSchema>;

/** The workspace's settings, defaults filled in. */
export async function getLoyaltySettings(db: LoyaltyDb, workspaceId: string): Promise<LoyaltySettings> {
  const row = await db
    .selectFrom('loyaltySettings')
    .select('settings')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return loyaltySettingsSchema.parse(row?.settings ?? {});
}

/** Replaces the workspace's settings (validated; omitted fields take their defaults). */
export async function setLoyaltySettings(
  db: LoyaltyDb,
  workspaceId: string,
  input: LoyaltySettingsInput,
): Promise<LoyaltySettings> {
  const settings = loyaltySettingsSchema.parse(input);
  const json = JSON.stringify(settings);
  await db
    .insertInto('loyaltySettings')
    .values({ workspaceId, settings: json, updatedAt: new Date() })
    .onConflict((conflict) => conflict.column('workspaceId').doUpdateSet({ settings: json, updatedAt: new Date() }))
    .execute();
  return settings;
}
