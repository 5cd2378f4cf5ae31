/** Where the injected panel script (`log-panel.js`) leaves its API in the content script's world. */
export const PANEL_GLOBAL = '__sellerOpsLogPanel';
