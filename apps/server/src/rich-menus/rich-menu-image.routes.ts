// `POST /v1/rich-menu-images`: a rich menu image as the raw request body (JPEG or PNG, ≤ 1 MB,
// 2500×1686 or 2500×843, checked before it is stored); `GET /v1/rich-menu-images/:imageId`: the
// image, for the editor. Apart from tRPC because a 1 MB image does not fit a JSON body's limit.
import { checkRichMenuImage, RICH_MENU_IMAGE_MAX_BYTES } from '@wayfarer/channels';
import { findRichMenuImage, insertRichMenuImage } from '@wayfarer/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services';
import { authorizeWebRequest } from '../imports/web-principal';

const imageParams = z.object({ imageId: z.uuid() });

export async function richMenuImageRoutes(app: FastifyInstance, options: { deps: Services }): Promise<void> {
  const { deps } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: RICH_MENU_IMAGE_MAX_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.post('/v1/rich-menu-images', { bodyLimit: RICH_MENU_IMAGE_MAX_BYTES }, async (request, reply) => {
    const auth = await authorizeWebRequest(deps, request, reply, { type: 'mutation', role: 'editor' });
    if (!auth) return reply;
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const checked = checkRichMenuImage(bytes);
    if (!checked.ok) return reply.code(400).send({ error: checked.code, field: 'image', message: checked.message });
    const stored = await insertRichMenuImage(deps.db, {
      workspaceId: auth.workspaceId,
      contentType: checked.type,
      width: checked.width,
      height: checked.height,
      data: bytes,
    });
    return reply
      .code(201)
      .send({ imageId: stored.id, size: checked.size, width: checked.width, height: checked.height });
  });

  app.get('/v1/rich-menu-images/:imageId', async (request, reply) => {
    const auth = await authorizeWebRequest(deps, request, reply, { type: 'query', role: 'viewer' });
    if (!auth) return reply;
    const params = imageParams.safeParse(request.params);
    const image = params.success ? await findRichMenuImage(deps.db, auth.workspaceId, params.data.imageId) : undefined;
    if (image === undefined) return reply.code(404).send({ error: 'not_found', message: 'No such image.' });
    return reply
      .header('content-type', image.contentType)
      .header('cache-control', 'private, max-age=3600')
      .send(image.data);
  });
}
