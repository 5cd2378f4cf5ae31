import type { PageAdapter } from './types';

// Placeholder: the real adapter replaces this file.
export const inventoryAdapter: PageAdapter = {
  id: 'inventory',
  source: 'sellercentral',
  matches: () => false,
  read: () => ({ readings: [], problems: ['not implemented'] }),
};
