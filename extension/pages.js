// Shared by the popup and the options page: their strings come from _locales/.
import './platform.js';

const { t } = globalThis.unboilPlatform;

/** Fills every element marked data-i18n="key" with that message. */
export function localize(doc) {
  doc.documentElement.lang = globalThis.unboilPlatform.api.i18n.getUILanguage().split('-')[0];
  for (const el of doc.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of doc.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  doc.title = t('extName') + (doc.body.classList.contains('options') ? ` · ${t('optionsTitle')}` : '');
}
