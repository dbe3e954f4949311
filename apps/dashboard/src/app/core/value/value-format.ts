import { roundMoney } from '@devpulse/domain';

const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();

/** An amount in `currency` for display, rounded to cents by the domain's rule: `900` → `$900.00`. */
export function formatMoney(amount: number, currency: string): string {
  return moneyFormat(currency).format(roundMoney(amount));
}

function moneyFormat(currency: string): Intl.NumberFormat {
  let format = MONEY_FORMATS.get(currency);
  if (format === undefined) {
    // en-US like the rest of the dashboard's text; the currency decides the symbol (USD → $, EUR → €).
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: 2 });
    MONEY_FORMATS.set(currency, format);
  }
  return format;
}
