// Tooltips of doses: Escape hides the one shown (WCAG 1.4.13), moving focus or the pointer shows it again.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const dose = document.activeElement;
  if (dose && dose.classList.contains('dose')) dose.nextElementSibling?.classList.add('dismissed');
});
document.addEventListener('focusin', (event) => {
  const tip = event.target instanceof Element && event.target.classList.contains('dose') ? event.target.nextElementSibling : null;
  tip?.classList.remove('dismissed');
});
