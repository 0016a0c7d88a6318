/**
 * The output model, contract v1: immutable records that serialize to exactly the JSON of the contract
 * (see the JSON Schema in {@code dev/whosaid/schema/output-v1.schema.json}). Part of the API.
 */
package dev.whosaid.model;
