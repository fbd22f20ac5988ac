/**
 * The Samsung Cloud Platform BillingPlan client: {@code ScpClient}, its resources and models, and the request signer.
 */
module dev.cloudsdk.scp {
    requires transitive dev.cloudsdk.core;
    requires static org.immutables.value.annotations;
    requires static java.compiler; // @javax.annotation.processing.Generated, source retention

    exports dev.cloudsdk.scp;
    exports dev.cloudsdk.scp.auth;
    exports dev.cloudsdk.scp.model;

    opens dev.cloudsdk.scp to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.scp.model to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.scp.internal to com.fasterxml.jackson.databind;
}
