/**
 * Mention previews show on hover and focus with CSS alone; Escape hides the one showing
 * without moving focus or the pointer (WCAG 1.4.13), until the pointer or focus moves on.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const wrap of document.querySelectorAll<HTMLElement>('.mention-wrap:hover, .mention-wrap:focus-within')) {
    wrap.classList.add('preview-dismissed');
    const reset = () => wrap.classList.remove('preview-dismissed');
    wrap.addEventListener('mouseleave', reset, { once: true });
    wrap.addEventListener('focusout', reset, { once: true });
  }
});
