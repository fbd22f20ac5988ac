package dev.cloudsdk.examples.omnistrate;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.examples.Walkthrough;
import dev.cloudsdk.omnistrate.ListSubscriptionParams;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.omnistrate.ProductTierKey;
import dev.cloudsdk.omnistrate.ResourceInstances;
import dev.cloudsdk.omnistrate.Snapshots;
import dev.cloudsdk.omnistrate.model.CreateResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.CreateSubscriptionOnBehalfOfCustomerRequest;
import dev.cloudsdk.omnistrate.model.DeleteResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.RestartResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.StartResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.StopResourceInstanceRequest;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrate;

/**
 * The Omnistrate walkthrough of {@code tour}: signs in, looks at the fleet (host clusters, users), then runs a
 * resource instance through its life: subscribe a customer, create the instance, stop, start, restart, snapshot,
 * delete it, terminate the subscription. Runs against {@link FakeOmnistrate} unless {@code OMNISTRATE_BASE_URL}
 * and credentials ({@code OMNISTRATE_TOKEN}, {@code OMNISTRATE_API_KEY} or {@code OMNISTRATE_EMAIL} with
 * {@code OMNISTRATE_PASSWORD}) are set; against a real endpoint only the read-only calls run, unless
 * {@code --allow-writes}. {@code --all-operations} then calls every operation of the generated {@link AllOperations},
 * the lists first, with the ids earlier answers held ({@link TourIds}) or else sample ids: the reads go out (a sample
 * id the server does not know answers an {@code api-error}), each write is reported as skipped unless
 * {@code --allow-writes}; with it, the writes change and delete the resources the learnt ids name: use a sandbox.
 */
public final class OmnistrateWalkthrough implements Walkthrough {

    private static final String SERVICE = "s-tour";
    private static final String ENVIRONMENT = "se-tour";

    @Override
    public String provider() {
        return "omnistrate";
    }

