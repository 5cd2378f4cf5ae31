import type { PageAdapter } from './types';

// Placeholder: the real adapter replaces this file.
export const inventoryPerformanceAdapter: PageAdapter = {
  id: 'inventory-performance',
  source: 'sellercentral',
  matches: () => false,
  read: () => ({ readings: [], problems: ['not implemented'] }),
};
