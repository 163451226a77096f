#!/usr/bin/env python3
# A copy of the project's shared benchmark generator (shared/bench/gen_corpus.py), so `make bench`
# works for anyone who clones the repository.
"""Generate a synthetic annotated-briefing corpus for benchmarks.

Writes, under OUT:
  Content/site.yaml
  Content/sources.yaml              bibliography (id -> entry)
  Content/glossary/<id>.md          glossary entries (actors, treaties, places)
  Content/briefings/<slug>.md       briefings with claim annotations

The corpus follows the content format in shared/DESIGN.md: claims are marked
as [text](claim:ID) and described in the briefing's front matter, citations
as [text](cite:SOURCE), explicit glossary links as [text](term:ID); glossary
names and aliases also appear as plain text, to be auto-linked.

Deterministic: the same arguments always give byte-identical files.
Usage: gen_corpus.py OUT [--briefings N] [--terms N] [--sources N] [--paragraphs N] [--seed S]
"""
import argparse
import os
import random

WORDS = """strategic decision support conflict rooted blend transactional interests deeper political
calculations war extends third year faces pressing needs skilled manpower labor military supplies
avenue closer collaboration relationship taken new dimensions reciprocally seeking economic
technological assistance benefits additional reinforcements objectives agreement reciprocal event
armed invasion potentially legitimizing deployment forces reinforce frontlines relatively skilled
troops enable redistribute approaching breakthrough defenses repositioning shift balance advances
response presence inadvertently bolster limited deployment force multiplier pressuring strained
resources challenge material supply role supplier ammunition equipment increasingly vital effort
filling critical gaps campaign personnel monitor repair demonstrating multifaceted historically
deployed conflicts decades engaged directly overseas initial soldiers valuable supplement ongoing
operations numbers unlikely single-handedly sustain potential contributions short-range missiles
contrast difficulties allies highlighting stark disparity capacity supporters perspective
engagement holds several advantages participation battlefield experience technical training
enhancing operational readiness elite special inexperienced acquire insights modern combat tactics
infiltration techniques knowledge capabilities strengthening ties represents level security
coordination members coalition authoritarian states expectation expanded speculation partnership
facilitate advancements nuclear satellite programs violation sanctions manner modernized assisting
battle empowered adopt assertive stance involvement alliance geopolitical leverage diversify
foreign partnerships reduce dependence complex ambivalent regime psychological impact intimidate
signal ability mobilize range global tactical desperate measure consolidating focus eastern front
gradual success stabilize territorial control winter strains energy dynamics uncertainties future
western implications far-reaching direct significantly regional power prompt recalibrations
policies consistent rockets artillery shells symbolize concerning globalization developments
alignment theaters consequently deepen expand lethal aid continues grow prowess backing challenges
status quo order emerging landscape increase tensions summit pursued interconnected objectives
demonstrate resilience international criticism multipolar planned message backdrop showcases
bizarre picture multilateral setting exploited underscores platforms leveraged legitimize
controversial actions redirect narratives agendas collective principles silence leaders balancing
act condemnation risks fracturing inaction suggests tacit approval norms sovereignty vulnerable
exploitation selectively uphold ethical legal concerns declaration democratic inclusive peace deal
recognize sections territory idealized vision tested contradict commitment ambiguity confronting
contentious restraint mutual oppose institutions shared grievances hegemony bind values differ
emphasis peaceful resolution symbolic lacking concrete mechanisms unified accountability movements
complicate narrative doubts coherence promoter stability realignment nontraditional secure
reputational risks opportunistic image management rejection questions limits managing individual
behavior susceptible internal divisions prioritize legitimacy governance norms polarized defense
""".split()

KINDS = ["state"] * 5 + ["person"] * 3 + ["organisation"] * 2 + ["bloc", "treaty", "treaty",
         "declaration", "resolution", "charter", "place", "place", "event", "concept"]

FIRST = "Ar Bel Cor Dan Ely Fen Gal Hor Ist Jun Kal Lor Mer Nor Ost Pal Qua Ros Sal Tor Ul Ver Wes Yor Zan".split()
LAST = "ania ovia istan land mark burg ora ena ium ica eth ond ara ova ir esh ul ix om ay".split()


