import type { PageAdapter } from './types';

// Placeholder: the real adapter replaces this file.
export const businessReportsAdapter: PageAdapter = {
  id: 'business-reports',
  source: 'sellercentral',
  matches: () => false,
  read: () => ({ readings: [], problems: ['not implemented'] }),
};
