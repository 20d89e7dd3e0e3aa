package app.kasus.annotation.ui;

import com.vaadin.flow.component.select.Select;

/**
 * Vaadin's select marks its value button {@code role="button"} and, when the select is required, puts
 * {@code aria-required} on that same button, where ARIA does not allow it (axe: aria-allowed-attr, critical), so
 * screen readers may drop the "required". The button behaves as the select-only combobox of the ARIA practices
 * (it opens a listbox, {@code aria-haspopup="listbox"}, {@code aria-expanded}), and a combobox supports
 * {@code aria-required}: giving the button that role makes the markup valid and keeps "required" announced.
 */
final class SelectRole {

    private SelectRole() {
    }

    /** Gives the select's value button the combobox role, now and whenever Vaadin renders it anew. */
    static void asCombobox(Select<?> select) {
        select.getElement().executeJs("""
                const host = this;
                if (host._kasusComboboxRole) return;
                host._kasusComboboxRole = true;
                const fix = () => host.querySelectorAll(':scope > vaadin-select-value-button:not([role="combobox"])')
                  .forEach((b) => b.setAttribute('role', 'combobox'));
                fix();
                new MutationObserver(fix).observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });""");
    }
}
