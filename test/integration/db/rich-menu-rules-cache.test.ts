// Routing asks, for every tier change and segment entry or exit, whether the workspace has a rich
// menu rule; the answer is cached per process. A rule saved after the cache was filled takes effect
// at once in the process that saved it, and within the cache's TTL in another one.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkspace,
  deleteRichMenu,
  insertRichMenu,
  insertRichMenuImage,
  saveRichMenuRules,
  workspaceHasRichMenuRules,
  WORKSPACE_CACHE_TTL_MS,
} from '@wayfarer/db';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { solidPng } from '../../support/rich-menu-image';

describe('whether a workspace has a rich menu rule (cached)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('rich_menu_rules_cache');
  });
  afterAll(async () => database?.drop());

  async function menuOf(workspaceId: string, name: string): Promise<string> {
    const { db } = database;
    const image = await insertRichMenuImage(db, {
      workspaceId,
      contentType: 'image/png',
      width: 2500,
      height: 843,
      data: solidPng(2500, 843),
    });
    const menu = await insertRichMenu(db, {
      workspaceId,
      name,
      chatBarText: 'Menu',
      size: 'half',
      layout: 'one',
      areas: [],
      imageId: image.id,
      lineRichMenuId: `richmenu-${name}`,
    });
    return menu.id;
  }

  it('sees a rule saved after the answer was cached, and its removal', async () => {
    const { db } = database;
    const { id: workspaceId } = await createWorkspace(db, 'Menus');
    const { id: otherId } = await createWorkspace(db, 'No menus');
    expect(await workspaceHasRichMenuRules(db, workspaceId)).toBe(false);
    expect(await workspaceHasRichMenuRules(db, otherId)).toBe(false);

    const menuId = await menuOf(workspaceId, 'vip');
    await saveRichMenuRules(db, workspaceId, [{ kind: 'tier', tierKey: 'vip', richMenuId: menuId }]);
    expect(await workspaceHasRichMenuRules(db, workspaceId)).toBe(true);
    expect(await workspaceHasRichMenuRules(db, otherId)).toBe(false);

    // Deleting the menu its only rule line gives leaves the workspace without a rule.
    await deleteRichMenu(db, workspaceId, menuId);
    expect(await workspaceHasRichMenuRules(db, workspaceId)).toBe(false);
  });

  it('sees a rule another process saved within the cache TTL', async () => {
    const { db } = database;
    const { id: workspaceId } = await createWorkspace(db, 'Saved elsewhere');
    expect(await workspaceHasRichMenuRules(db, workspaceId)).toBe(false);
    // Written past this process's repository, as the server's save looks to the worker.
    const rules = JSON.stringify([
      { kind: 'tier', tierKey: 'gold', richMenuId: '00000000-0000-4000-8000-000000000001' },
    ]);
    await sql`insert into rich_menu_rules (workspace_id, rules) values (${workspaceId}::uuid, ${rules}::jsonb)`.execute(
      db,
    );
    const started = Date.now();
    await eventually(async () => ((await workspaceHasRichMenuRules(db, workspaceId)) ? true : undefined), 10_000);
    expect(Date.now() - started).toBeLessThan(WORKSPACE_CACHE_TTL_MS + 2_000);
  });
});
