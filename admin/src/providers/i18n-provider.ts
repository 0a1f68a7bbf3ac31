import polyglotI18nProvider from 'ra-i18n-polyglot';
import { vi } from '../i18n/vi';
import { en } from '../i18n/en';

const LOCALE_KEY = 'dx.locale';
const initial = (typeof localStorage !== 'undefined' && localStorage.getItem(LOCALE_KEY)) === 'en' ? 'en' : 'vi';

/** Vietnamese first, English second; the choice is remembered per browser. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : vi) as any, initial, [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
], { allowMissing: true });

const baseChange = i18nProvider.changeLocale;
i18nProvider.changeLocale = async (locale: string) => {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
  return baseChange(locale);
};

/** BCP-47 tag for Intl formatting of dates and numbers. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'vi-VN');