def term_name(i, rng):
    kind = KINDS[i % len(KINDS)]
    root = FIRST[i % len(FIRST)] + LAST[(i // len(FIRST)) % len(LAST)]
    if i >= len(FIRST) * len(LAST):
        root += str(i)
    if kind == "person":
        return kind, "%s %s" % (FIRST[(i * 7) % len(FIRST)] + "o", root)
    if kind in ("treaty", "declaration", "resolution", "charter"):
        return kind, "%s %s" % (root, kind.capitalize())
    if kind == "organisation":
        return kind, "%s Council" % root
    if kind == "bloc":
        return kind, "%s Pact" % root
    if kind == "concept":
        return kind, "%s doctrine" % root
    return kind, root


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sentence(rng, n=None):
    n = n or rng.randint(8, 22)
    w = [rng.choice(WORDS) for _ in range(n)]
    w[0] = w[0].capitalize()
    return " ".join(w)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--briefings", type=int, default=1000)
    ap.add_argument("--terms", type=int, default=300)
    ap.add_argument("--sources", type=int, default=2000)
    ap.add_argument("--paragraphs", type=int, default=24)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    content = os.path.join(a.out, "Content")
    for d in ("glossary", "briefings"):
        os.makedirs(os.path.join(content, d), exist_ok=True)

    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write('title: "Synthetic Briefings"\nbaseURL: "https://briefings.example.org/"\n'
                'language: en\ndescription: "A generated corpus for benchmarks."\n')

    with open(os.path.join(content, "sources.yaml"), "w") as f:
        for s in range(a.sources):
            f.write("s%04d:\n" % s)
            f.write("  title: %s\n" % yaml_str(sentence(rng, 6)))
            f.write("  publisher: %s\n" % yaml_str(FIRST[s % len(FIRST)] + " Review"))
            f.write("  authors: [%s]\n" % yaml_str(FIRST[(s * 3) % len(FIRST)] + " " + LAST[s % len(LAST)].capitalize()))
            f.write("  date: 2024-%02d-%02d\n" % (1 + s % 12, 1 + s % 28))
            f.write("  url: \"https://example.org/source/%d\"\n" % s)

    terms = []
    for i in range(a.terms):
        kind, name = term_name(i, rng)
        tid = name.lower().replace(" ", "-")
        aliases = []
        if kind == "state":
            aliases.append("%s%d" % (name[:3].upper(), i))  # unique: two entries may not share an alias
            aliases.append("the " + name + " government")
        elif kind == "person":
            aliases.append("President " + name.split()[-1])
        terms.append((tid, name, kind, aliases))
    for tid, name, kind, aliases in terms:
        related = rng.sample([t[0] for t in terms if t[0] != tid], k=min(3, len(terms) - 1))
        with open(os.path.join(content, "glossary", tid + ".md"), "w") as f:
            f.write("---\nname: %s\nkind: %s\n" % (yaml_str(name), kind))
            if aliases:
                f.write("aliases: [%s]\n" % ", ".join(yaml_str(x) for x in aliases))
            f.write("summary: %s\n" % yaml_str(sentence(rng) + "."))
            f.write("related: [%s]\n---\n\n" % ", ".join(related))
            for _ in range(3):
                f.write(" ".join(sentence(rng) + "." for _ in range(4)) + "\n\n")

    surface = [(t[0], n) for t in terms for n in [t[1]] + t[3]]
    statuses = ["supported", "disputed", "incorrect", "unverified", "opinion"]
    confidences = ["low", "moderate", "high"]
    for b in range(a.briefings):
        slug = "briefing-%04d" % b
        claims = []
        paras = []
        for p in range(a.paragraphs):
            if p % 6 == 0:
                paras.append("%s %s" % ("#" * (2 + (p // 6) % 2), sentence(rng, 5)))
            parts = []
            for s in range(rng.randint(3, 6)):
                text = sentence(rng)
                r = rng.random()
                if r < 0.45:
                    tid, nm = rng.choice(surface)
                    words = text.split()
                    words.insert(rng.randint(1, len(words)), nm)
                    text = " ".join(words)
                if r > 0.80:
                    cid = "c%04d-%02d" % (b, len(claims))
                    claims.append(cid)
                    words = text.split()
                    k = rng.randint(1, len(words) - 4)
                    words[k] = "[" + words[k]
                    words[k + 3] = words[k + 3] + "](claim:%s)" % cid
                    text = " ".join(words)
                elif r > 0.75:
                    text += " [as reported](cite:s%04d)" % rng.randrange(a.sources)
                elif r > 0.70:
                    tid, nm = rng.choice(surface)
                    text += " [%s](term:%s)" % (nm, tid)
                elif r > 0.67:
                    text += " *%s* and **%s**" % (rng.choice(WORDS), rng.choice(WORDS))
                elif r > 0.65:
                    text += " `%s`" % rng.choice(WORDS)
                parts.append(text + ".")
            if p % 9 == 4:
                paras.append("\n".join("- " + sentence(rng, 8) for _ in range(4)))
            elif p % 11 == 7:
                paras.append("> " + " ".join(parts))
                continue
            paras.append(" ".join(parts))
        with open(os.path.join(content, "briefings", slug + ".md"), "w") as f:
            f.write("---\ntitle: %s\n" % yaml_str("Briefing %d: %s" % (b, sentence(rng, 5))))
            f.write("date: 2024-%02d-%02d\n" % (1 + b % 12, 1 + b % 28))
            f.write("summary: %s\n" % yaml_str(sentence(rng) + "."))
            f.write("tags: [%s]\n" % ", ".join(rng.sample(["security", "diplomacy", "sanctions", "energy", "economy", "military"], 2)))
            if claims:
                f.write("claims:\n")
            for cid in claims:
                f.write("  %s:\n" % cid)
                f.write("    status: %s\n" % rng.choice(statuses))
                f.write("    confidence: %s\n" % rng.choice(confidences))
                f.write("    sources: [%s]\n" % ", ".join("s%04d" % rng.randrange(a.sources) for _ in range(rng.randint(1, 3))))
                f.write("    note: %s\n" % yaml_str(sentence(rng) + "."))
            f.write("---\n\n")
            f.write("\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()
