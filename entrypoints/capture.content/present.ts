/** The tab message the background sends to learn whether a tab already runs the capture content script. */
export const CONTENT_SCRIPT_PRESENT = 'contentScriptPresent';
