/** Two arrows trading places over a globe line; kept tiny because the editor inlines it. */
export const httpLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="HTTP request">' +
  '<rect width="48" height="48" rx="10" fill="#0f766e"/>' +
  '<circle cx="24" cy="24" r="13" fill="none" stroke="#fff" stroke-width="2.5"/>' +
  '<path d="M11 24h26M24 11c-5 4-5 22 0 26M24 11c5 4 5 22 0 26" fill="none" stroke="#fff" stroke-width="2"/>' +
  '<path d="M30 35l6 3-3-6" fill="#fbbf24"/>' +
  '</svg>';
