/** A payment button with a pointer on a teal tile; original art, kept tiny for the editor. */
export const fygaroLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Fygaro">' +
  '<rect width="48" height="48" rx="10" fill="#0e7490"/>' +
  '<rect x="8" y="14" width="32" height="14" rx="7" fill="#fff"/>' +
  '<path d="M17 21h14" stroke="#0e7490" stroke-width="3" stroke-linecap="round"/>' +
  '<path d="M27 26l9 9-4 1-2 4z" fill="#fde047" stroke="#fff" stroke-width="1.5" stroke-linejoin="round"/>' +
  '</svg>';
