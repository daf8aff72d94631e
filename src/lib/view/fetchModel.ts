import type { DashboardModel } from './dashboardModel.ts';

/**
 * The dashboard's model from the model.json the build wrote (routes/model.json). The build made
 * it from the typed model and nothing else writes it, so its shape is the model's.
 */
export async function fetchModel(url: URL): Promise<DashboardModel> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `The dashboard's data (${url.pathname.split('/').pop()}) could not be loaded: the server answered ${response.status}.`,
    );
  return (await response.json()) as DashboardModel;
}
