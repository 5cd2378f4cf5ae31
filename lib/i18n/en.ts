export const en = {
  'diagnostic.title': 'Seller Ops Log could not read this page',
  'diagnostic.adapter': 'Page reader: {adapter}',
  'diagnostic.nothingStored': 'Nothing unreadable was stored.',
  'diagnostic.noMarketplace': 'Cannot tell which marketplace this page shows: {reason}',
  'diagnostic.reload': 'Seller Ops Log was updated or reloaded. Reload this page to keep capturing.',
  'diagnostic.rejected': '{count} values were refused by the extension: {reason}',
  'diagnostic.dismiss': 'Dismiss',
  'action.accountHealth': 'Root-cause analysis today: find the orders or shipments behind it and fix the process.',
  'action.acos': 'Lower bids or pause the worst targets; add negative keywords for spend without sales.',
  'action.stockOut': 'Stock-out risk: if ads are live, pause auto campaigns and keep manual exact; consider a promotion or Multi-Channel Fulfillment; expedite the restock.',
  'action.lowStock': 'Stock is getting low: check inbound shipments and plan a restock.',
  'action.ipi': 'IPI under target: revise the restock plan, clear excess and fix stranded inventory.',
  'action.aged': 'Aged inventory: run a promotion or create a removal order before the surcharge.',
  'action.feedback': 'Read the feedback; send quality complaints to the product owner and reply within 48 hours.',
  'action.buyBox': 'Buy Box lost: check price, stock and competing offers; troubleshoot account health, then ads, then inventory.',
  'action.title': 'Shorten the title to 200 characters or fewer before the listing is suppressed.',
  'action.review': 'Review this value.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
