/** A stylised "P" with a coin on a warm yellow; original, kept tiny for the editor. */
export const portmoneLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Portmone">' +
  '<rect width="48" height="48" rx="10" fill="#f5b301"/>' +
  '<path d="M15 37V11h10a8 8 0 0 1 0 16h-5v10z" fill="#1f2937"/>' +
  '<circle cx="24.5" cy="19" r="3.5" fill="#f5b301"/>' +
  '</svg>';
