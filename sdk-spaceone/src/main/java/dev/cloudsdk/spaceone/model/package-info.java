/** Immutable request and response messages of the SpaceONE client, and its open enums. */
package dev.cloudsdk.spaceone.model;
