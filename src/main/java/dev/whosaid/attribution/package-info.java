/**
 * Entities, quotes, speakers, cues, about and when, found in a parsed, normalized document.
 *
 * <p><b>Internal.</b> Public only so that whosaid's own packages can reach it; not part of the API.
 * Users depend on {@link dev.whosaid.WhoSaid}, the records of {@code dev.whosaid.model}, the batch
 * converter in {@code dev.whosaid.batch} and the command line, which keep their promises across versions.
 */
package dev.whosaid.attribution;
