"""Prints the field corpus tables from the reports that run.sh wrote.

python3 report.py FIELD_DIR TARGET_DIR

Tables (Markdown): the figures per repository, the precision table of every error and warning
against verdicts.tsv, the verdicts that match no finding any more, the rules reported at info,
and the outcome of the before/after pairs.
"""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

LEVELS = ("error", "warning", "info", "hint")


THIRD_PARTY = ("vendor/", "third_party/", "node_modules/", "testdata/", "Godeps/_workspace/")
READ_TODAY = {"makefile", "dockerfile", "shell", "shell-noext", "workflow", "goreleaser", "promu", "bake", "ko", "gitlab-ci",
              "taskfile", "justfile", "go-build-program"}
KIND_ORDER = ("makefile", "dockerfile", "shell", "shell-noext", "workflow", "goreleaser", "promu", "bake", "ko",
              "gitlab-ci", "taskfile", "justfile", "go-build-program", "other-build")
SHEBANG = re.compile(r"^#!\s*(\S*/)?(env\s+(-\S+\s+)*)?(sh|bash|dash|ash|ksh|zsh)\b")
BUILD_PROGRAM_DIRS = ("build/", "ci/", "tool/", "tools/", "script/", "scripts/", "internal/build/", "helpers/")


def kind_of(path, head):
    """The build-file kind of a repository path (None for anything else); head is its first 4 KiB."""
    name = path.rsplit("/", 1)[-1]
    lower = name.lower()
    if name in ("Makefile", "makefile", "GNUmakefile") or lower.endswith(".mk"):
        return "makefile"
    if name.startswith(("Dockerfile", "Containerfile")) or lower.endswith(".dockerfile"):
        return "dockerfile"
    if re.search(r"(^|/)\.github/workflows/[^/]+\.ya?ml$", path):
        return "workflow"
    if re.fullmatch(r"\.?goreleaser(\.[\w-]+)?\.ya?ml", lower):
        return "goreleaser"
    if re.fullmatch(r"\.promu(-[\w-]+)?\.yml", lower):
        return "promu"
    if re.fullmatch(r"docker-bake(\.[\w-]+)?\.(hcl|json)", lower):
        return "bake"
    if lower == ".ko.yaml":
        return "ko"
    if lower.endswith(".gitlab-ci.yml") or re.search(r"(^|/)\.gitlab/ci/.+\.ya?ml$", path):
        return "gitlab-ci"
    if re.fullmatch(r"taskfile(\.dist)?\.ya?ml", lower):
        return "taskfile"
    if lower in ("justfile", ".justfile"):
        return "justfile"
    if path.startswith((".circleci/", ".buildkite")) or lower in (
            ".cirrus.yml", ".travis.yml", "appveyor.yml", ".drone.yml", "jenkinsfile", "azure-pipelines.yml",
            ".packit.yaml", "circle.yml", "hugoreleaser.yaml"):
        return "other-build"
    if lower.endswith((".sh", ".bash")):
        return "shell"
    if "." not in name and SHEBANG.match(head):
        return "shell-noext"
    if lower == "magefile.go" or path.startswith("magefiles/") and lower.endswith(".go"):
        return "go-build-program"
    if lower.endswith(".go") and ("package main" in head and '"os/exec"' in head) and (
            name == "build.go" or name == "ci.go" or path.startswith(BUILD_PROGRAM_DIRS)) and (
            "go build" in head or '"build"' in head or '"install"' in head):
        return "go-build-program"
    return None


def list_build_files(tree, out):
    """Writes tree's build files as PATH<TAB>KIND lines to out (run once per extracted tree)."""
    rows = []
    for root, dirs, files in os.walk(tree):
        dirs[:] = [d for d in dirs if d != ".git"]
        for f in files:
            full = os.path.join(root, f)
            rel = os.path.relpath(full, tree).replace(os.sep, "/")
            head = ""
            if "." not in f or f.endswith(".go"):
                try:
                    with open(full, "rb") as fh:
                        head = fh.read(16384 if f.endswith(".go") else 256).decode("utf-8", "replace")
                except OSError:
                    pass
            k = kind_of(rel, head)
            if k:
                rows.append(f"{rel}\t{k}")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(rows)) + ("\n" if rows else ""))


def print_inventory(corpus, target):
    print("\n## Build files per kind (own files / third-party: under vendor/, third_party/, node_modules/, testdata/, Godeps/_workspace/)\n")
    print("Kinds cgoguard reads today: " + ", ".join(k for k in KIND_ORDER if k in READ_TODAY) + ".\n")
    print("| repository | " + " | ".join(KIND_ORDER) + " |")
    print("| --- |" + " ---: |" * len(KIND_ORDER))
    total_own, total_tp, repos_with = Counter(), Counter(), Counter()
    for repo in corpus:
        path = os.path.join(target, "files", repo["name"] + ".tsv")
        if not os.path.exists(path):
            continue
        own, tp = Counter(), Counter()
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rel, _, k = line.rstrip("\n").partition("\t")
                third = rel.startswith(THIRD_PARTY) or any("/" + t in rel for t in THIRD_PARTY)
                (tp if third else own)[k] += 1
        total_own.update(own)
        total_tp.update(tp)
        repos_with.update(k for k in own)
        cells = [f"{own[k]}" + (f"/{tp[k]}" if tp[k] else "") if (own[k] or tp[k]) else "" for k in KIND_ORDER]
        print(f"| {repo['name']} | " + " | ".join(cells) + " |")
    print("| **all** | " + " | ".join(f"{total_own[k]}/{total_tp[k]}" for k in KIND_ORDER) + " |")
    print("| **repositories with own files** | " + " | ".join(str(repos_with[k]) for k in KIND_ORDER) + " |")


