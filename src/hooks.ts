import type { Reroute } from '@sveltejs/kit';

/**
 * The site's addresses are its files: index.html, embed.html, embed/<chart id>.html. The dev
 * server answers them with their routes too, so links and embed codes work there as on a host.
 */
export const reroute: Reroute = ({ url }) => {
  const { pathname } = url;
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  if (pathname.endsWith('.html')) return pathname.slice(0, -'.html'.length);
};
