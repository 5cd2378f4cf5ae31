import type { PageAdapter } from './types';

// Placeholder: the real adapter replaces this file.
export const feedbackAdapter: PageAdapter = {
  id: 'feedback',
  source: 'sellercentral',
  matches: () => false,
  read: () => ({ readings: [], problems: ['not implemented'] }),
};
