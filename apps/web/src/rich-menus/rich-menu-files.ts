// The rich menu image travels outside tRPC (a 1 MB image is over a JSON body's limit): uploaded as
// the raw body, read back with the caller's credentials (an <img> cannot send an API key).
import { useEffect, useState } from 'react';
import { authHeaders } from '../app/auth-headers';

export interface UploadedImage {
  imageId: string;
  size: 'full' | 'half';
}

/** Stores the image on the server after its checks; rejects with the server's reason. */
export async function uploadRichMenuImage(file: File): Promise<UploadedImage> {
  const response = await fetch('/v1/rich-menu-images', {
    method: 'POST',
    headers: { ...authHeaders(), 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status !== 201) throw new Error(typeof body.message === 'string' ? body.message : response.statusText);
  return { imageId: String(body.imageId), size: body.size === 'half' ? 'half' : 'full' };
}

/** An object URL of a stored image, revoked when it is no longer shown. */
export function useRichMenuImage(imageId: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (imageId === undefined) return undefined;
    let objectUrl: string | undefined;
    let live = true;
    void fetch(`/v1/rich-menu-images/${encodeURIComponent(imageId)}`, { headers: authHeaders() })
      .then((response) => (response.ok ? response.blob() : undefined))
      .then((blob) => {
        if (!live || blob === undefined) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      });
    return () => {
      live = false;
      if (objectUrl !== undefined) URL.revokeObjectURL(objectUrl);
    };
  }, [imageId]);
  return url;
}
