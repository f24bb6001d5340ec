/** A boleto's bar code on an orange tile; kept tiny because the editor inlines it. */
export const paghiperLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="PagHiper">' +
  '<rect width="48" height="48" rx="10" fill="#f26722"/>' +
  '<rect x="9" y="13" width="30" height="22" rx="3" fill="#fff"/>' +
  '<path d="M13 17v14M16 17v14M20 17v14M22 17v14M26 17v14M29 17v14M31 17v14M35 17v14" stroke="#1f2937" stroke-width="1.6"/>' +
  '</svg>';
