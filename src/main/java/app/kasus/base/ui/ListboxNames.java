package app.kasus.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Vaadin's multi-select combo box renders its option list as an unnamed {@code role="listbox"} deep in its shadow
 * DOM (axe: aria-input-field-name, serious), so a screen reader announces a list without saying which. This names
 * every such list inside the component after the component's own label, now and whenever the list is rendered anew.
 */
public final class ListboxNames {

    private ListboxNames() {
    }

    public static void nameAfter(Component field, String label) {
        field.getElement().executeJs("""
                const host = this, name = $0;
                const fix = () => {
                  const walk = (root) => {
                    root.querySelectorAll('[role="listbox"]:not([aria-label])').forEach((l) => l.setAttribute('aria-label', name));
                    root.querySelectorAll('*').forEach((e) => { if (e.shadowRoot) walk(e.shadowRoot); });
                  };
                  walk(host);
                  if (host.shadowRoot) walk(host.shadowRoot);
                };
                fix();
                setTimeout(fix);
                host.addEventListener('opened-changed', () => setTimeout(fix));
                if (host.shadowRoot) new MutationObserver(fix).observe(host.shadowRoot, { childList: true, subtree: true });""", label);
    }
}
