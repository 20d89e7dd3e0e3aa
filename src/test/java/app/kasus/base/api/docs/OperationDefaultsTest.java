package app.kasus.base.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

class OperationDefaultsTest {

    /** Stands for a controller: only its methods' names and annotations matter. */
    static class ExportLikeApi {
        @io.swagger.v3.oas.annotations.Operation(summary = "Coding as CSV")
        void csv() {
        }

        void jsonLd() {
        }

        void unknown() {
        }

        void passages() {
        }
    }

    @Test
    void summariesAndFeaturesComeFromNames() {
        assertThat(OperationDefaults.words("importQdpx")).isEqualTo("Import qdpx");
        assertThat(OperationDefaults.words("list")).isEqualTo("List");
        assertThat(OperationDefaults.feature(ExportLikeApi.class)).isEqualTo("Base");
        assertThat(OperationDefaults.feature(String.class)).isEqualTo("Java");
    }

    @Test
    void handlersToldApartByAParameterAreDescribedTogether() throws NoSuchMethodException {
        Map<RequestMappingInfo, HandlerMethod> all = new LinkedHashMap<>();
        all.put(get("/api/cases/{caseId}/export", "format=csv"), handler("csv"));
        all.put(get("/api/cases/{caseId}/export", "format=jsonld"), handler("jsonLd"));
        all.put(get("/api/cases/{caseId}/export"), handler("unknown"));
        all.put(get("/api/cases/{caseId}/passages"), handler("passages"));

        Operation jsonLd = new Operation().summary("Json ld").operationId("exportLikeApi.jsonLd");
        ParameterVariants.describe(jsonLd, handler("jsonLd"), all);
        Operation csv = new Operation().summary("Coding as CSV").operationId("exportLikeApi.csv");
        ParameterVariants.describe(csv, handler("csv"), all);

        assertThat(jsonLd.getSummary()).isEqualTo("Export, by format").isEqualTo(csv.getSummary());
        assertThat(jsonLd.getOperationId()).isEqualTo("exportByFormat").isEqualTo(csv.getOperationId());
        assertThat(jsonLd.getDescription()).isEqualTo("""
                - `format=csv`: Coding as CSV
                - `format=jsonld`: Json ld
                - otherwise: Unknown""");

        Operation passages = new Operation().summary("Passages").operationId("exportLikeApi.passages");
        ParameterVariants.describe(passages, handler("passages"), all);
        assertThat(passages.getSummary()).isEqualTo("Passages");
        assertThat(passages.getOperationId()).isEqualTo("exportLikeApi.passages");
        assertThat(passages.getDescription()).isNull();
    }

    private static RequestMappingInfo get(String path, String... params) {
        return RequestMappingInfo.paths(path).methods(RequestMethod.GET).params(params).build();
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        Method method = ExportLikeApi.class.getDeclaredMethod(name);
        return new HandlerMethod(new ExportLikeApi(), method);
    }
}
