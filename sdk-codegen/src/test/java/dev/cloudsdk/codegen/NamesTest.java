package dev.cloudsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void camelCaseComesFromSnakeKebabSpacedAndPascalNames() {
        assertThat(Names.camel("public_cloud_id")).isEqualTo("publicCloudId");
        assertThat(Names.camel("--oidc-client-id")).isEqualTo("oidcClientId");
        assertThat(Names.camel("pin data")).isEqualTo("pinData");
        assertThat(Names.camel("ActiveWorkflowCount")).isEqualTo("activeWorkflowCount");
        assertThat(Names.camel("cloud.provider")).isEqualTo("cloudProvider");
        assertThat(Names.camel("alreadyCamel")).isEqualTo("alreadyCamel");
    }

    @Test
    void capitalsOpeningANameAreLowerCasedUpToTheNextWord() {
        assertThat(Names.camel("ID")).isEqualTo("id");
        assertThat(Names.camel("URLPath")).isEqualTo("urlPath");
        assertThat(Names.camel("serviceID")).isEqualTo("serviceID");
    }

    @Test
    void pascalCaseNamesAClass() {
        assertThat(Names.pascal("public_cloud")).isEqualTo("PublicCloud");
        assertThat(Names.pascal("cloud-service")).isEqualTo("CloudService");
        assertThat(Names.pascal("URLPath")).isEqualTo("UrlPath");
        assertThat(Names.capitalize("")).isEmpty();
        assertThat(Names.decapitalize("PublicClouds")).isEqualTo("publicClouds");
    }

    @Test
    void aMemberIsAValidIdentifierAndNoKeyword() {
        assertThat(Names.member("class")).isEqualTo("classValue");
        assertThat(Names.member("default")).isEqualTo("defaultValue");
        assertThat(Names.member("record")).isEqualTo("recordValue");
        assertThat(Names.member("2fa")).isEqualTo("value2fa");
        assertThat(Names.member("")).isEqualTo("value");
        assertThat(Names.member("from")).as("only a model reserves it").isEqualTo("from");
        assertThat(Names.identifier("from", Names.MODEL_METHODS)).isEqualTo("fromValue");
        assertThat(Names.identifier("toString", Names.MODEL_METHODS)).isEqualTo("toStringValue");
        assertThat(Names.identifier("check", Set.of())).isEqualTo("check");
        assertThat(Names.JAVA_KEYWORDS).contains("var", "yield", "true", "null", "goto");
    }

    @Test
    void enumConstantsAreConstantCase() {
        assertThat(Names.constant("skip-instances")).isEqualTo("SKIP_INSTANCES");
        assertThat(Names.constant("ScalingDown")).isEqualTo("SCALING_DOWN");
        assertThat(Names.constant("dc3-a")).isEqualTo("DC3_A");
        assertThat(Names.constant("ipV6")).isEqualTo("IP_V6");
        assertThat(Names.constant("a -- b")).isEqualTo("A_B");
        assertThat(Names.constant("ALREADY_CONSTANT")).isEqualTo("ALREADY_CONSTANT");
        assertThat(Names.constant("2fa")).isEqualTo("V_2FA");
        assertThat(Names.constant("cloud-service_pin_data")).isEqualTo("CLOUD_SERVICE_PIN_DATA");
    }

    @Test
    void javadocTextIsEscaped() {
        assertThat(Names.escapeJavadoc("a < b && c > d @since */ {x}"))
                .isEqualTo("a &lt; b &amp;&amp; c &gt; d &#64;since *&#47; {x}");
        assertThat(Names.escapeJavadocLiteral("use {@code x}\n  here"))
                .isEqualTo("use &#123;&#64;code x&#125; here");
    }

    @Test
    void sentencesAndFragmentsTurnIntoEachOther() {
        assertThat(Names.asSentence("the project id")).isEqualTo("The project id.");
        assertThat(Names.asSentence("Done.")).isEqualTo("Done.");
        assertThat(Names.asSentence("")).isEmpty();
        assertThat(Names.asFragment("The OS family.")).isEqualTo("the OS family");
        assertThat(Names.asFragment("")).isEmpty();
        assertThat(Names.asFragmentOfProse("The project id.")).isEqualTo("the project id");
        assertThat(Names.asFragmentOfProse("ID of the project.")).isEqualTo("ID of the project");
        assertThat(Names.asFragmentOfProse("Public Cloud project")).isEqualTo("Public Cloud project");
        assertThat(Names.asFragmentOfProse("The OS family.")).as("read as a title").isEqualTo("The OS family");
        assertThat(Names.asFragmentOfProse("")).isEmpty();
    }

    @Test
    void aPascalNameReadsAsASentence() {
        assertThat(Names.sentenceOf("AddCustomDNSToResourceInstance")).isEqualTo("Add custom DNS to resource instance.");
        assertThat(Names.sentenceOf("List")).isEqualTo("List.");
    }
}
