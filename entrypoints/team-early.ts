/**
 * `/team-early.js`: a small classic script in the dashboard page's head (entrypoints/dashboard/index.html).
 * Opened on the Team tab (`#team`), it starts finding and reading the kept team folder's days shown
 * before the dashboard's own scripts have loaded; the Team tab takes what it read (lib/team/early-read.ts).
 * Elsewhere, or without a kept folder the page may read without asking, it does nothing.
 */
import { startEarlyTeamRead } from '@/lib/team/early-read';

export default defineUnlistedScript(() => {
  if (location.hash === '#team') startEarlyTeamRead();
});
