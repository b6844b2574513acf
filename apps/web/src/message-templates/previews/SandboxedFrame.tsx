import { useCallback, useState } from 'react';

interface SandboxedFrameProps {
  title: string;
  html: string;
  /** CSS width of the frame (a phone is narrower than a desktop mail client). */
  width?: string;
  className?: string;
}

/**
 * HTML drawn in a sandboxed frame (no scripts, no forms, no navigation of the app), as tall as its
 * content so the preview reads like the real thing without a second scroll bar.
 */
export function SandboxedFrame({ title, html, width = '100%', className }: SandboxedFrameProps) {
  const [height, setHeight] = useState<number>();
  const fit = useCallback((frame: HTMLIFrameElement) => {
    const body = frame.contentDocument?.body;
    if (body) setHeight(Math.min(Math.max(body.scrollHeight, 48), 2000));
  }, []);
  return (
    <iframe
      className={className}
      title={title}
      sandbox="allow-same-origin"
      srcDoc={html}
      style={{ width, height: height === undefined ? undefined : `${height}px` }}
      onLoad={(event) => fit(event.currentTarget)}
    />
  );
}
