package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The responses the wire tests fake (the seed's examples, {@link SeedExamples}) against the description's response
 * schemas. The description is trustworthy for the catalogues (contract types, OS types, service types: checked with
 * no exception); elsewhere SCP's payload quirks are named exceptions of {@link SpecValidation}, one field each, and
 * anything else is reported. Skipped without {@code ../shared}.
 */
@ExtendWith(SharedDocuments.class)
class SeedResponsesTest {

    private static final String ITEM = "/v1/planned-computes/5f3688a192094ddeb0c94166a3e88935";

    /** Each seed section with its operation's method and a path of it. */
    static final List<Arguments> OPERATIONS = List.of(
            Arguments.of("1.1 - Change Request Planned Compute", "PUT", ITEM),
            Arguments.of("1.2 - Create Request Planned Computes", "POST", "/v1/planned-computes"),
            Arguments.of("1.3 - Get Planned Compute", "GET", ITEM),
            Arguments.of("1.4 - GetCancellationFee", "POST", "/v1/planned-computes/cancellation-fee"),
            Arguments.of("1.5 - List Contract Type", "GET", "/v1/planned-computes/contract-types"),
            Arguments.of("1.6 - List OS System", "GET", "/v1/planned-computes/os-types"),
            Arguments.of("1.7 - List Planned Compute Covered Resource", "GET", "/v1/planned-computes/instances"),
            Arguments.of("1.8 - ListPlannedComputes", "GET", "/v1/planned-computes"),
            Arguments.of("1.9 - ListServerType", "GET", "/v1/planned-computes/server-types"),
            Arguments.of("1.10 - ListServiceType", "GET", "/v1/planned-computes/service-types"));

    static List<Arguments> operations() {
        return OPERATIONS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void theSeedResponseFitsTheSchemaBarTheNamedQuirks(String section, String method, String path) {
        assertThat(validation().responseProblem(method, path, SeedExamples.response(section))).isEmpty();
    }

    @Test
    void everySeedSectionIsChecked() {
        assertThat(OPERATIONS.stream().map(arguments -> (String) arguments.get()[0]))
                .containsExactlyElementsOf(SeedExamples.SECTIONS);
    }

    @Test
    void aWrongTypeOutsideTheQuirksIsReported() {
        assertThat(validation().responseProblem("GET", "/v1/planned-computes/contract-types",
                "{\"contract_types\":\"01\",\"extension_types\":[]}"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .contains("GET /v1/planned-computes/contract-types", "[validation.response.body.schema.type]",
                                "/contract_types"));
        assertThat(validation().responseProblem("GET", "/v1/planned-computes",
                "{\"total_count\":\"0\",\"planned_computes\":[{\"state\":7,\"created_at\":\"2024-08-01 00:00:00\"}]}"))
                .as("a number as a string is excused in total_count, not a number where state is a string")
                .hasValueSatisfying(problem -> assertThat(problem)
                        .contains("[Path '/planned_computes/0/state']").doesNotContain("total_count", "created_at"));
        assertThat(validation().responseProblem("GET", "/v1/planned-computes", "{\"total_count\":0}"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("[validation.response.body.schema.required]",
                        "planned_computes"));
    }

    @Test
    void everyNamedQuirkIsNeededBySomeSeedResponse() {
        Map<String, Integer> before = SpecValidation.exceptionsApplied();
        for (Arguments operation : OPERATIONS) {
            Object[] values = operation.get();
            String body = SeedExamples.response((String) values[0]);
            validation().responseProblem((String) values[1], (String) values[2], body);
        }
        Map<String, Integer> after = SpecValidation.exceptionsApplied();
        for (String name : List.of(SpecValidation.DATE_TIME_WITHOUT_ZONE, SpecValidation.INTEGERS_AS_STRINGS,
                SpecValidation.YN_BOOLEAN, SpecValidation.STRING_FOR_OBJECT, SpecValidation.AMOUNT_AS_NUMBER)) {
            assertThat(after.getOrDefault(name, 0)).as("uses of %s", name).isGreaterThan(before.getOrDefault(name, 0));
        }
    }

    private static SpecValidation validation() {
        SpecValidation validation = SpecValidation.instance();
        assertThat(validation).as("validator for %s", SpecValidation.specFile()).isNotNull();
        return validation;
    }
}
