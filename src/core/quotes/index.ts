// Quotation finding and speaker attribution (DESIGN.md "Quotes").
export { INITIAL_QUOTE_STATE, shiftQuoteState, sameQuoteState, type QuoteState } from './state';
export { scanQuoteParagraph, findQuotes, closeOpenQuote, type QuoteContext } from './scan';
