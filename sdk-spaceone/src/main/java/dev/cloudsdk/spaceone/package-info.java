/**
 * Client of SpaceONE's inventory cloud services and billing data sources: {@link
 * dev.cloudsdk.spaceone.SpaceOneClient}, its resource classes and the params of list calls.
 */
package dev.cloudsdk.spaceone;
