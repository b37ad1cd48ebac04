/** Text as HTML (element content or a quoted attribute): every plan text is hostile. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * JSON inside `<script type="application/json">`: no `<` at all, so neither `</script` nor `<!--`
 * can end or confuse the element; JSON.parse reads `\u003c` back as `<`.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