    @Override
    public void run(TourContext tour) {
        Environment env = tour.environment();
        boolean live = env.get("OMNISTRATE_BASE_URL").isPresent() && (env.get("OMNISTRATE_TOKEN").isPresent()
                || env.get("OMNISTRATE_API_KEY").isPresent() || env.get("OMNISTRATE_EMAIL").isPresent());
        FakeOmnistrate fake = live ? null : FakeOmnistrate.start();
        try (OmnistrateClient client = live ? liveClient(tour, env)
                : OmnistrateClient.builder().baseUrl(fake.baseUrl())
                        .signIn(FakeOmnistrate.EMAIL, FakeOmnistrate.PASSWORD).build()) {
            tour.note(live ? "live endpoint: " + client : "in-process fake at " + fake.baseUrl());
            lookAround(tour, client);
            if (live && !tour.allowWrites()) {
                tour.note("skipped the instance lifecycle: it changes the fleet (pass --allow-writes)");
            } else {
                lifecycle(tour, client);
            }
            if (tour.allOperations()) {
                if (!live) {
                    fake.specAnswersForUnknownIds(true);
                }
                AllOperations.run(client, tour);
            }
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
    }

    /**
     * The client {@link OmnistrateClient#fromEnv(Environment)} would build, plus the tour's guard against writes.
     * Its credentials: {@code OMNISTRATE_TOKEN}, or {@code OMNISTRATE_API_KEY}, or {@code OMNISTRATE_EMAIL} with
     * {@code OMNISTRATE_PASSWORD}, first found wins.
     */
    private static OmnistrateClient liveClient(TourContext tour, Environment env) {
        OmnistrateClient.Builder builder = OmnistrateClient.builder().baseUrl(env.require("OMNISTRATE_BASE_URL"))
                .addInterceptor(tour.live());
        if (env.get("OMNISTRATE_TOKEN").isPresent()) {
            builder.token(env.require("OMNISTRATE_TOKEN"));
        } else if (env.get("OMNISTRATE_API_KEY").isPresent()) {
            builder.apiKey(env.require("OMNISTRATE_API_KEY"));
        } else {
            builder.signIn(env.require("OMNISTRATE_EMAIL"), env.require("OMNISTRATE_PASSWORD"));
        }
        return builder.build();
    }

    private static void lookAround(TourContext tour, OmnistrateClient client) {
        tour.call("hostClusters.list", () -> client.hostClusters().list(),
                answer -> answer.hostClusters().size() + " host cluster(s)");
        tour.await("async: hostClusters.list and users.listAll at once", () -> client.async()
                .hostClusters().list().thenCombine(client.async().users().listAll(),
                        (clusters, users) -> clusters.hostClusters().size() + " host cluster(s), "
                                + users.items().size() + " user(s) on the first page"),
                both -> both);
        tour.call("users.listAll", () -> client.users().listAll().stream().count(), count -> count + " user(s)");
    }

    private static void lifecycle(TourContext tour, OmnistrateClient client) {
        String subscription = tour.call("subscriptions.createOnBehalfOfCustomer",
                () -> client.subscriptions().in(SERVICE, ENVIRONMENT).createOnBehalfOfCustomer(
                        CreateSubscriptionOnBehalfOfCustomerRequest.builder().productTierId("pt-tour")
                                .onBehalfOfCustomerUserId("user-ada").build()).id().orElseThrow(),
                id -> "subscription " + id);
        if (subscription == null) {
            return;
        }
        tour.call("subscriptions.list", () -> client.subscriptions().in(SERVICE, ENVIRONMENT).list(
                        ListSubscriptionParams.builder().pageSize(10L).build()).stream().count(),
                count -> count + " subscription(s)");
        String instance = tour.call("resourceInstances.create",
                () -> client.resourceInstances().create(ProductTierKey.builder()
                        .serviceProviderId("sp-tour").serviceKey("postgres").serviceApiVersion("v1")
                        .serviceEnvironmentKey("prod").serviceModelKey("byoa").productTierKey("tier").build(),
                        "db",
                        CreateResourceInstanceRequest.builder().cloudProvider("aws").region("us-east-1")
                                .subscriptionId(subscription).build()).id().orElseThrow(),
                id -> "instance " + id);
        if (instance != null) {
            instanceLife(tour, client, instance);
        }
        tour.call("subscriptions.terminate",
                () -> client.subscriptions().in(SERVICE, ENVIRONMENT).terminate(subscription));
    }

    private static void instanceLife(TourContext tour, OmnistrateClient client, String instance) {
        // the scope: the service and environment given once, so the ids after them cannot be swapped with them
        ResourceInstances.InEnvironment instances = client.resourceInstances().in(SERVICE, ENVIRONMENT);
        Snapshots.InEnvironment snapshots = client.snapshots().in(SERVICE, ENVIRONMENT);
        tour.call("resourceInstances.get", () -> instances.get(instance),
                answer -> "status " + answer.consumptionResourceInstanceResult().flatMap(r -> r.status()).orElse(null));
        tour.await("async: waiters.waitUntilResourceInstanceRunning", () -> client.async().waiters()
                .waitUntilResourceInstanceRunning(client.async().resourceInstances().in(SERVICE, ENVIRONMENT), instance,
                        TourContext.WAIT, RequestOptions.none()),
                answer -> "status " + answer.consumptionResourceInstanceResult().flatMap(r -> r.status()).orElse(null));
        tour.call("resourceInstances.stop", () -> instances.stop(instance,
                StopResourceInstanceRequest.builder().resourceId("db").build()));
        tour.call("resourceInstances.start", () -> instances.start(instance,
                StartResourceInstanceRequest.builder().resourceId("db").build()));
        tour.call("resourceInstances.restart", () -> instances.restart(instance,
                RestartResourceInstanceRequest.builder().resourceId("db").build()));
        String snapshot = tour.call("snapshots.create",
                () -> snapshots.create(instance).snapshotId().orElseThrow(),
                id -> "snapshot " + id);
        tour.call("snapshots.list", () -> snapshots.list(instance).snapshots().size(),
                count -> count + " snapshot(s)");
        if (snapshot != null) {
            tour.call("snapshots.get", () -> snapshots.get(instance, snapshot),
                    answer -> "status " + answer.status().orElse(null));
        }
        tour.call("resourceInstances.list",
                () -> instances.list().stream().count(),
                count -> count + " instance(s)");
        tour.call("resourceInstances.delete", () -> instances.delete(instance,
                DeleteResourceInstanceRequest.builder().resourceId("db").build()));
    }
}
