/**
 * Waiting until a resource reaches a state: {@link dev.cloudsdk.core.waiter.Waiter} polls with exponential
 * backoff and jitter within a total timeout, {@link dev.cloudsdk.core.waiter.WaiterOptions} sets the timing, and
 * {@link dev.cloudsdk.core.waiter.WaiterTimeoutException} or {@link dev.cloudsdk.core.waiter.WaiterFailureException}
 * end a wait that did not succeed. Each provider client offers ready-made waiters through {@code client.waiters()}.
 */
package dev.cloudsdk.core.waiter;
