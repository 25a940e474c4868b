// issue 17: layout. The "Meny" button says whether the menu is open (aria-expanded). The menu opens and closes without
// this script (a popover the browser runs); browsers expose the state of a popover's button themselves, but not all
// of them, and not every assistive technology reads it there.
(() => {
  const menu = document.getElementById("site-menu");
  const button = document.querySelector(".site-menu__open");
  if (!menu || !button) {
    return;
  }
  const show = () => {
    let open = false;
    try {
      open = menu.matches(":popover-open");
    } catch (unsupported) {
      // A browser without popovers shows the menu as it stands; the button does nothing there.
    }
    button.setAttribute("aria-expanded", String(open));
  };
  menu.addEventListener("toggle", show);
  show();
})();
