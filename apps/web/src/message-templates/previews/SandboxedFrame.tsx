import { useCallback, useEffect, useRef, useState } from 'react';

/** The server's blank page with the previews' own policy (https images; see preview-frame.routes.ts). */
export const PREVIEW_FRAME_URL = '/preview-frame';

interface SandboxedFrameProps {
  title: string;
  html: string;
  /** CSS width of the frame (a phone is narrower than a desktop mail client). */
  width?: string;
  className?: string;
}

/**
 * HTML drawn in a sandboxed frame (no scripts, no forms, no navigation of the app), as tall as its
 * content so the preview reads like the real thing without a second scroll bar. The frame opens the
 * server's preview page and the HTML is written into its document, so it runs under that page's
 * policy (a mail's https images show) rather than the app's, which a `srcdoc` frame would inherit.
 */
export function SandboxedFrame({ title, html, width = '100%', className }: SandboxedFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [loaded, setLoaded] = useState(false);
  const [height, setHeight] = useState<number>();
  const fit = useCallback(() => {
    const body = frame.current?.contentDocument?.body;
    if (body) setHeight(Math.min(Math.max(body.scrollHeight, 48), 2000));
  }, []);
  useEffect(() => {
    const document = loaded ? frame.current?.contentDocument : undefined;
    if (!document) return;
    document.open();
    document.write(html);
    document.close();
    // Images arrive after the text: the frame grows with each.
    for (const image of Array.from(document.images)) image.addEventListener('load', fit);
    fit();
  }, [loaded, html, fit]);
  return (
    <iframe
      ref={frame}
      className={className}
      title={title}
      sandbox="allow-same-origin"
      src={PREVIEW_FRAME_URL}
      data-ready={loaded ? 'true' : 'false'}
      style={{ width, height: height === undefined ? undefined : `${height}px` }}
      onLoad={() => setLoaded(true)}
    />
  );
}
