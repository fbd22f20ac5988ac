/**
 * A typed DSL for {@code spaceone.api.core.v1.Query} and {@code StatisticsQuery}: filters with checked values,
 * sort, page, aggregation stages.
 */
package dev.cloudsdk.spaceone.query;
