package app.kasus.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where the fuzzer reads an accepted change back. A group's members answer with the group, which is read back at the
 * group's path: read back at their own path, an accepted change of a group's members failed the property (CI, a run
 * that happened to send a valid, empty member list).
 */
class ApiFuzzerReadBackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChangeOfAPartIsReadBackAtItsOwner() throws Exception {
        assertThat(readBack("PUT", "/api/groups/40/members", "{\"id\":40,\"name\":\"G\",\"version\":1,\"members\":[]}"))
                .contains("/api/groups/40");
    }

    @Test
    void aChangeOfAThingIsReadBackAtItsOwnPath() throws Exception {
        assertThat(readBack("PUT", "/api/groups/40", "{\"id\":40,\"name\":\"G\",\"version\":1,\"members\":[]}"))
                .contains("/api/groups/40");
        assertThat(readBack("PUT", "/api/annotations/400", "{\"id\":400,\"passageId\":40}"))
                .contains("/api/annotations/400");
        assertThat(readBack("PUT", "/api/cases/7/codebook", "{\"codes\":[]}")).contains("/api/cases/7/codebook");
        assertThat(readBack("POST", "/api/groups/40/members", "{\"id\":40}")).isEmpty();
    }

    private static Optional<String> readBack(String method, String path, String answer) throws Exception {
        JsonNode acknowledged = JSON.readTree(answer);
        FuzzRequest request = new FuzzRequest(new ApiOperations.Op(method, path, List.of(), null, null),
                FuzzRequest.Caller.INSTRUCTOR, path, "", Map.of(), null, null);
        return ApiFuzzer.readBackPath(new ApiFuzzer.Sent(request, null, 200, "application/json", answer,
                Optional.empty()), acknowledged);
    }
}
