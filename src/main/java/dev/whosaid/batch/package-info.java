/**
 * JSON Lines in, JSON Lines out: one output line per input record, in order, with error records in
 * place of records that cannot be analysed. Part of the API.
 */
package dev.whosaid.batch;
