/**
 * The optional "all sites" host permission: asked for from the options page when the reader
 * chooses "All sites", never at install. Shared by the options page (asks), the background
 * (registers the content script while it is granted) and the tests.
 */
import { browser } from 'wxt/browser';

/** Web pages only (http and https): no file://, ftp:// or extension pages. */
export const allSitesOrigins: readonly string[] = ['*://*/*'];

const request = () => ({ origins: [...allSitesOrigins] });

/**
 * Asks the browser for all-sites access. Must be called inside the click handler, before any
 * await: both browsers refuse permission requests outside a user action. Resolves false when
 * the reader refuses (or the browser cannot ask).
 */
export function requestAllSitesAccess(): Promise<boolean> {
  try {
    return browser.permissions.request(request()).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function hasAllSitesAccess(): Promise<boolean> {
  return browser.permissions.contains(request());
}

/** Gives the access back (the reader chose news sites or listed sites again). */
export function releaseAllSitesAccess(): Promise<boolean> {
  return browser.permissions.remove(request()).catch(() => false);
}
