/** A green sheet with a grid; kept tiny because the editor inlines it in every node. */
export const googleSheetsLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Google Sheets">' +
  '<path d="M12 4h18l10 10v28a2 2 0 0 1-2 2H12a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" fill="#0f9d58"/>' +
  '<path d="M30 4v10h10z" fill="#87ceac"/>' +
  '<rect x="16" y="22" width="18" height="14" rx="1" fill="#fff"/>' +
  '<path d="M16 27h18M16 31.5h18M23 22v14" stroke="#0f9d58" stroke-width="1.6"/>' +
  '</svg>';
