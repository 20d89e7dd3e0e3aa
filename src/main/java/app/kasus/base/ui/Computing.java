package app.kasus.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.RejectedExecutionException;

/** What a page shows where its figures will appear while they are computed. */
public final class Computing extends Div {

    public Computing() {
        String text = getTranslation("compute.running");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", text);
        Span label = new Span(text);
        add(bar, label);
        addClassName("computing");
        getElement().setAttribute("role", "status");
    }

    /** The message key for a computation that failed for a reason the page has no own words for. */
    public static String failureKey(RuntimeException e) {
        return e instanceof RejectedExecutionException ? "compute.busy" : "compute.failed";
    }
}
