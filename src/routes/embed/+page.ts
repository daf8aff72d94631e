// The page is a shell that the embed's own classic script fills (routes/embed/+page.svelte).
export const csr = false;
