/**
 * The port between the popup and the background's toolbar badge (./action-badge.ts): its own module so
 * that the popup, which only holds the port, does not load the badge's code and both UI catalogs.
 */

/** The port the popup holds open while it shows (its name is all that is exchanged). */
export const BADGE_PORT = 'action-badge';

/**
 * In the popup: keeps a port to the background open. Opening it wakes a sleeping service worker (which
 * recounts and watches the data again); when the worker is stopped for idleness the port drops and is
 * opened again, so edits made in the popup are always seen. Returns a function that lets go.
 */
export function holdBadgeWatch(): () => void {
  let port: Browser.runtime.Port | undefined;
  let released = false;
  const connect = () => {
    if (released) return;
    port = browser.runtime.connect({ name: BADGE_PORT });
    port.onDisconnect.addListener(connect);
  };
  connect();
  return () => {
    released = true;
    port?.disconnect();
  };
}
