/**
 * HTTP clients of the GPU model server: Veil's own batch scoring endpoint ({@code /v1/score}) and
 * an OpenAI-compatible {@code /v1/completions} with logprobs (vLLM, llama.cpp). Both turn a batch
 * of prompts into one P(true) per prompt and reject garbage answers as failures, never as
 * decisions.
 */
package io.veil.worker.model;
