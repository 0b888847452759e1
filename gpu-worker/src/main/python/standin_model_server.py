#!/usr/bin/env python3
"""STAND-IN model server for Veil's tests. NOT a model: it decides by a fixed keyword rule.

It speaks both protocols the gpu-worker's model client speaks, so the real supervisor and
clients can be tested as real processes on machines without a GPU:

  POST /v1/score         {"prompts": [...]}  ->  {"p_true": [...]}
  POST /v1/completions   OpenAI legacy completions with max_tokens 1 and logprobs
  GET  /health, /ready   200 when up (/ready only after the start delay)
  POST /control          {"mode": "normal|hang|slow|garbage|die", "delay_ms": N, "garbage": KIND}

The rule reads the prompt's Content section (between "Content:\\n" and "<|im_end|>"):
  "SECRET" -> 0.97, "MAYBE" -> 0.5, nine or more digits -> 0.9, otherwise 0.03.

Switches (flags, also settable at run time through /control):
  --mode hang       stop answering everything, health included (sleeps, never replies)
  --mode slow       answer scoring requests after --delay-ms
  --mode garbage    answer scoring requests with garbage of kind --garbage
                    (text | short | nan | range | nulls)
  --mode die        exit at once (exit code 3) on the next scoring request
  --ready-delay-ms  report /ready 503 for this long after start (slow start)
  --crash-on-start  exit (code 3) right after start, before serving (crash loop)

Standard library only; it never logs prompts, only request paths, sizes and durations.
"""
import argparse
import json
import math
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONTENT = re.compile(r"Content:\n(.*?)(?:<\|im_end\|>|$)", re.S)
DIGITS9 = re.compile(r"\d{9,}")
HANG_SECONDS = 3600  # "forever" for a test, yet bounded so a leaked process ends by itself


class State:
    def __init__(self, args):
        self.lock = threading.Lock()
        self.mode = args.mode
        self.delay_ms = args.delay_ms
        self.garbage = args.garbage
        self.ready_at = time.monotonic() + args.ready_delay_ms / 1000.0

    def snapshot(self):
        with self.lock:
            return self.mode, self.delay_ms, self.garbage


def p_true(prompt):
    m = CONTENT.search(prompt)
    content = m.group(1) if m else prompt
    if "SECRET" in content:
        return 0.97
    if "MAYBE" in content:
        return 0.5
    if DIGITS9.search(content):
        return 0.9
    return 0.03


def garbage_scores(kind, n):
    if kind == "short":
        return {"p_true": [0.5] * max(0, n - 1)}
    if kind == "nan":
        return {"p_true": [float("nan")] * n}
    if kind == "range":
        return {"p_true": [1.7] * n}
    if kind == "nulls":
        return {"p_true": [None] * n}
    return None  # "text": not JSON at all


def completion(prompts, probs):
    choices = []
    for i, p in enumerate(probs):
        top = {" true": math.log(max(p, 1e-12)), " false": math.log(max(1.0 - p, 1e-12)),
               " maybe": math.log(1e-4)}
        choices.append({"index": i, "text": " true" if p >= 0.5 else " false",
                        "logprobs": {"tokens": [" true" if p >= 0.5 else " false"],
                                     "token_logprobs": [max(top.values())],
                                     "top_logprobs": [top]},
                        "finish_reason": "length"})
    return {"id": "cmpl-standin", "object": "text_completion", "model": "standin",
            "choices": choices}


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            pass  # requests are logged below without bodies

        def reply(self, code, body, raw=None):
            data = raw if raw is not None else json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def hang_if_asked(self):
            mode, _, _ = state.snapshot()
            if mode == "hang":
                time.sleep(HANG_SECONDS)
                return True
            return False

        def do_GET(self):
            if self.hang_if_asked():
                return
            if self.path == "/health":
                self.reply(200, {"status": "up", "gpu": os.environ.get("CUDA_VISIBLE_DEVICES")})
            elif self.path == "/ready":
                ready = time.monotonic() >= state.ready_at
                self.reply(200 if ready else 503, {"ready": ready})
            else:
                self.reply(404, {"error": "unknown path"})

        def read_json(self):
            length = int(self.headers.get("Content-Length") or 0)
            return json.loads(self.rfile.read(length) or b"{}")

        def do_POST(self):
            if self.path == "/control":
                body = self.read_json()
                with state.lock:
                    state.mode = body.get("mode", state.mode)
                    state.delay_ms = int(body.get("delay_ms", state.delay_ms))
                    state.garbage = body.get("garbage", state.garbage)
                print(f"standin: mode set to {state.mode}", flush=True)
                self.reply(200, {"mode": state.mode})
                return
            if self.hang_if_asked():
                return
            mode, delay_ms, garbage = state.snapshot()
            if mode == "die":
                print("standin: dying as asked", flush=True)
                os._exit(3)
            started = time.monotonic()
            body = self.read_json()
            if self.path == "/v1/score":
                prompts = body.get("prompts")
            elif self.path == "/v1/completions":
                prompts = body.get("prompt")
                prompts = [prompts] if isinstance(prompts, str) else prompts
            else:
                self.reply(404, {"error": "unknown path"})
                return
            if not isinstance(prompts, list):
                self.reply(400, {"error": "prompts must be a list"})
                return
            if mode == "slow":
                time.sleep(delay_ms / 1000.0)
            probs = [p_true(p) for p in prompts]
            if mode == "garbage":
                g = garbage_scores(garbage, len(prompts))
                if self.path == "/v1/completions" and g is not None:
                    g = {"choices": [{"index": 0, "text": "{"}]}
                raw = b"<html>surprise</html>" if g is None else json.dumps(g).encode()
                self.reply(200, None, raw=raw)
            elif self.path == "/v1/score":
                self.reply(200, {"p_true": probs})
            else:
                self.reply(200, completion(prompts, probs))
            took = (time.monotonic() - started) * 1000
            print(f"standin: {self.path} items={len(prompts)} ms={took:.1f}", flush=True)

    return Handler


def main():
    ap = argparse.ArgumentParser(description="Veil STAND-IN model server (tests only)")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--mode", default="normal", choices=["normal", "hang", "slow", "garbage", "die"])
    ap.add_argument("--delay-ms", type=int, default=0)
    ap.add_argument("--garbage", default="text", choices=["text", "short", "nan", "range", "nulls"])
    ap.add_argument("--ready-delay-ms", type=int, default=0)
    ap.add_argument("--crash-on-start", action="store_true")
    args = ap.parse_args()
    print(f"standin: starting pid={os.getpid()} port={args.port} mode={args.mode} "
          f"gpu={os.environ.get('CUDA_VISIBLE_DEVICES', '')}", flush=True)
    if args.crash_on_start:
        print("standin: crashing on start as asked", file=sys.stderr, flush=True)
        sys.exit(3)
    server = ThreadingHTTPServer((args.host, args.port), make_handler(State(args)))
    server.daemon_threads = True
    print("standin: serving", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
