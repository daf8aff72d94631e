import type { DashboardModel } from './dashboardModel.ts';

/**
 * A JSON file the build wrote beside the page, fetched; `what` names it in the message a reader
 * sees when the server does not have it (a site copied without its data files).
 */
export async function fetchSiteJson<T>(url: URL, what: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `${what} (${url.pathname.split('/').pop()}) could not be loaded: the server answered ${response.status}.`,
    );
  return (await response.json()) as T;
}

/**
 * The dashboard's model from the model.json the build wrote (routes/model.json). The build made
 * it from the typed model and nothing else writes it, so its shape is the model's.
 */
export const fetchModel = (url: URL): Promise<DashboardModel> =>
  fetchSiteJson<DashboardModel>(url, "The dashboard's data");
