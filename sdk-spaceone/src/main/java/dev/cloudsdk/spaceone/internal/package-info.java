/** Wire dialects, call table, error decoding and login of the SpaceONE client; not API. */
package dev.cloudsdk.spaceone.internal;
