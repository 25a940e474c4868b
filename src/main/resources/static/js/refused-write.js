// A write refused after all (see RefusedWrite): fill what the user typed into the form again, if the page still
// offers it, and move focus to the message so that screen readers announce it.
document.addEventListener('DOMContentLoaded', () => {
  const message = document.getElementById('refused-write');
  if (!message) {
    return;
  }
  const form = Array.from(document.querySelectorAll('form'))
    .find(f => new URL(f.action, window.location.href).pathname === message.dataset.action);
  if (form) {
    message.querySelectorAll('li[data-field]').forEach(item => {
      const field = form.elements.namedItem(item.dataset.field);
      if (field && field.type !== 'hidden' && 'value' in field) {
        field.value = item.textContent;
      }
    });
  }
  message.focus();
});
