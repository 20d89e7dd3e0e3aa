package app.kasus.roster.ui;

import app.kasus.security.AccountSummary;
import java.util.List;

/** A line of the accounts list: the account and the groups it belongs to, read together for the visible page. */
record AccountRow(AccountSummary account, List<String> groups) {

    String username() {
        return account.username();
    }

    AccountRow with(AccountSummary changed) {
        return new AccountRow(changed, groups);
    }
}
