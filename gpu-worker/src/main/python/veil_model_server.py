#!/usr/bin/env python3
"""Veil's GPU model server: P(true) for a batch of prompts from a merged EXL2 Qwen model.

  POST /v1/score  {"prompts": ["<ChatML prompt ending with {\"is_sensitive\":>", ...]}
               -> {"p_true": [0.97, ...]}   one probability per prompt, in order
  GET  /health  200 while the process serves HTTP
  GET  /ready   200 once the model is loaded and has passed its self-check, 503 before

Each prompt ends right before the decision token, so one forward pass gives the answer:
P(true) = P(" true") / (P(" true") + P(" false")) at the last position. Prompts are scored in
padded batches with the model's own forward (ExLlamaV2.forward), not with the dynamic generator,
which prefills one prompt per pass. The worker supervises this process (see README.md).
"""
import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import torch
from exllamav2 import ExLlamaV2, ExLlamaV2Cache, ExLlamaV2Config, ExLlamaV2Tokenizer

# Additive attention bias on left padding. Finite on purpose: a pad row that masks every key with
# -inf softmaxes to NaN, and NaN in a pad position's values poisons real rows (0 * NaN = NaN).
# -30000 still underflows exp() to 0 and stays finite in fp16 after adding an attention score.
PAD_BIAS = -30000.0
# The self-check tolerates fp16 rounding differences between batched and single passes.
SELF_CHECK_TOLERANCE = 0.02
MAX_PROMPTS_PER_REQUEST = 4096


def log(msg):
    print(f"veil-model-server: {msg}", file=sys.stderr, flush=True)


