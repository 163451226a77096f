#!/usr/bin/env python3
"""make bench, serve part: save-to-reload-event latency of `briefing serve` for a one-briefing edit
on the 1,000-briefing yardstick corpus, for a paragraph edit (goal: median <= 30 ms) and a claim's
verdict change (goal: median <= 100 ms).

It starts `briefing serve --port 0` on a copy of the corpus, listens on the live-reload event
stream like an open page, then edits one briefing as editors save (write a temporary file, rename
it over the old one) and times each save until the `reload` event arrives, and until the `search`
event that follows it (the search index is written after the pages). The next save comes 0.2 s
after the index (a save made while the index is still being written waits for it). Prints the
median and the worst of the runs.

Usage: serve_latency.py BRIEFING_BINARY [--corpus DIR] [--runs N] [--work DIR]
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "gen_corpus.py")


class Events:
    """The server's event stream on a socket, past the response head and first comment."""

    def __init__(self, port):
        self.conn = socket.create_connection(("127.0.0.1", port))
        self.conn.sendall(b"GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.conn.settimeout(30)
        self.buffer = b""
        while b": connected" not in self.buffer:
            self.buffer += self.conn.recv(65536)
        self.buffer = self.buffer[self.buffer.index(b": connected"):]

    def wait_for(self, name):
        """Reads up to and including the next event called `name`; returns its data."""
        marker = f"event: {name}\n".encode()
        while True:
            if b"event: failure" in self.buffer:
                sys.exit("the rebuild failed:\n" + self.buffer.decode(errors="replace")[:2000])
            at = self.buffer.find(marker)
            end = self.buffer.find(b"\n\n", at) if at >= 0 else -1
            if end >= 0:
                block = self.buffer[at:end].decode(errors="replace")
                self.buffer = self.buffer[end + 2:]
                return block.split("data: ", 1)[1] if "data: " in block else ""
            chunk = self.conn.recv(65536)
            if not chunk:
                sys.exit("the event stream closed")
            self.buffer += chunk


DESCRIPTIONS = {
    "paragraph": "a paragraph added (only its page changes; goal <= 30 ms)",
    "verdict": "a claim's verdict changed (listings, claims pages, search follow; goal <= 100 ms)",
}


def edit(original, kind, run):
    """The briefing after save number `run` of an edit of `kind`."""
    if kind == "paragraph":
        return original.rstrip("\n") + f"\n\nAn added paragraph, save {run}.\n"
    status = ("supported", "disputed")[run % 2]
    edited, count = re.subn(r"(?m)^    status: \w+$", f"    status: {status}", original, count=1)
    if count != 1:
        sys.exit("the benchmark briefing has no claim to change")
    return edited


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--corpus", help="an existing corpus folder (holding Content/)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "briefing-bench"))
    args = parser.parse_args()
    corpus = args.corpus or os.path.join(args.work, "corpora", "long")
    if not os.path.exists(os.path.join(corpus, "Content", "site.yaml")):
        subprocess.run([sys.executable, GENERATOR, corpus], check=True, stdout=subprocess.DEVNULL)
    site = os.path.join(args.work, "serve-site")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(os.path.join(corpus, "Content"), os.path.join(site, "Content"))
    server = subprocess.Popen([os.path.abspath(args.binary), "serve", "--port", "0"], cwd=site,
                              stderr=subprocess.PIPE, text=True)
    try:
        port = None
        started = time.perf_counter()
        for line in server.stderr:
            found = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
        if port is None:
            sys.exit("serve did not start")
        first_build = time.perf_counter() - started
        log = []
        threading.Thread(target=lambda: log.extend(server.stderr), daemon=True).start()
        events = Events(port)
        briefings = os.path.join(site, "Content", "briefings")
        target = os.path.join(briefings, sorted(os.listdir(briefings))[len(os.listdir(briefings)) // 2])
        with open(target, encoding="utf-8") as file:
            original = file.read()
        for kind in ("paragraph", "verdict"):
            latencies, indexed = [], []
            for run in range(args.runs):
                edited = edit(original, kind, run)
                temporary = os.path.join(briefings, ".edit.tmp")
                with open(temporary, "w", encoding="utf-8") as file:
                    file.write(edited)
                saved = time.perf_counter()
                os.rename(temporary, target)
                data = events.wait_for("reload")
                latencies.append((time.perf_counter() - saved) * 1000)
                if data.endswith("search-follows"):
                    events.wait_for("search")
                    indexed.append((time.perf_counter() - saved) * 1000)
                time.sleep(0.2)
            latencies.sort()
            if kind == "paragraph":
                print("\n## serve: save-to-reload-event latency, one-briefing edit, 1,000-briefing corpus")
                print(f"first build (serve start-up): {first_build:.2f} s")
                print("| edit | runs | median ms | p90 ms | worst ms | index written, median ms |\n|---|---|---|---|---|---|")
            p90 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.9))]
            index = f"{statistics.median(indexed):.0f}" if indexed else "with the pages"
            print(f"| {DESCRIPTIONS[kind]} | {len(latencies)} | {statistics.median(latencies):.0f} | {p90:.0f} "
                  f"| {latencies[-1]:.0f} | {index} |")
            rebuilds = [line.strip() for line in log if "rebuilt in" in line]
            if rebuilds:
                print(f"  last rebuild, as serve logs it: {rebuilds[-1]}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            sys.exit("serve did not stop within 10 s of SIGTERM")


if __name__ == "__main__":
    main()
