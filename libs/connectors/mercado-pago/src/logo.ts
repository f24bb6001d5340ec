/** Two hands meeting on a light-blue tile; kept tiny because the editor inlines it. */
export const mercadoPagoLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Mercado Pago">' +
  '<rect width="48" height="48" rx="10" fill="#00a6e0"/>' +
  '<ellipse cx="24" cy="24" rx="16" ry="11" fill="#fff"/>' +
  '<path d="M13 24l6-4 5 3 5-3 6 4-6 4-5-3-5 3z" fill="none" stroke="#0a3d91" stroke-width="2.2" stroke-linejoin="round"/>' +
  '</svg>';
