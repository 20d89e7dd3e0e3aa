package app.kasus.assessment.ui;

import app.kasus.assessment.Balance;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Map;

/** Concessions given and demands made per actor over all stages. */
final class BalanceTable extends Section {

    BalanceTable(Map<String, Balance> balance, Names names) {
        addClassName("balance");
        setId("balance");
        String title = getTranslation("assessment.balance");
        add(new H2(title));
        List<List<String>> rows = balance.entrySet().stream().map(e -> List.of(names.actor(e.getKey()),
                Integer.toString(e.getValue().concessionsGiven()), Integer.toString(e.getValue().demandsMade())))
                .toList();
        add(DataTable.of(title, List.of(getTranslation("assessment.column.actor"),
                getTranslation("assessment.column.concessions"), getTranslation("assessment.column.demands")), rows, 1, 1));
    }
}
