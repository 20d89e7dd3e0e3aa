package app.kasus.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every new UI the language the user chose before, if any; otherwise the browser's preference stands. */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init ->
                Languages.fromRequest(VaadinRequest.getCurrent()).ifPresent(init.getUI()::setLocale));
    }
}
