/**
 * The Infomaniak Public Cloud client: {@code InfomaniakClient}, its resources and models.
 */
module dev.cloudsdk.infomaniak {
    requires transitive dev.cloudsdk.core;
    requires static org.immutables.value.annotations;
    requires static java.compiler; // @javax.annotation.processing.Generated, source retention

    exports dev.cloudsdk.infomaniak;
    exports dev.cloudsdk.infomaniak.model;

    opens dev.cloudsdk.infomaniak to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.infomaniak.model to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.infomaniak.internal to com.fasterxml.jackson.databind;
}
