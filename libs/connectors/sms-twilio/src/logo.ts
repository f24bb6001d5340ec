/** A speech bubble with three dots on a warm red; kept tiny because the editor inlines it. */
export const smsTwilioLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="SMS">' +
  '<rect width="48" height="48" rx="10" fill="#e11d48"/>' +
  '<path d="M12 13h24a3 3 0 0 1 3 3v13a3 3 0 0 1-3 3H22l-7 6v-6h-3a3 3 0 0 1-3-3V16a3 3 0 0 1 3-3z" fill="#fff"/>' +
  '<circle cx="18" cy="22.5" r="2.2" fill="#e11d48"/><circle cx="24" cy="22.5" r="2.2" fill="#e11d48"/>' +
  '<circle cx="30" cy="22.5" r="2.2" fill="#e11d48"/>' +
  '</svg>';
