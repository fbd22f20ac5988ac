/**
 * The Omnistrate Fleet API client: {@code OmnistrateClient}, its resources and models.
 */
module dev.cloudsdk.omnistrate {
    requires transitive dev.cloudsdk.core;
    requires org.slf4j;
    requires static org.immutables.value.annotations;
    requires static java.compiler; // @javax.annotation.processing.Generated, source retention

    exports dev.cloudsdk.omnistrate;
    exports dev.cloudsdk.omnistrate.model;

    opens dev.cloudsdk.omnistrate to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.omnistrate.model to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.omnistrate.internal to com.fasterxml.jackson.databind;
}
