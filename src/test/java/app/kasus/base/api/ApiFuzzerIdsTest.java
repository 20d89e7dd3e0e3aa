package app.kasus.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fuzzer's hostile ids in writes never name a row the server could find ({@link DecimalIds} is the server's own
 * reading of an id), so a generated write cannot change the demo data the other test classes of the JVM share.
 */
class ApiFuzzerIdsTest {

    @Property(tries = 3000)
    void aHostileIdInAWriteIsRefusedOrNamesNoStoredRow(@ForAll("writeIds") String value) {
        long id;
        try {
            id = DecimalIds.parse(value);
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertThat(id == 0 || id > 1_000_000_000L).as("%s reads as id %d", value, id).isTrue();
    }

    @Provide
    Arbitrary<String> writeIds() {
        return HostileValues.ids().filter(ApiFuzzer::namesNoStoredRow);
    }

    @Example
    void smallPlainNumbersAreLeftOutWhateverTheirSpelling() {
        assertThat(ApiFuzzer.namesNoStoredRow("1")).isFalse();
        assertThat(ApiFuzzer.namesNoStoredRow("0001")).isFalse();
        assertThat(ApiFuzzer.namesNoStoredRow("1000000000")).isFalse();
        assertThat(ApiFuzzer.namesNoStoredRow("1000000001")).isTrue();
        assertThat(ApiFuzzer.namesNoStoredRow("0")).isTrue();
        assertThat(ApiFuzzer.namesNoStoredRow("+1")).as("refused by the server").isTrue();
        assertThat(ApiFuzzer.namesNoStoredRow("１")).as("refused by the server").isTrue();
        assertThat(ApiFuzzer.namesNoStoredRow("-1")).isTrue();
    }
}
