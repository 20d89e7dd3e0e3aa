package app.kasus.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Names English first, so a browser asking for neither English nor Indonesian gets English; Vaadin's
 * automatic provider would order the bundles by file name.
 */
@Component
class KasusI18NProvider extends DefaultI18NProvider {

    KasusI18NProvider() {
        super(Languages.ALL);
    }
}