class Scorer:
    """The model, its cache and tokenizer; one batch at a time (they are not thread-safe)."""

    def __init__(self, model_dir, max_batch, max_seq_len):
        config = ExLlamaV2Config(model_dir)
        config.max_seq_len = max_seq_len
        config.max_batch_size = max_batch
        self.model = ExLlamaV2(config)
        self.cache = ExLlamaV2Cache(self.model, batch_size=max_batch, max_seq_len=max_seq_len,
                                    lazy=True)
        self.model.load_autosplit(self.cache)
        self.tokenizer = ExLlamaV2Tokenizer(config)
        self.max_batch = max_batch
        self.max_seq_len = max_seq_len
        self.true_id = self.single_token(" true")
        self.false_id = self.single_token(" false")
        self.lock = threading.Lock()

    def single_token(self, text):
        ids = self.tokenizer.encode(text)[0].tolist()
        if len(ids) != 1:
            raise SystemExit(f"{text!r} is {len(ids)} tokens in this tokenizer, expected 1")
        return ids[0]

    def score(self, prompts):
        with self.lock:
            out = []
            for i in range(0, len(prompts), self.max_batch):
                out.extend(self.score_batch(prompts[i:i + self.max_batch]))
            return out

    @torch.inference_mode()
    def score_batch(self, prompts):
        # The prompts hold ChatML control tokens (<|im_start|> ...), so special tokens are parsed.
        # encode() pads on the left; offsets[i] is minus row i's padding length.
        ids, offsets = self.tokenizer.encode(prompts, encode_special_tokens=True,
                                             return_offsets=True)
        if ids.shape[-1] > self.max_seq_len:
            raise ValueError(f"prompt of {ids.shape[-1]} tokens exceeds max_seq_len")
        # A tokenizer without a pad token pads with -1, which no embedding row has; any valid id
        # will do there, since padding is masked.
        ids[ids < 0] = 0
        # Mask padding by position, not by token id: the pad id may also occur inside a prompt.
        mask = torch.zeros(ids.shape, dtype=torch.half)
        for row, off in enumerate(offsets.tolist()):
            mask[row, :-off] = PAD_BIAS
        self.cache.current_seq_len = 0
        # last_id_only: logits of the last position only, shape (batch, 1, vocab). With left
        # padding every row's last position is its own last token. position_offsets shifts each
        # row's positions so that its first real token sits at position 0, as if unpadded.
        logits = self.model.forward(ids, self.cache, input_mask=mask, position_offsets=offsets,
                                    last_id_only=True)
        pair = logits[:, -1, [self.true_id, self.false_id]].float()
        # softmax over the two logits equals P(true) / (P(true) + P(false)) of the full softmax:
        # the full softmax's normaliser cancels.
        p_true = torch.softmax(pair, dim=-1)[:, 0]
        return [float(p) for p in p_true.cpu()]

    def self_check(self):
        """Scores two prompts of different lengths batched and alone; padding must not matter."""
        prompts = ["<|im_start|>user\nshort<|im_end|>\n<|im_start|>assistant\n{\"is_sensitive\":",
                   "<|im_start|>user\na longer prompt, so that the batch needs left padding "
                   "of several tokens<|im_end|>\n<|im_start|>assistant\n{\"is_sensitive\":"]
        batched = self.score(prompts)
        alone = [self.score([p])[0] for p in prompts]
        for b, a in zip(batched, alone):
            if abs(b - a) > SELF_CHECK_TOLERANCE:
                raise SystemExit(f"self-check failed: batched {b:.4f} vs alone {a:.4f}")
        log(f"self-check passed: batched {batched} alone {alone}")


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            pass  # never log request lines with bodies; sizes and durations are logged below

        def reply(self, code, body):
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if self.path == "/health":
                self.reply(200, {"status": "up"})
            elif self.path == "/ready":
                ready = state["scorer"] is not None
                self.reply(200 if ready else 503, {"ready": ready})
            else:
                self.reply(404, {"error": "unknown path"})

        def do_POST(self):
            if self.path != "/v1/score":
                self.reply(404, {"error": "unknown path"})
                return
            scorer = state["scorer"]
            if scorer is None:
                self.reply(503, {"error": "model not loaded"})
                return
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                prompts = body["prompts"]
                if (not isinstance(prompts, list) or len(prompts) > MAX_PROMPTS_PER_REQUEST
                        or not all(isinstance(p, str) for p in prompts)):
                    raise ValueError("prompts must be a list of at most "
                                     f"{MAX_PROMPTS_PER_REQUEST} strings")
            except (ValueError, KeyError, TypeError) as e:
                self.reply(400, {"error": f"bad request: {type(e).__name__}"})
                return
            started = time.monotonic()
            try:
                p_true = scorer.score(prompts) if prompts else []
            except ValueError as e:
                self.reply(400, {"error": str(e)})
                return
            self.reply(200, {"p_true": p_true})
            log(f"scored {len(prompts)} prompts in {(time.monotonic() - started) * 1000:.1f} ms")

    return Handler


def main():
    ap = argparse.ArgumentParser(description="Veil GPU model server (ExLlamaV2, EXL2 Qwen)")
    ap.add_argument("--model", required=True, help="directory of the merged EXL2 model")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8081)
    ap.add_argument("--max-batch", type=int, default=32)
    ap.add_argument("--max-seq-len", type=int, default=2048)
    args = ap.parse_args()

    state = {"scorer": None}
    server = ThreadingHTTPServer((args.host, args.port), make_handler(state))
    server.daemon_threads = True
    # Serve /health at once and /ready only after loading, so the supervisor can tell a slow
    # start from a dead process.
    threading.Thread(target=server.serve_forever, daemon=True).start()
    log(f"listening on {args.host}:{args.port}, loading {args.model}")
    started = time.monotonic()
    scorer = Scorer(args.model, args.max_batch, args.max_seq_len)
    scorer.self_check()
    state["scorer"] = scorer
    log(f"ready after {time.monotonic() - started:.1f} s")
    threading.Event().wait()  # serve until the supervisor's SIGTERM


if __name__ == "__main__":
    main()
