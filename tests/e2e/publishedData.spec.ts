import { expect, test } from '@playwright/test';

// The site publishes the ledger's Data Package under data/: every table its descriptor names
// must be there, the SIPRI reference table included, and of the 2 MB SIPRI export nothing but
// that small derived table.
test('the published Data Package holds every table its descriptor names', async ({ request }) => {
  const response = await request.get('./data/datapackage.json');
  expect(response.status()).toBe(200);
  const descriptor = (await response.json()) as { resources: { name: string; path: string }[] };
  expect(descriptor.resources.map((r) => r.name)).toContain('sipri-transfers');
  for (const resource of descriptor.resources) {
    const table = await request.get(`./data/${resource.path}`);
    expect(table.status(), resource.path).toBe(200);
    expect(table.headers()['content-type'], resource.path).toMatch(/csv/);
  }
  const reference = await (await request.get('./data/reference/sipri-transfers.csv')).text();
  // Published through the safe CSV writer: CRLF line ends.
  expect(reference.split(/\r?\n/)[0]).toBe(
    'year,supplier,recipient,tiv,tiv_estimated,deliveries,deliveries_under_half',
  );
  expect(reference.length).toBeLessThan(20_000);
});

test('the SIPRI notebook is published with the site', async ({ request }) => {
  const page = await request.get('./notebooks/sipri.html');
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('Printed figures against SIPRI');
});