def print_kinds_read(corpus, target):
    """Per kind, the repositories' own files cgoguard read, those it read without an evaluation problem, and those that gave go commands."""
    print("\n## Files read per kind (own files: not under vendor/, third_party/, node_modules/, testdata/, Godeps/_workspace/)\n")
    print("A file is read without an error when no analysis-incomplete finding stands in it; it gave go commands when a plan "
          "stands in it (a bake file's plans stand in the Dockerfiles of its targets, with the target as their condition).\n")
    print("| kind | repositories | files | read without an error | gave go commands | plans | files with a problem |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    totals = defaultdict(lambda: [set(), 0, 0, 0, 0, []])
    for repo in corpus:
        name = repo["name"]
        listing = os.path.join(target, "files", name + ".tsv")
        if not os.path.exists(listing):
            continue
        findings, _ = read_findings(os.path.join(target, "reports", name + ".json"))
        problems = defaultdict(list)
        for f in findings:
            if f["rule"] in ("analysis-incomplete", "internal-error"):
                problems[f["path"]].append(f"{f['line']}: {short(f.get('message'), 70)}")
        plans = []
        try:
            with open(os.path.join(target, "plans", name + ".json"), encoding="utf-8") as fh:
                plans = json.load(fh).get("plans", [])
        except (OSError, ValueError):
            pass
        planned = Counter(p["origin"]["path"] for p in plans)
        bake_plans = sum(1 for p in plans if any(c.startswith("when bake builds target") for c in p.get("conditions", [])))
        with open(listing, encoding="utf-8") as fh:
            for line in fh:
                rel, _, k = line.rstrip("\n").partition("\t")
                third = rel.startswith(THIRD_PARTY) or any("/" + t in rel for t in THIRD_PARTY)
                if third or k not in READ_TODAY:
                    continue
                t = totals[k]
                t[0].add(name)
                t[1] += 1
                if rel in problems:
                    t[5].append(f"{name}:{rel}:{problems[rel][0]}")
                else:
                    t[2] += 1
                gave = planned[rel] if k != "bake" else bake_plans
                if gave:
                    t[3] += 1
                    t[4] += gave
    for k in KIND_ORDER:
        if k not in totals:
            continue
        repos, files, clean, gave, nplans, bad = totals[k]
        print(f"| {k} | {len(repos)} | {files} | {clean} | {gave} | {nplans} | {'; '.join(bad[:4]) + (' …' if len(bad) > 4 else '')} |")


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if any((v or "").strip() for v in r.values())]
    return [r for r in rows if not next(iter(r.values()), "").startswith("#")]


def read_findings(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f).get("findings", []), None
    except (OSError, ValueError) as e:
        return [], str(e).splitlines()[0] if str(e) else type(e).__name__


def read_metrics(path):
    m = {}
    if not os.path.exists(path):
        return m
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            m[key] = value
    wall = m.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "")
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part or 0)
    return {
        "wall": seconds if wall else None,
        "cpu": float(m.get("User time (seconds)", 0)) + float(m.get("System time (seconds)", 0)),
        "rss_mb": int(m.get("Maximum resident set size (kbytes)", 0)) / 1024,
        "exit": m.get("exit_code", "?"),
        "go_files": m.get("go_files", "?"),
    }


def matches(verdict, name, finding):
    if verdict["name"] != name or verdict["rule"] != finding["rule"]:
        return False
    if verdict["path"] != finding["path"] or int(verdict["line"]) != finding["line"]:
        return False
    tag = (verdict.get("tag") or "").strip()
    return not tag or tag.lower() in finding.get("message", "").lower()


def judge(verdicts, name, finding):
    hits = [v for v in verdicts if matches(v, name, finding)]
    hits.sort(key=lambda v: not (v.get("tag") or "").strip())  # a tagged verdict wins
    return hits[0] if hits else None


def short(text, n=110):
    text = re.sub(r"\s+", " ", text or "")
    return text if len(text) <= n else text[: n - 1] + "…"


