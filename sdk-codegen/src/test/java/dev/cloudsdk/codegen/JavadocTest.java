package dev.cloudsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTest {

    @Test
    void aSummaryTheDescriptionRepeatsIsSaidOnce() {
        assertThat(Javadoc.summaryAndDescription("List all public clouds.",
                "List all public clouds for the given account."))
                .isEqualTo("List all public clouds for the given account.");
        assertThat(Javadoc.summaryAndDescription("Get a project.", "get a project"))
                .isEqualTo("get a project");
        assertThat(Javadoc.summaryAndDescription("Delete a user and its keys.", "Delete a user"))
                .isEqualTo("Delete a user and its keys.");
    }

    @Test
    void differentSentencesAreBothKept() {
        assertThat(Javadoc.summaryAndDescription("Create a project.", "The name must be unique."))
                .isEqualTo("Create a project. The name must be unique.");
        assertThat(Javadoc.summaryAndDescription("", "Only this.")).isEqualTo("Only this.");
        assertThat(Javadoc.summaryAndDescription("Only this.", " ")).isEqualTo("Only this.");
    }
}
