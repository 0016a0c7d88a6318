/**
 * Accuracy measurement against annotated news: {@link dev.whosaid.eval.Scorer}, a port of the
 * reference scorer {@code shared/eval/score.py} that must agree with it figure for figure, and
 * {@link dev.whosaid.eval.EvalData}, which finds the shared eval folder (kept beside the project,
 * never in it: the PolNeAR articles are under the publishers' copyright).
 */
package dev.whosaid.eval;
