import { richMenuSizes, type RichMenuBounds, type RichMenuSize } from '@wayfarer/channels/spec';

const percent = (part: number, whole: number) => `${(part / whole) * 100}%`;

/** The menu's image with its tap areas drawn over it, numbered as the action form numbers them. */
export function AreaOverlay({
  imageUrl,
  size,
  areas,
  label,
}: {
  imageUrl: string | undefined;
  size: RichMenuSize;
  areas: readonly RichMenuBounds[];
  label: string;
}) {
  const { width, height } = richMenuSizes[size];
  return (
    <div className="rich-menu-overlay" style={{ aspectRatio: `${width} / ${height}` }} role="img" aria-label={label}>
      {imageUrl !== undefined && <img src={imageUrl} alt="" className="rich-menu-overlay__image" />}
      {areas.map((bounds, index) => (
        <span
          key={index}
          className="rich-menu-overlay__area"
          data-testid="rich-menu-area"
          style={{
            left: percent(bounds.x, width),
            top: percent(bounds.y, height),
            width: percent(bounds.width, width),
            height: percent(bounds.height, height),
          }}
        >
          {index + 1}
        </span>
      ))}
    </div>
  );
}
