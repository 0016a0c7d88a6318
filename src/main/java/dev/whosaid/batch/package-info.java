/**
 * Batch conversion: records in (JSON Lines, {@code .json}, {@code .txt}, directories of them, gzip or
 * not: {@link dev.whosaid.batch.Inputs}), one JSON line out per record, in order, with error lines in
 * place of records that cannot be analysed ({@link dev.whosaid.batch.RecordConverter}), analysed on
 * several threads ({@link dev.whosaid.batch.BatchConverter}), written whole and resumable after a crash
 * ({@link dev.whosaid.batch.BatchOutput}, {@link dev.whosaid.batch.ResumePoint}), with a CSV of quotes
 * beside ({@link dev.whosaid.batch.QuoteCsv}). Part of the API: {@code whosaid convert} is a thin shell
 * over it.
 */
package dev.whosaid.batch;