def main(field, target):
    corpus = read_tsv(os.path.join(field, "corpus.tsv"))
    verdicts = read_tsv(os.path.join(field, "verdicts.tsv"))
    pairs = read_tsv(os.path.join(field, "pairs.tsv"))

    print("## Figures per repository\n")
    print("| repository | commit | wall s | CPU s | peak RSS MB | Go files | error | warning | info | hint | exit |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    judged_rows, info_rules, used = [], Counter(), set()
    totals = Counter()
    for repo in corpus:
        name = repo["name"]
        findings, problem = read_findings(os.path.join(target, "reports", name + ".json"))
        m = read_metrics(os.path.join(target, "metrics", name + ".txt"))
        if problem and not m:
            print(f"| {name} | {repo['commit'][:12]} | not run | | | | | | | | |")
            continue
        by = Counter(f["severity"] for f in findings)
        totals.update(by)
        wall = f"{m['wall']:.2f}" if m.get("wall") is not None else "?"
        print(f"| {name} | {repo['commit'][:12]} | {wall} | {m.get('cpu', 0):.1f} | {m.get('rss_mb', 0):.0f} | "
              f"{m.get('go_files', '?')} | {by['error']} | {by['warning']} | {by['info']} | {by['hint']} | "
              f"{m.get('exit', '?')}{' (' + problem + ')' if problem else ''} |")
        for f in findings:
            if f["severity"] in ("error", "warning"):
                v = judge(verdicts, name, f)
                if v is not None:
                    used.add(id(v))
                judged_rows.append((name, f, v))
            elif f["severity"] == "info":
                info_rules[f["rule"]] += 1
                for v in verdicts:
                    if matches(v, name, f):
                        v["_now"] = "info"
    print(f"| **all** | | | | | | {totals['error']} | {totals['warning']} | {totals['info']} | {totals['hint']} | |\n")

    print("## Precision: every error and warning against verdicts.tsv\n")
    outcome = Counter((v["verdict"] if v else "not yet judged") for _, _, v in judged_rows)
    print("| verdict | count |\n| --- | ---: |")
    for k in ("true", "false", "unclear", "not yet judged"):
        print(f"| {k} | {outcome[k]} |")
    print(f"| **errors + warnings** | {len(judged_rows)} |\n")
    places = {}
    for name, f, v in judged_rows:
        places.setdefault((name, f["rule"], f["path"], f["line"]), v["verdict"] if v else "not yet judged")
    by_place = Counter(places.values())
    print("Counted once per place (repository, rule, path, line): " + ", ".join(
        f"{by_place[k]} {k}" for k in ("true", "false", "unclear", "not yet judged")) + f" of {len(places)}.\n")
    print("| repository | severity | rule | place | verdict | construct | reason |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, f, v in judged_rows:
        verdict = v["verdict"] if v else "**not yet judged**"
        reason = v["reason"] if v else short(f.get("message"))
        construct = (v.get("construct") or "") if v else ""
        print(f"| {name} | {f['severity']} | {f['rule']} | {f['path']}:{f['line']} | {verdict} | {construct} | {short(reason, 160)} |")

    stale = [v for v in verdicts if id(v) not in used]
    print(f"\n## Verdicts that match no error or warning any more ({len(stale)})\n")
    if stale:
        print("| repository | rule | place | was | verdict then | now |")
        print("| --- | --- | --- | --- | --- | --- |")
        for v in stale:
            now = v.get("_now", "gone")
            print(f"| {v['name']} | {v['rule']} | {v['path']}:{v['line']} | {v.get('severity', '')} | {v['verdict']} | {now} |")

    print("\n## Info findings by rule\n")
    print("| rule | count |\n| --- | ---: |")
    for rule, n in info_rules.most_common():
        print(f"| {rule} | {n} |")

    print_inventory(corpus, target)
    print_kinds_read(corpus, target)

    if pairs:
        print("\n## Before/after pairs\n")
        print("| pair | repository | rule | file | expected at | before | after | behaves |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        good = 0
        for p in pairs:
            sides = {}
            for side in ("before", "after"):
                found, problem = read_findings(os.path.join(target, "pairs", f"{p['id']}.{side}.json"))
                if problem:
                    sides[side] = None
                    continue
                hits = [f for f in found if f["rule"] == p["rule"] and f["path"] == p["file"]]
                sides[side] = hits
            def show(hits):
                if hits is None:
                    return "not run"
                if not hits:
                    return "none"
                c = Counter(f["severity"] for f in hits)
                return ", ".join(f"{n} {s}" for s, n in sorted(c.items(), key=lambda x: LEVELS.index(x[0])))
            # level: the lowest severity the finding is expected at before the fix (warning: error or
            # warning; info: the finding rests on an unknown the message names, and is reported at info)
            level = (p.get("level") or "warning").strip() or "warning"
            counted = LEVELS[:LEVELS.index(level) + 1]
            before_fires = sides.get("before") and any(f["severity"] in counted for f in sides["before"])
            after_clean = sides.get("after") is not None and not any(f["severity"] in counted for f in sides["after"])
            ok = bool(before_fires and after_clean)
            good += ok
            print(f"| {p['id']} | {p['repo']} | {p['rule']} | {p['file']} | {level} | {show(sides.get('before'))} | "
                  f"{show(sides.get('after'))} | {'yes' if ok else 'no'} |")
        print(f"\n{good} of {len(pairs)} pairs behave (the rule fires at the level expected, or above, before the fix and not "
              "after it).")


if __name__ == "__main__":
    if sys.argv[1] == "--list-build-files":
        list_build_files(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1], sys.argv[2])
