/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:ledger-model' {
  const model: import('./lib/view/dashboardModel.ts').DashboardModel;
  export default model;
}
