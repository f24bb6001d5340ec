/** An envelope on the brand blue; kept tiny because the editor inlines it in every node. */
export const emailLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="E-mail">' +
  '<rect width="48" height="48" rx="10" fill="#2563eb"/>' +
  '<rect x="10" y="14" width="28" height="20" rx="3" fill="#fff"/>' +
  '<path d="M11 16l13 10 13-10" fill="none" stroke="#2563eb" stroke-width="2.5" stroke-linejoin="round"/>' +
  '</svg>';
