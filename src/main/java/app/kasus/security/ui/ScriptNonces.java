package app.kasus.security.ui;

import app.kasus.security.ScriptNonce;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Gives every script of Vaadin's bootstrap page the response's {@link ScriptNonce}, so the Content-Security-Policy
 * needs no {@code 'unsafe-inline'} for scripts. Vaadin writes its startup code inline (the {@code <script initial>}
 * elements, the CSRF module) and asks these listeners last, just before it sends the page.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest servlet) {
                String nonce = ScriptNonce.of(servlet.getHttpServletRequest());
                response.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }
}
