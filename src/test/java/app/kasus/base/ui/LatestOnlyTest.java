package app.kasus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    @Test
    void onlyTheComputationStartedLastMayShowItsResult() {
        LatestOnly latest = new LatestOnly();
        long first = latest.start();
        assertThat(latest.isLatest(first)).isTrue();

        long second = latest.start();
        assertThat(latest.isLatest(first)).isFalse();
        assertThat(latest.isLatest(second)).isTrue();
    }
}
