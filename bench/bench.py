#!/usr/bin/env python3
"""make bench: briefing's build time and memory against Hugo and a floor, in one run.

For each corpus it prints the median of several `briefing build` runs (wall time, pages/s,
MB of Markdown/s, peak memory, bytes written), Hugo's time on the same files with minimal
templates, and the floor: the `cmark` command over the same Markdown concatenated into one input
(one process, one thread) plus `cp -r` of briefing's own output folder, each timed in the same
run. Runs alternate, so machine noise hits all alike. Goals (issue 12): build <= 1.5 x the floor,
peak memory <= 0.5 x Hugo's. Then glossary scaling: the same briefings with 100, 1,000 and 10,000
glossary entries.

Usage: bench.py BRIEFING_BINARY [--corpus DIR] [--runs N] [--work DIR]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "gen_corpus.py")


def generate(out, *args):
    if not os.path.exists(os.path.join(out, "Content", "site.yaml")):
        subprocess.run([sys.executable, GENERATOR, out, *args], check=True, stdout=subprocess.DEVNULL)
    return out


CPU = {}


def timed(command, cwd=None):
    """Wall seconds and peak resident memory (MB) of one run, through /usr/bin/time; the CPU
    seconds (user + system) are kept in CPU by command name, the steadier figure on a busy machine."""
    with tempfile.NamedTemporaryFile("r") as report:
        started = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%M %U %S", *command], cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
        peak_kb, user, system = report.read().strip().splitlines()[-1].split()
    CPU.setdefault(os.path.basename(command[0]), []).append(float(user) + float(system))
    return elapsed, int(peak_kb) / 1024


def folder_bytes(folder):
    """Bytes of every file under `folder`, and how many files."""
    total, count = 0, 0
    for root, _, names in os.walk(folder):
        for name in names:
            total += os.path.getsize(os.path.join(root, name))
            count += 1
    return total, count


def markdown_files(content):
    files = []
    for folder in ("briefings", "glossary"):
        path = os.path.join(content, folder)
        files += [os.path.join(path, name) for name in sorted(os.listdir(path)) if name.endswith(".md")]
    return files


def hugo_site(corpus, work):
    """A Hugo site whose content folder is the corpus's Content/ (briefings and glossary as sections)."""
    site = os.path.join(work, "hugo-site")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "hugo"), site)
    content = os.path.join(site, "content")
    os.makedirs(content)
    for folder in ("briefings", "glossary"):
        os.symlink(os.path.join(corpus, "Content", folder), os.path.join(content, folder))
    return site


