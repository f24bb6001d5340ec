/** A receipt with a check mark on a green tile; original art, kept tiny for the editor. */
export const paytLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="PayT">' +
  '<rect width="48" height="48" rx="10" fill="#0f9d58"/>' +
  '<path d="M14 9h20v30l-4-3-3 3-3-3-3 3-3-3-4 3z" fill="#fff"/>' +
  '<path d="M18 23l4 4 8-8" fill="none" stroke="#0f9d58" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>' +
  '</svg>';
