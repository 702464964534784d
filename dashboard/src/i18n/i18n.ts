import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'hub.language';

const storedLanguage = (): Language => {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
};

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { vi: { common: common.vi }, en: { common: common.en } } as Resource,
  lng: storedLanguage(),
  fallbackLng: 'vi',
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false },
  initImmediate: false,
});

const setDocumentLanguage = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
setDocumentLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  localStorage.setItem(STORAGE_KEY, language);
  setDocumentLanguage(language);
});

type Catalogue = Record<string, unknown>;
/** Each view keeps its own catalogue (namespace = view folder), Vietnamese first, English second. */
export function registerMessages(namespace: string, messages: { vi: Catalogue; en: Catalogue }) {
  i18n.addResourceBundle('vi', namespace, messages.vi, true, true);
  i18n.addResourceBundle('en', namespace, messages.en, true, true);
}