def measure(name, corpus, binary, runs, work):
    content = os.path.join(corpus, "Content")
    files = markdown_files(content)
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6
    joined = os.path.join(work, "all.md")
    with open(joined, "wb") as out:
        for path in files:
            with open(path, "rb") as source:
                out.write(source.read())
                out.write(b"\n\n")
    output = os.path.join(work, "briefing-out")
    hugo_out = os.path.join(work, "hugo-out")
    site = hugo_site(corpus, work)
    hugo = shutil.which("hugo")
    copied = os.path.join(work, "copy-out")
    ours, theirs, parse, copy, ours_mem, theirs_mem = [], [], [], [], [], []
    CPU.clear()
    for _ in range(runs):
        seconds, memory = timed([binary, "build", "--content", content, "--output", output], cwd=work)
        ours.append(seconds)
        ours_mem.append(memory)
        if hugo:
            shutil.rmtree(hugo_out, ignore_errors=True)
            seconds, memory = timed([hugo, "--quiet", "-s", site, "-d", hugo_out])
            theirs.append(seconds)
            theirs_mem.append(memory)
        parse.append(timed(["cmark", joined])[0])
        shutil.rmtree(copied, ignore_errors=True)
        subprocess.run(["sync"])
        copy.append(timed(["cp", "-r", output, copied])[0])
    shutil.rmtree(copied, ignore_errors=True)
    pages = sum(1 for root, _, names in os.walk(output) for n in names if n.endswith(".html"))
    ours_bytes, ours_files = folder_bytes(output)
    ours_s, parse_s, copy_s = statistics.median(ours), statistics.median(parse), statistics.median(copy)
    floor_s = parse_s + copy_s
    print(f"\n## {name}: {len(files)} Markdown files, {megabytes:.1f} MB; median of {runs} runs")
    print(f"| | wall s | pages/s | MB/s | peak MB | written MB (files) |")
    print(f"|---|---|---|---|---|---|")
    print(f"| briefing build | {ours_s:.2f} | {pages / ours_s:,.0f} | {megabytes / ours_s:.1f} | {max(ours_mem):.0f} "
          f"| {ours_bytes / 1e6:.0f} ({ours_files:,}) |")
    print(f"| floor: cmark (one input, one thread) + cp -r of briefing's output | {floor_s:.2f} "
          f"({parse_s:.2f} + {copy_s:.2f}) | | {megabytes / floor_s:.1f} | | |")
    if theirs:
        hugo_s = statistics.median(theirs)
        hugo_bytes, hugo_files = folder_bytes(hugo_out)
        print(f"| hugo (minimal templates) | {hugo_s:.2f} | | {megabytes / hugo_s:.1f} | {max(theirs_mem):.0f} "
              f"| {hugo_bytes / 1e6:.0f} ({hugo_files:,}) |")
        print(f"\nratios: build / floor = {ours_s / floor_s:.2f} (goal <= 1.5); build / hugo = {ours_s / hugo_s:.2f}"
              f" (goal < 1, stretch 0.5); hugo / floor = {hugo_s / floor_s:.2f};"
              f" peak memory / hugo's = {max(ours_mem) / max(theirs_mem):.2f} (goal <= 0.5);"
              f" bytes written / hugo's = {ours_bytes / hugo_bytes:.1f}")
    else:
        print(f"\nratios: build / floor = {ours_s / floor_s:.2f} (goal <= 1.5); hugo not installed")
    cpu = {name: statistics.median(values) for name, values in CPU.items()}
    print("CPU seconds (user + system, medians): " + ", ".join(f"{name} {value:.2f}" for name, value in sorted(cpu.items())))
    return megabytes, ours_s


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--corpus", help="an existing corpus folder (holding Content/) instead of generated ones")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "briefing-bench"))
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    os.makedirs(args.work, exist_ok=True)
    corpora = os.path.join(args.work, "corpora")
    if args.corpus:
        measure(os.path.basename(os.path.abspath(args.corpus)), os.path.abspath(args.corpus), binary, args.runs, args.work)
        return
    measure("1,000 long briefings", generate(os.path.join(corpora, "long")), binary, args.runs, args.work)
    measure("10,000 short briefings",
            generate(os.path.join(corpora, "short"), "--briefings", "10000", "--paragraphs", "6", "--terms", "1000",
                     "--sources", "5000"), binary, max(3, args.runs // 2), args.work)
    print("\n## Glossary scaling: 300 briefings, the glossary grows; the annotate stage (parsing, link")
    print("## resolution, auto-linking of every briefing and glossary body) per MB of that text must not grow with it")
    print("| terms | annotated MB | annotate ms | ms per MB | whole build s |")
    print("|---|---|---|---|---|")
    for terms in (100, 1000, 10000):
        corpus = generate(os.path.join(corpora, f"terms-{terms}"), "--briefings", "300", "--terms", str(terms))
        content = os.path.join(corpus, "Content")
        megabytes = sum(os.path.getsize(f) for f in markdown_files(content)) / 1e6
        output = os.path.join(args.work, "briefing-out")
        annotate, wall = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            result = subprocess.run([binary, "build", "-v", "--content", content, "--output", output], cwd=args.work,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            wall.append(time.perf_counter() - started)
            stage = [line for line in result.stderr.splitlines() if "] annotate:" in line]
            if result.returncode != 0 or not stage:
                sys.exit(f"build failed on {corpus}:\n{result.stderr[-2000:]}")
            annotate.append(float(stage[0].split(":")[-1].strip().split()[0]))
        ms = statistics.median(annotate)
        print(f"| {terms:,} | {megabytes:.1f} | {ms:.0f} | {ms / megabytes:.0f} | {statistics.median(wall):.2f} |")


if __name__ == "__main__":
    main()
