import type { PageAdapter } from './types';

// Placeholder: the real adapter replaces this file.
export const accountHealthAdapter: PageAdapter = {
  id: 'account-health',
  source: 'sellercentral',
  matches: () => false,
  read: () => ({ readings: [], problems: ['not implemented'] }),
};
