import { memo } from 'react';

interface ConnectorLogoProps {
  svg: string | null | undefined;
  size?: number;
}

export const ConnectorLogo = memo(function ConnectorLogo({ svg, size = 28 }: ConnectorLogoProps) {
  if (!svg)
    return (
      <span className="logo logo--empty" style={{ width: size, height: size }} aria-hidden="true" />
    );
  return (
    <img
      className="logo"
      src={'data:image/svg+xml;utf8,' + encodeURIComponent(svg)}
      alt=""
      width={size}
      height={size}
    />
  );
});
