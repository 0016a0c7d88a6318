/**
 * The only package that touches Stanford CoreNLP: runs it and converts its output into whosaid's own types.
 *
 * <p><b>Internal.</b> Public only so that whosaid's own packages can reach it; not part of the API.
 * Users depend on {@link dev.whosaid.WhoSaid}, the records of {@code dev.whosaid.model}, the batch
 * converter in {@code dev.whosaid.batch} and the command line, which keep their promises across versions.
 */
package dev.whosaid.nlp;
