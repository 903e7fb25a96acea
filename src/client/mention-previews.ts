/**
 * Mention previews show on hover and focus with CSS alone; Escape hides the one showing
 * without moving focus or the pointer (WCAG 1.4.13), until the pointer or focus moves on.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const link of document.querySelectorAll<HTMLElement>(
    'a.mention[aria-description]:hover, a.mention[aria-description]:focus',
  )) {
    link.classList.add('preview-dismissed');
    const reset = () => link.classList.remove('preview-dismissed');
    link.addEventListener('mouseleave', reset, { once: true });
    link.addEventListener('blur', reset, { once: true });
  }
});
