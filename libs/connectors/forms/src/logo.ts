/** A form sheet with two fields and a button; kept tiny because the editor inlines it. */
export const formsLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Web form">' +
  '<rect width="48" height="48" rx="10" fill="#7c3aed"/>' +
  '<rect x="12" y="9" width="24" height="30" rx="3" fill="#fff"/>' +
  '<rect x="16" y="14" width="16" height="4" rx="1" fill="#ddd6fe"/>' +
  '<rect x="16" y="21" width="16" height="4" rx="1" fill="#ddd6fe"/>' +
  '<rect x="16" y="29" width="9" height="5" rx="1.5" fill="#7c3aed"/>' +
  '</svg>';
