// Every page is built once, at build time, into a static file.
export const prerender = true;
