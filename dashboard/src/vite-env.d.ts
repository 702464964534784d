/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The graph's URL when the app is hosted apart from the gateway. */
  readonly VITE_GRAPHQL_URL?: string;
}

declare module 'echarts/i18n/langVI-obj.js' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
