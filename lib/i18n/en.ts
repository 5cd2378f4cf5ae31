export const en = {
  'diagnostic.title': 'Seller Ops Log could not read this page',
  'diagnostic.adapter': 'Page reader: {adapter}',
  'diagnostic.nothingStored': 'Nothing unreadable was stored.',
  'diagnostic.noMarketplace': 'Cannot tell which marketplace this page shows: {reason}',
  'diagnostic.reload': 'Seller Ops Log was updated or reloaded. Reload this page to keep capturing.',
  'diagnostic.rejected': '{count} values were refused by the extension: {reason}',
  'diagnostic.dismiss': 'Dismiss',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
