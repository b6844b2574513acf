// Checks an uploaded rich menu image before it is stored: what LINE would refuse is refused here,
// with the reason, instead of after the menu was half made on LINE. The header is read by
// `image-size` (no decoding), so a 1 MB upload costs nothing to check.
import { imageSize } from 'image-size';
import {
  RICH_MENU_IMAGE_MAX_BYTES,
  richMenuSizes,
  type RichMenuImageType,
  type RichMenuSize,
} from './line-rich-menu.schema';

export type RichMenuImageCheck =
  | { ok: true; type: RichMenuImageType; size: RichMenuSize; width: number; height: number }
  | { ok: false; code: 'image_too_large' | 'image_type' | 'image_dimensions'; message: string };

const types: Record<string, RichMenuImageType> = { jpg: 'image/jpeg', png: 'image/png' };

function readHeader(bytes: Uint8Array): { type?: string; width?: number; height?: number } | undefined {
  try {
    return imageSize(bytes);
  } catch {
    return undefined;
  }
}

/** Whether `bytes` is an image LINE takes as a rich menu: JPEG or PNG, ≤ 1 MB, 2500×1686 or 2500×843. */
export function checkRichMenuImage(bytes: Uint8Array): RichMenuImageCheck {
  if (bytes.length > RICH_MENU_IMAGE_MAX_BYTES)
    return { ok: false, code: 'image_too_large', message: 'The image is over 1 MB; LINE takes 1 MB at most.' };
  const header = readHeader(bytes);
  const type = types[header?.type ?? ''];
  if (header === undefined || type === undefined)
    return { ok: false, code: 'image_type', message: 'The image must be a JPEG or PNG file.' };
  const { width = 0, height = 0 } = header;
  const size = (Object.keys(richMenuSizes) as RichMenuSize[]).find(
    (name) => richMenuSizes[name].width === width && richMenuSizes[name].height === height,
  );
  if (size === undefined) {
    return {
      ok: false,
      code: 'image_dimensions',
      message: `The image is ${width}×${height}; a rich menu image is 2500×1686 or 2500×843.`,
    };
  }
  return { ok: true, type, size, width, height };
}
