import type { PageAdapter } from './types';

// Placeholder: the real adapter replaces this file.
export const adsCampaignsAdapter: PageAdapter = {
  id: 'ads-campaigns',
  source: 'advertising',
  matches: () => false,
  read: () => ({ readings: [], problems: ['not implemented'] }),
};
